from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.permissions import register_permission_policy

from newsletter.admin_views import SendCreateView, SendInspectView, SendPermissionPolicy, send_post
from newsletter.models import Send, Subscriber
from newsletter.sending import ACCEPTED_POST_TYPES


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Subscribers")
    url_prefix = "email-list/subscribers"
    list_display = ["email", "language", "status", "created_at", "confirmed_at"]
    list_filter = ["status", "language", "created_at"]
    search_fields = ["email"]
    list_export = [
        "email",
        "language",
        "status",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
        "consent_text",
    ]
    export_filename = "subscribers"
    form_fields = ["email", "language", "status"]


class SendIndexView(IndexView):
    # Each row names its post: fetched with the sendings, not once per row.
    queryset = Send.objects.select_related("page")


class SendViewSet(ModelViewSet):
    model = Send
    icon = "resubmit"
    menu_label = _("Sendings")
    url_namespace = "newsletter_send"
    url_prefix = "email-list/sendings"
    list_display = [
        "page",
        "status",
        "recipients",
        "delivered",
        "failed",
        Column("waiting", label=_("waiting")),
        "created_at",
        "finished_at",
    ]
    list_filter = ["status"]
    form_fields = ["page"]
    add_to_settings_menu = False
    index_view_class = SendIndexView
    add_view_class = SendCreateView
    inspect_view_class = SendInspectView
    inspect_view_enabled = True
    inspect_view_fields = ["page", "created_by", "created_at", "finished_at"]


register_permission_policy(Send, SendPermissionPolicy(Send))


class EmailListGroup(ViewSetGroup):
    items = (SubscriberViewSet, SendViewSet)
    menu_icon = "mail"
    menu_label = _("Email list")
    menu_name = "email-list"


@hooks.register("register_admin_viewset")
def register_email_list():
    return EmailListGroup()


@hooks.register("register_admin_urls")
def register_send_url():
    return [path("email-list/send/<int:page_id>/", send_post, name="newsletter_send_post")]


@hooks.register("register_page_header_buttons")
def send_to_list_button(page, user, view_name, next_url=None):
    is_post = page.specific_class is not None and page.specific_class._meta.label in ACCEPTED_POST_TYPES
    if page.live and is_post and user.has_perm("newsletter.add_send"):
        yield ListingButton(
            _("Send to the email list"), reverse("newsletter_send_post", args=[page.pk]), priority=80
        )
