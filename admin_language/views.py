"""A refusal inside the admin is drawn by the admin, in the user's admin language; anywhere
else it is the public site's page in the visitor's language."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import translation
from django.views import defaults

from wagtail.users.models import UserProfile


def permission_denied(request, exception=None):
    in_admin = request.path_info.startswith(settings.ADMIN_PATH_PREFIXES)
    if not (in_admin and request.user.is_authenticated):
        return defaults.permission_denied(request, exception)
    language = UserProfile.get_for_user(request.user).get_preferred_language()
    with translation.override(language):
        response = TemplateResponse(request, "admin_language/403.html", {}, status=403)
        response.render()
    response["Content-Language"] = language
    return response
