import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)

# Used only when the error page itself cannot be rendered (say, static files are missing).
LAST_RESORT = (
    '<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>Server error</title>'
    "<h1>Server error</h1><p>Please try again in a few minutes.</p></html>"
)


# When the database cannot be reached the site is unavailable, not broken: 503, and a hint to
# clients and load balancers to come back shortly.
RETRY_AFTER_SECONDS = 30


def _database_unreachable() -> bool:
    error = sys.exc_info()[1]
    return isinstance(error, (OperationalError, InterfaceError))


@requires_csrf_token
def server_error(request):
    """A 500 page, or a 503 when the database is unreachable, in the visitor's language; it
    needs neither the database nor a request context, since either may be what failed."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    unavailable = _database_unreachable()
    template = "503.html" if unavailable else "500.html"
    try:
        with translation.override(language):
            html = loader.get_template(template).render({})
    except Exception:
        logger.exception("The %s page could not be rendered", template)
        html = LAST_RESORT
    if unavailable:
        response = HttpResponse(html, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponseServerError(html)
