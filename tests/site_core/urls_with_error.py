from django.conf.urls.i18n import i18n_patterns
from django.db import OperationalError
from django.urls import path

from site_core.urls import handler500
from site_core.urls import urlpatterns as site_urlpatterns

__all__ = ["handler500", "urlpatterns"]


def explode(request):
    raise RuntimeError("a bug in a view")


def database_away(request):
    raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")


urlpatterns = [
    *i18n_patterns(path("explode/", explode), path("database-away/", database_away)),
    *site_urlpatterns,
]
