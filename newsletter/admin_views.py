from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.admin.views.generic import CreateView
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from newsletter.models import Send, Subscriber
from newsletter.sending import ACCEPTED_POST_TYPES, deliver_task, post_translations


def send_post(request, page_id: int):
    """Confirms and queues the sending of a news post to the list."""
    page = get_object_or_404(Page, pk=page_id).specific
    if page.specific_class._meta.label not in ACCEPTED_POST_TYPES or not page.live:
        raise PermissionDenied
    if not request.user.has_perm("newsletter.add_send"):
        raise PermissionDenied
    if request.method == "POST":
        send = Send.objects.create(page=page, created_by=request.user)
        deliver_task.enqueue(send.pk)
        messages.success(request, _("The post is being sent to the email list."))
        return redirect("newsletter_send:index")
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
        deliver_task.enqueue(send.pk)
        return send


class SendPermissionPolicy(ModelPermissionPolicy):
    """A sending is the record of what went out to whom: it can be requested and read, never
    changed or deleted."""

    def user_has_permission(self, user, action):
        return action not in ("change", "delete") and super().user_has_permission(user, action)
