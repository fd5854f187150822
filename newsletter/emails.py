"""Every email of the list: in the subscriber's language, with a plain-text and an HTML part,
the embassy's name and address, and RFC 8058 one-click unsubscribe headers."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from wagtail.models import Site

from newsletter import tokens
from site_core import public_url
from site_core.models import SiteSettings


def absolute(path: str) -> str:
    return public_url.absolute(path)


def unsubscribe_url(subscriber) -> str:
    with translation.override(subscriber.language):
        return absolute(reverse("newsletter:unsubscribe", args=[tokens.make(subscriber, "unsubscribe")]))


def confirm_url(subscriber) -> str:
    with translation.override(subscriber.language):
        return absolute(reverse("newsletter:confirm", args=[tokens.make(subscriber, "confirm")]))


def _embassy():
    site = Site.objects.filter(is_default_site=True).first()
    found = SiteSettings.objects.filter(site=site).first() if site else None
    return found or SiteSettings(embassy_name=settings.WAGTAIL_SITE_NAME)


def build(subscriber, template: str, subject: str, context: dict) -> EmailMultiAlternatives:
    with translation.override(subscriber.language):
        context = {
            **context,
            "embassy": _embassy(),
            "unsubscribe_url": unsubscribe_url(subscriber),
            "LANGUAGE_CODE": subscriber.language,
        }
        text = render_to_string(f"newsletter/email/{template}.txt", context)
        html = render_to_string(f"newsletter/email/{template}.html", context)
        message = EmailMultiAlternatives(
            subject=str(subject),
            body=text,
            to=[subscriber.email],
            headers={
                "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "Content-Language": subscriber.language,
            },
        )
        message.attach_alternative(html, "text/html")
    return message


def confirmation_email(subscriber) -> EmailMultiAlternatives:
    with translation.override(subscriber.language):
        subject = translation.gettext("Please confirm your subscription")
    return build(subscriber, "confirm", subject, {"confirm_url": confirm_url(subscriber)})
