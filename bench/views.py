from django.http import HttpResponse


def bare(request):
    """The baselines: no template, no database. Served through the site's whole middleware stack
    (site_core.settings.bench) and with no middleware at all (site_core.settings.bench_bare)."""
    return HttpResponse(b"ok", content_type="text/plain")
