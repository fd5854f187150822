"""A URL conf whose view raises the database error a test names, to see which page answers."""

from django.conf.urls.i18n import i18n_patterns
from django.db import InterfaceError, OperationalError
from django.http import Http404
from django.urls import path

import psycopg

from site_core.urls import handler500
from site_core.urls import urlpatterns as site_urlpatterns

__all__ = ["handler500", "urlpatterns"]


def _from_postgres(error: psycopg.Error) -> OperationalError:
    # Django re-raises driver errors as its own, with the driver's as the cause.
    try:
        raise OperationalError(*error.args) from error
    except OperationalError as wrapped:
        return wrapped


ERRORS = {
    "fts-syntax": lambda: OperationalError('fts5: syntax error near """'),
    "no-such-column": lambda: OperationalError("no such column: name"),
    "statement-timeout": lambda: _from_postgres(
        psycopg.errors.QueryCanceled("canceling statement due to statement timeout")
    ),
    "connection-refused": lambda: _from_postgres(
        psycopg.OperationalError(
            'connection failed: connection to server at "127.0.0.1", port 5432 failed: Connection refused'
        )
    ),
    "admin-shutdown": lambda: _from_postgres(psycopg.errors.AdminShutdown()),
    "connection-closed": lambda: InterfaceError("connection already closed"),
    "sqlite-locked": lambda: OperationalError("database is locked"),
    "sqlite-unopenable": lambda: OperationalError("unable to open database file"),
}


def raise_database_error(request, kind):
    if kind not in ERRORS:
        raise Http404
    raise ERRORS[kind]()


urlpatterns = [
    *i18n_patterns(path("database-error/<slug:kind>/", raise_database_error)),
    *site_urlpatterns,
]
