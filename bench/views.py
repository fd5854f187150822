from django.http import HttpResponse


def bare(request):
    """The baseline: Django's whole middleware stack, no template, no database."""
    return HttpResponse(b"ok", content_type="text/plain")
