from django.urls import path

from bench.views import bare
from site_core.urls import handler500
from site_core.urls import urlpatterns as site_urlpatterns

urlpatterns = [path("bench/bare/", bare), *site_urlpatterns]

__all__ = ["handler500", "urlpatterns"]
