"""The server error page: a 503 with Retry-After when the database cannot be reached, a 500 for
every other failure (a bug, whatever raised it), in the visitor's language either way."""

import logging
import re
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

# Any other database error (an invalid query, a full-text syntax error, a constraint) is a bug:
# a 500, logged, never dressed up as an outage. PostgreSQL names a lost connection by its
# SQLSTATE: class 08 (connection exception), the server shutting down or starting (57P01-03),
# no connection slot left (53300).
UNAVAILABLE_SQLSTATES = {"57P01", "57P02", "57P03", "53300"}
# Errors raised before a server answered carry no SQLSTATE; they, and SQLite's, are told by what
# the driver says.
UNAVAILABLE_MESSAGES = re.compile(
    r"connection to server|could not connect|connection refused|server closed the connection"
    r"|connection (is|already) closed|terminating connection"
    r"|unable to open database file|disk i/o error|database is locked",
    re.IGNORECASE,
)


def is_database_unavailable(error: BaseException | None) -> bool:
    """Whether the error says the database could not be reached or used, rather than that a
    query was wrong."""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    sqlstate = getattr(error.__cause__, "sqlstate", None) or ""
    if sqlstate.startswith("08") or sqlstate in UNAVAILABLE_SQLSTATES:
        return True
    return bool(UNAVAILABLE_MESSAGES.search(str(error)))


@requires_csrf_token
def server_error(request):
    """A 500 page, or a 503 when the database is unreachable, in the visitor's language; it
    needs neither the database nor a request context, since either may be what failed."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    unavailable = is_database_unavailable(sys.exc_info()[1])
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
