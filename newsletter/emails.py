"""Every email of the list: in the subscriber's language, with a plain-text and an HTML part,
the embassy's name and address, and RFC 8058 one-click unsubscribe headers.

A subscriber of Kazakh in Latin script (``kk-latn``, kazakh_latin) gets the Kazakh email,
transliterated: subject and text with ``latin_plain``, HTML with ``latin_markup``; links to the
Kazakh site, the confirm and unsubscribe links included, lead to the Latin variant."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from wagtail.models import Site

from kazakh_latin import variant
from kazakh_latin.rewriting import latin_links, latin_markup, latin_plain
from newsletter import tokens
from site_core import public_url
from site_core.models import SiteSettings


def absolute(path: str) -> str:
    return public_url.absolute(path)


def _link(subscriber, name: str, action: str) -> str:
    with translation.override(variant.content_language(subscriber.language)):
        url = absolute(reverse(name, args=[tokens.make(subscriber, action)]))
    return latin_links(url) if subscriber.language == variant.CODE else url


def unsubscribe_url(subscriber) -> str:
    return _link(subscriber, "newsletter:unsubscribe", "unsubscribe")


def confirm_url(subscriber) -> str:
    return _link(subscriber, "newsletter:confirm", "confirm")


def _embassy():
    site = Site.objects.filter(is_default_site=True).first()
    found = SiteSettings.objects.filter(site=site).first() if site else None
    return found or SiteSettings(embassy_name=settings.WAGTAIL_SITE_NAME)


def build(subscriber, template: str, subject: str, context: dict) -> EmailMultiAlternatives:
    language = variant.content_language(subscriber.language)
    latin = subscriber.language == variant.CODE
    with translation.override(language):
        context = {
            **context,
            "embassy": _embassy(),
            "unsubscribe_url": unsubscribe_url(subscriber),
            "LANGUAGE_CODE": language,
        }
        subject = str(subject)
        text = render_to_string(f"newsletter/email/{template}.txt", context)
        html = render_to_string(f"newsletter/email/{template}.html", context)
    if latin:
        subject, text, html = latin_plain(subject), latin_plain(text), latin_markup(html)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        to=[subscriber.email],
        headers={
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Content-Language": variant.TAG if latin else language,
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def confirmation_email(subscriber) -> EmailMultiAlternatives:
    with translation.override(variant.content_language(subscriber.language)):
        subject = translation.gettext("Please confirm your subscription")
    return build(subscriber, "confirm", subject, {"confirm_url": confirm_url(subscriber)})
