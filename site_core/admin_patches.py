"""A correction to Wagtail's admin, applied once when the app is ready: the admin answers a
refused request with a redirect to the dashboard and a message; a refusal is reported as 403
instead, so it is visible to the user's browser, to tests and to monitoring as what it is.
"""

from django.core.exceptions import PermissionDenied


def refuse(request):
    raise PermissionDenied


def apply():
    from wagtail.admin import auth

    auth.permission_denied = refuse
