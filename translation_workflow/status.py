"""Where every page and translatable snippet stands in each language: the one answer the status
board, the dashboard panel, the page explorer and the translation editor all show.

"Outdated" compares content, never dates: the source segments a translation's live content was
made from (translation_state's TranslationBasis) against the source's live segments
(SourceContent). Publishing a translation made from an old source leaves it outdated.

A fixed number of queries, however large the site: the source pages, their counterparts in the
other languages, the workflows in progress, the translations holding unreviewed machine segments,
and two queries per translatable snippet model.
"""

from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, CharField, OuterRef, Subquery, When
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, WorkflowState

from translation_state.exclusions import left_out
from translation_state.lag import is_outdated
from translation_state.models import SourceContent, TranslationBasis
from translation_state.recording import record_source
from translation_workflow.machine_translation import unreviewed_by_object

STATUSES = {
    "missing": _("Missing"),
    "alias": _("Not yet translated"),
    "draft": _("Draft"),
    "in_review": _("Waiting for review"),
    "machine_translated": _("Machine-translated, not reviewed"),
    "outdated": _("Outdated"),
    "up_to_date": _("Up to date"),
    "left_out": _("Left out of this language"),
}


@dataclass(frozen=True)
class Row:
    kind: str
    title: str
    language: str
    status: str
    # The translation's id, or None while there is none; then the source's id, to start one.
    target_id: int | None
    source_id: int
    # Snippet rows: the snippet model.
    model: type | None = None

    @property
    def status_label(self):
        return STATUSES[self.status]

    @property
    def edit_namespace(self) -> str:
        if self.model is None:
            return "wagtailadmin_pages"
        return f"wagtailsnippets_{self.model._meta.app_label}_{self.model._meta.model_name}"

    @property
    def url(self) -> str:
        # Made only for the rows a board page shows: reversing 26,000 URLs took most of a second.
        if self.target_id is not None:
            return reverse(f"{self.edit_namespace}:edit", args=[self.target_id])
        if self.model is None:
            return reverse("wagtail_localize:submit_page_translation", args=[self.source_id])
        meta = self.model._meta
        args = [meta.app_label, meta.model_name, self.source_id]
        return reverse("wagtail_localize:submit_snippet_translation", args=args)


def _target_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def _page_status(source, translation, in_review, machine, excluded=False) -> str:
    if translation is None:
        return "left_out" if excluded else "missing"
    if translation["alias_of_id"]:
        return "alias"
    # A translation in review is in a reviewer's hands, whatever else is true of it: what the
    # translator could do next (review machine segments, catch up with the source) waits for them.
    if str(translation["id"]) in in_review:
        return "in_review"
    if not translation["live"]:
        return "draft"
    # Before "outdated": visitors read text nobody has checked, said in the embassy's name, which
    # weighs more than a page lagging behind its source; and reviewing happens in the same editor
    # where the translator would bring the page up to date.
    if (translation["key"], translation["locale_id"]) in machine:
        return "machine_translated"
    if is_outdated(source["digest"], translation["digest"]):
        return "outdated"
    return "up_to_date"


def _with_digests(queryset, content_type):
    """Each object with its recorded digest: a source's live content, a translation's basis."""
    default_locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).values("pk")[:1]
    source = SourceContent.objects.filter(
        content_type=content_type, translation_key=OuterRef("translation_key")
    )
    basis = TranslationBasis.objects.filter(
        content_type=content_type,
        translation_key=OuterRef("translation_key"),
        locale_id=OuterRef("locale_id"),
    )
    return queryset.annotate(
        digest=Case(
            When(locale_id=Subquery(default_locale), then=Subquery(source.values("digest")[:1])),
            default=Subquery(basis.values("digest")[:1]),
        )
    )


def _record_missing_sources(sources, model) -> None:
    """Sources never recorded (made before translation_state, or inserted in bulk) are recorded
    once, here, so their translations can be judged."""
    missing = [source["id"] for source in sources if source["digest"] is None and source.get("live", True)]
    if not missing:
        return
    found = model.objects.filter(pk__in=missing)
    if model is Page:
        found = found.specific()
    recorded = {item.pk: record_source(item).digest for item in found}
    for source in sources:
        if source["id"] in recorded:
            source["digest"] = recorded[source["id"]]


def page_rows(keys=None) -> list[Row]:
    """``keys``: only the pages with these translation keys (one page's row for the explorer and
    the editor, by the same rules as the whole board's)."""
    if not Locale.objects.filter(language_code=settings.LANGUAGE_CODE).exists():
        return []  # no page in the source language yet
    pages = Page.objects.filter(depth__gt=1)
    if keys is not None:
        pages = pages.filter(translation_key__in=keys)
    pages = list(
        _with_digests(pages, ContentType.objects.get_for_model(Page))
        .order_by("path")
        # As text: turning 40,000 keys into UUID objects took a third of the board's time.
        .annotate(key=Cast("translation_key", output_field=CharField()))
        .values("id", "title", "key", "locale__language_code", "locale_id", "alias_of_id", "live", "digest")
    )
    # The database writes a UUID as text with dashes or without (PostgreSQL, SQLite).
    for page in pages:
        page["key"] = page["key"].replace("-", "")
    sources = [p for p in pages if p["locale__language_code"] == settings.LANGUAGE_CODE]
    _record_missing_sources(sources, Page)
    excluded = left_out()
    by_key = {(p["key"], p["locale__language_code"]): p for p in pages}
    in_review = set(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS, base_content_type=ContentType.objects.get_for_model(Page)
        ).values_list("object_id", flat=True)
    )
    machine = {(str(key).replace("-", ""), locale) for key, locale in unreviewed_by_object()}
    languages = _target_languages()
    rows = []
    for source in sources:
        for language in languages:
            translation = by_key.get((source["key"], language))
            status = _page_status(
                source, translation, in_review, machine, excluded=(source["key"], language) in excluded
            )
            target_id = translation["id"] if translation is not None else None
            rows.append(Row("page", source["title"], language, status, target_id, source["id"]))
    return rows


def snippet_rows(keys=None) -> list[Row]:
    from wagtail.models import TranslatableMixin
    from wagtail.snippets.models import get_snippet_models

    machine = unreviewed_by_object()
    languages = _target_languages()
    rows = []
    for model in get_snippet_models():
        if not issubclass(model, TranslatableMixin):
            continue
        found = model.objects.select_related("locale")
        if keys is not None:
            found = found.filter(translation_key__in=keys)
        items = list(_with_digests(found, ContentType.objects.get_for_model(model.get_translation_model())))
        present = {(item.translation_key, item.locale.language_code): item for item in items}
        sources = [
            {"id": item.pk, "digest": item.digest, "item": item}
            for item in items
            if item.locale.language_code == settings.LANGUAGE_CODE
        ]
        _record_missing_sources(sources, model)
        meta = model._meta
        for source in sources:
            item = source["item"]
            title = f"{meta.verbose_name}: {item}"
            for language in languages:
                translated = present.get((item.translation_key, language))
                if translated is None:
                    status = "missing"
                elif (str(translated.translation_key), translated.locale_id) in machine:
                    status = "machine_translated"
                elif is_outdated(source["digest"], translated.digest):
                    status = "outdated"
                else:
                    status = "up_to_date"
                target_id = translated.pk if translated is not None else None
                rows.append(Row("snippet", title, language, status, target_id, item.pk, model))
    return rows


def status_of(instance) -> Row | None:
    """The board's row for one translated page or snippet (None for a source): the explorer's and
    the editor's answer, by the very rules of the board."""
    language = instance.locale.language_code
    if language == settings.LANGUAGE_CODE:
        return None
    rows = (
        page_rows([instance.translation_key])
        if isinstance(instance, Page)
        else snippet_rows([instance.translation_key])
    )
    return next((row for row in rows if row.language == language and row.target_id == instance.pk), None)


def counts(rows: list[Row]) -> dict[str, Counter]:
    result = {language: Counter() for language in _target_languages()}
    for row in rows:
        result[row.language][row.status] += 1
    return result
