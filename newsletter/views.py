import datetime
import math

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from newsletter import tokens
from newsletter.confirmations import request_confirmation
from newsletter.forms import LanguageForm, SignupForm, consent_text, page_language
from newsletter.models import Subscriber
from newsletter.ratelimit import hit

SIGNUPS_PER_HOUR = 5
RESEND_AFTER = datetime.timedelta(hours=1)


def _bad_link(request, reason: str):
    return TemplateResponse(request, "newsletter/bad_link.html", {"reason": reason}, status=400)


def _register(email: str, language: str) -> None:
    """Adds or refreshes the address. Whatever the address's state, the visitor sees the same
    answer, so the form tells nobody who is on the list."""
    now = timezone.now()
    with transaction.atomic():
        subscriber, created = Subscriber.objects.select_for_update().get_or_create(
            email=email, defaults={"language": language, "consent_text": consent_text()}
        )
    if subscriber.status == Subscriber.Status.CONFIRMED:
        return
    asked_at = subscriber.confirmation_requested_at
    recently = asked_at is not None and now - asked_at < RESEND_AFTER
    if not created and recently:
        return
    subscriber.status = Subscriber.Status.PENDING
    subscriber.language = language
    subscriber.consent_text = consent_text()
    request_confirmation(subscriber)


def _posted_from_this_site(request) -> bool:
    """The signup form carries no CSRF token, so that cached pages can show it to everyone.
    Browsers say where a form was posted from; a post from another site is refused. Clients
    that say nothing get through: double opt-in still stands between them and the list."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    return origin in (f"{request.scheme}://{request.get_host()}", *settings.CSRF_TRUSTED_ORIGINS)


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def signup(request):
    language = page_language(request)
    if request.method == "POST" and not _posted_from_this_site(request):
        raise PermissionDenied
    if request.method != "POST":
        return TemplateResponse(request, "newsletter/signup.html", {"form": SignupForm(language=language)})
    verdict = hit(request, "newsletter-signup", SIGNUPS_PER_HOUR, 3600)
    if verdict.refused:
        response = TemplateResponse(
            request,
            "newsletter/too_many.html",
            {"retry_minutes": math.ceil(verdict.retry_after / 60)},
            status=429,
        )
        response["Retry-After"] = str(verdict.retry_after)
        return response
    form = SignupForm(request.POST, language=language)
    if form.is_bot():
        return redirect("newsletter:thanks")
    if not form.is_valid():
        return TemplateResponse(request, "newsletter/signup.html", {"form": form}, status=400)
    _register(form.cleaned_data["email"].strip().lower(), form.cleaned_data["language"])
    return redirect("newsletter:thanks")


@require_safe
def thanks(request):
    return TemplateResponse(request, "newsletter/thanks.html")


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token: str):
    try:
        subscriber_id, email = tokens.read(token, "confirm", max_age=tokens.CONFIRM_MAX_AGE)
    except tokens.BadLink as error:
        return _bad_link(request, str(error))
    subscriber = Subscriber.objects.filter(pk=subscriber_id, email=email).first()
    if subscriber is None or subscriber.status != Subscriber.Status.PENDING:
        return _bad_link(request, "used")
    if request.method != "POST":
        # Mail scanners open links; only the visitor's button press confirms.
        return TemplateResponse(request, "newsletter/confirm.html", {"subscriber": subscriber})
    subscriber.status = Subscriber.Status.CONFIRMED
    subscriber.confirmed_at = timezone.now()
    subscriber.save(update_fields=["status", "confirmed_at"])
    return TemplateResponse(request, "newsletter/confirmed.html", {"subscriber": subscriber})


@csrf_exempt  # The signed token is the credential; mail providers post one-click requests without cookies.
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token: str):
    try:
        subscriber_id, email = tokens.read(token, "unsubscribe")
    except tokens.BadLink as error:
        return _bad_link(request, str(error))
    subscriber = Subscriber.objects.filter(pk=subscriber_id, email=email).first()
    if subscriber is None:
        return _bad_link(request, "used")
    if request.method == "POST" and request.POST.get("List-Unsubscribe") == "One-Click":
        _unsubscribe(subscriber)
        return HttpResponse("Unsubscribed.\n", content_type="text/plain; charset=utf-8")
    context = {
        "subscriber": subscriber,
        "language_form": LanguageForm(initial={"language": subscriber.language}),
        "token": token,
    }
    if request.method == "POST" and request.POST.get("action") == "language":
        form = LanguageForm(request.POST)
        if form.is_valid():
            subscriber.language = form.cleaned_data["language"]
            subscriber.save(update_fields=["language"])
            context["language_changed"] = True
        context["language_form"] = form
    elif request.method == "POST" and request.POST.get("action") == "unsubscribe":
        _unsubscribe(subscriber)
        context["done"] = True
    return TemplateResponse(request, "newsletter/unsubscribe.html", context)


def _unsubscribe(subscriber) -> None:
    if subscriber.status != Subscriber.Status.UNSUBSCRIBED:
        subscriber.status = Subscriber.Status.UNSUBSCRIBED
        subscriber.unsubscribed_at = timezone.now()
        subscriber.save(update_fields=["status", "unsubscribed_at"])
