from django.conf import settings
from django.conf.locale import LANG_INFO
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.middleware.locale import LocaleMiddleware

from wagtail.models import TranslatableMixin

from site_core.language_rights import languages_of, may_edit


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


class SnippetLanguageMiddleware:
    """Translators reach translatable snippets of their own languages only, in every admin view
    that names one (edit, history, usage, revisions, choosers' "chosen"): Wagtail checks only
    model-wide permissions there. See site_core.language_rights."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith("/admin/snippets/") or not request.user.is_authenticated:
            return None
        model = getattr(view_func, "view_initkwargs", {}).get("model")
        pk = view_kwargs.get("pk")
        if model is None or pk is None or not issubclass(model, TranslatableMixin):
            return None
        if languages_of(request.user) is None:
            return None
        instance = model.objects.filter(pk=unquote(str(pk))).select_related("locale").first()
        if instance is not None and not may_edit(request.user, instance):
            raise PermissionDenied
        return None
