"""Who may send a translation to an agency and bring the agency's work back.

The same person who may translate it in wagtail-localize's editor: the target language is one
of their working languages, and they may edit the translated page or snippet (wagtail-localize's
own check for its PO files, narrowed to their languages as translation_workflow narrows it).
"""

from django.core.exceptions import ObjectDoesNotExist

from wagtail.models import Page
from wagtail.snippets.permissions import user_can_edit_snippet_type

from translation_workflow.language_rights import may_edit, working_languages


def may_translate_into(user, language_code: str) -> bool:
    # Asked once per file of a section or an upload: the answer is kept for the request.
    if not hasattr(user, "_translation_files_languages"):
        user._translation_files_languages = working_languages(user)
    own = user._translation_files_languages
    return user.has_perm("wagtailadmin.access_admin") and (own is None or language_code in own)


def target_of(translation):
    """The translated page (specific) or snippet, or None when it was deleted."""
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist:
        return None


def may_translate(user, translation, target) -> bool:
    if target is None or not may_translate_into(user, translation.target_locale.language_code):
        return False
    if not may_edit(user, target):
        return False
    if isinstance(target, Page):
        return target.permissions_for_user(user).can_edit()
    return user_can_edit_snippet_type(user, type(target))
