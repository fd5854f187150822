"""The site map for people: the site's pages in the visitor's language, as a nested list."""

from django.http import Http404
from django.template.response import TemplateResponse

from infopages.navigation import site_tree


def sitemap(request):
    tree = site_tree(request)
    if tree is None:
        raise Http404
    return TemplateResponse(request, "infopages/sitemap.html", {"tree": tree})
