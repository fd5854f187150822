import logging

from django.conf import settings
from django.http import HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)

# Used only when the error page itself cannot be rendered (say, static files are missing).
LAST_RESORT = (
    '<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>Server error</title>'
    "<h1>Server error</h1><p>Please try again in a few minutes.</p></html>"
)


@requires_csrf_token
def server_error(request):
    """A 500 page in the visitor's language that needs neither the database nor a request
    context, since either may be what failed."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    try:
        with translation.override(language):
            html = loader.get_template("500.html").render({})
    except Exception:
        logger.exception("The 500 page could not be rendered")
        html = LAST_RESORT
    return HttpResponseServerError(html)
