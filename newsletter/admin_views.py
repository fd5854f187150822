from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.admin.views.generic import CreateView, InspectView
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from newsletter.models import Delivery, Send, Subscriber
from newsletter.sending import ACCEPTED_POST_TYPES, post_translations, start

FAILURES_SHOWN = 100


def send_post(request, page_id: int):
    """Confirms and queues the sending of a news post to the list."""
    page = get_object_or_404(Page, pk=page_id).specific
    if page.specific_class._meta.label not in ACCEPTED_POST_TYPES or not page.live:
        raise PermissionDenied
    if not request.user.has_perm("newsletter.add_send"):
        raise PermissionDenied
    if request.method == "POST":
        send = Send.objects.create(page=page, created_by=request.user)
        start(send)
        messages.success(request, _("The post is being sent to the email list."))
        return redirect("newsletter_send:inspect", send.pk)
    return TemplateResponse(
        request,
        "newsletter/admin/send_confirm.html",
        {
            "page": page,
            "translations": post_translations(page),
            "confirmed": Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED).count(),
            "previous": Send.objects.filter(page=page).order_by("-created_at"),
        },
    )


class SendCreateView(CreateView):
    """Choosing a post in the Sendings listing queues it, like the button on the post does (the
    model refuses anything but a published news post)."""

    def save_instance(self):
        self.form.instance.created_by = self.request.user
        send = super().save_instance()
        start(send)
        return send

    def get_success_url(self):
        return reverse("newsletter_send:inspect", args=[self.object.pk])


class SendInspectView(InspectView):
    """Counts, a progress bar and the failures with the server's answers, refreshed until done."""

    template_name = "newsletter/admin/send_inspect.html"
    refresh_seconds = 5

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["refresh_seconds"] = self.refresh_seconds
        context["failures"] = (
            Delivery.objects.filter(send=self.object, status=Delivery.Status.FAILED)
            .select_related("subscriber")
            .order_by("pk")[:FAILURES_SHOWN]
        )
        return context


class SendPermissionPolicy(ModelPermissionPolicy):
    """A sending is the record of what went out to whom: it can be requested and read, never
    changed or deleted."""

    def user_has_permission(self, user, action):
        return action not in ("change", "delete") and super().user_has_permission(user, action)
