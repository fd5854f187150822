"""An alias converted into an ordinary page (by wagtail-localize when translation starts, or by
an editor) still shows its source's text until a translation is published. Clearing its
``live_revision`` marks that state (see ``stands_in_for_translation``); the next publish sets
it again. It is done on commit because wagtail-localize saves the page once more after logging
the conversion, which would write the old value back.
"""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import Page, PageLogEntry


@receiver(post_save, sender=PageLogEntry)
def mark_converted_alias_untranslated(sender, instance, created, **kwargs):
    if created and instance.action == "wagtail.convert_alias":
        page_id = instance.page_id
        transaction.on_commit(lambda: Page.objects.filter(pk=page_id, live=True).update(live_revision=None))
