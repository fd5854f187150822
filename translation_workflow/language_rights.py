"""Translators work in their own language only.

Pages need nothing from this module: translator groups hold page permissions on their own
language's tree, and Wagtail checks those on every page view. Snippet permissions, however, are
model-wide in Wagtail, and wagtail-localize's translation editor checks only those; so for
translatable snippets the admin hooks and the editor check below narrow a translator's rights to
the languages of their groups.
"""

from django.conf import settings

from wagtail.models import TranslatableMixin

from translation_workflow.roles import EDITORS, LANGUAGE_REVIEWERS, REVIEWERS, TRANSLATORS


def languages_of(user) -> frozenset[str] | None:
    """The languages whose snippets the user may edit, or None when not limited to some."""
    if not user.is_authenticated:
        return frozenset()
    if user.is_superuser:
        return None
    cached = getattr(user, "_site_languages", False)
    if cached is not False:
        return cached
    names = set(user.groups.values_list("name", flat=True))
    languages = frozenset(code for code, name in TRANSLATORS.items() if name in names)
    user._site_languages = None if EDITORS in names or not languages else languages
    return user._site_languages


def may_edit_in(user, language_code: str) -> bool:
    languages = languages_of(user)
    return languages is None or language_code in languages


def may_edit(user, instance) -> bool:
    if not isinstance(instance, TranslatableMixin):
        return True
    return may_edit_in(user, instance.locale.language_code)


def requested_language(request) -> str:
    """The language a snippet is being created in: Wagtail's `?locale=` or the default one."""
    return request.GET.get("locale") or settings.LANGUAGE_CODE


def working_languages(user) -> frozenset[str] | None:
    """The languages the user translates or reviews, or None when their work spans every
    language (editors, the all-language reviewers, superusers). The translation board shows
    these only: the other languages' pages would answer them with a refusal."""
    if user.is_superuser:
        return None
    names = set(user.groups.values_list("name", flat=True))
    if names & {EDITORS, REVIEWERS}:
        return None
    languages = frozenset(
        code
        for by_code in (TRANSLATORS, LANGUAGE_REVIEWERS)
        for code, name in by_code.items()
        if name in names
    )
    return languages or None
