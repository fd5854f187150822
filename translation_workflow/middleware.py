from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied

from wagtail.models import TranslatableMixin

from translation_workflow.language_rights import languages_of, may_edit


class SnippetLanguageMiddleware:
    """Translators reach translatable snippets of their own languages only, in every admin view
    that names one (edit, history, usage, revisions, choosers' "chosen"): Wagtail checks only
    model-wide permissions there. See translation_workflow.language_rights."""

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
