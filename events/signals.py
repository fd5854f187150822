"""An event's stored bound (when its last occurrence ends) depends on the zones it is shown in:
a change of the embassy's time zone works it out again."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from site_core.models import SiteSettings

from .models import EventPage


@receiver(post_save, sender=SiteSettings, dispatch_uid="events-refresh-last-ends")
def refresh_event_bounds(sender, instance, raw=False, **kwargs):
    if not raw:
        EventPage.refresh_last_ends()
