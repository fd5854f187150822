"""An event's stored bound (when its last occurrence ends) depends on the zones it is shown in:
a change of the embassy's time zone works it out again (and only that change: the settings are
saved for a phone number as often)."""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from site_core.models import SiteSettings

from .models import EventPage


@receiver(pre_save, sender=SiteSettings, dispatch_uid="events-note-time-zone")
def note_time_zone(sender, instance, raw=False, **kwargs):
    instance._time_zone_before = (
        SiteSettings.objects.filter(pk=instance.pk).values_list("time_zone", flat=True).first()
    )


@receiver(post_save, sender=SiteSettings, dispatch_uid="events-refresh-last-ends")
def refresh_event_bounds(sender, instance, raw=False, **kwargs):
    if not raw and instance.time_zone != getattr(instance, "_time_zone_before", None):
        EventPage.refresh_last_ends()
