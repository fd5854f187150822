from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from kazakh_latin import variant


@require_safe
@vary_on_headers("Accept-Language", "Cookie")
def root_redirect(request):
    """``/`` sends visitors to their language: the language cookie, then Accept-Language,
    then the default language. Kazakh in Latin script (``kk-Latn``) is one of the choices."""
    if request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "").lower() == variant.CODE:
        return HttpResponseRedirect(variant.PREFIX)
    if _prefers_latin(request):
        return HttpResponseRedirect(variant.PREFIX)
    language = translation.get_language_from_request(request, check_path=False)
    return HttpResponseRedirect(f"/{language}/")


def _prefers_latin(request) -> bool:
    """Whether the first language of Accept-Language the site has is Kazakh in Latin script."""
    if request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME):
        return False
    for language, _quality in parse_accept_lang_header(request.META.get("HTTP_ACCEPT_LANGUAGE", "")):
        if language.lower().startswith(variant.CODE):
            return True
        try:
            translation.get_supported_language_variant(language)
        except LookupError:
            continue
        return False
    return False
