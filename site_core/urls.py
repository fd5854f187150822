from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve as serve_static_file

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from site_core import routing
from site_core.sitemap import MultilingualSitemap
from site_core.views.health import healthz
from site_core.views.language import root_redirect
from site_core.views.robots import robots_txt
from site_core.views.search import search

handler403 = "admin_language.views.permission_denied"
handler500 = "site_core.views.errors.server_error"

urlpatterns = [
    path("", root_redirect, name="root"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("audio-files/", include("audio.urls")),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": MultilingualSitemap}},
        name="sitemap",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("healthz", healthz, name="healthz"),
]

if settings.SERVE_MEDIA:
    # Only the embedded default keeps media on local disk; production uses object storage.
    urlpatterns.append(
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$",
            serve_static_file,
            {"document_root": settings.MEDIA_ROOT},
        )
    )

urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    path("newsletter/", include("newsletter.urls")),
    path("", include("infopages.urls")),
    path("", include("events.urls")),
    # Wagtail's page view, routed from the shared localized root (see site_core.routing).
    re_path(r"^((?:[\w\-]+/)*)$", routing.serve),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
