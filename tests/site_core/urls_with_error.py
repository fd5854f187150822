from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from site_core.urls import handler500
from site_core.urls import urlpatterns as site_urlpatterns

__all__ = ["handler500", "urlpatterns"]


def explode(request):
    raise RuntimeError("a bug in a view")


urlpatterns = [*i18n_patterns(path("explode/", explode)), *site_urlpatterns]
