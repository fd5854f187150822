from django.conf import settings
from django.conf.locale import LANG_INFO
from django.middleware.locale import LocaleMiddleware


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a path starting with a language we do not
    publish (``/de/``), or one outside the language trees (``/admin/…``), is a plain 404
    instead of a redirect to ``/en/de/`` or ``/en/admin/…``."""

    def process_response(self, request, response):
        if response.status_code == 404 and (
            self._starts_with_unpublished_language(request.path_info)
            or request.path_info.startswith(settings.NON_LANGUAGE_PATHS)
        ):
            return response
        return super().process_response(request, response)

    @staticmethod
    def _starts_with_unpublished_language(path: str) -> bool:
        first = path.lstrip("/").split("/", 1)[0].lower()
        published = {code for code, _name in settings.LANGUAGES}
        return first in LANG_INFO and first not in published
