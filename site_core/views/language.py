from django.http import HttpResponseRedirect
from django.utils import translation
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers


@require_safe
@vary_on_headers("Accept-Language", "Cookie")
def root_redirect(request):
    """``/`` sends visitors to their language: the language cookie, then Accept-Language,
    then the default language."""
    language = translation.get_language_from_request(request, check_path=False)
    return HttpResponseRedirect(f"/{language}/")
