"""Where every page and translatable snippet stands in each language.

A fixed number of queries, however large the site: the source pages, their counterparts in the
other languages, the workflows in progress, the translations holding unreviewed machine segments,
and one query per translatable snippet model.
"""

from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import BooleanField, CharField, Exists, ExpressionWrapper, OuterRef, Q
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, WorkflowState

from translation_workflow.machine_translation import unreviewed_by_object

STATUSES = {
    "missing": _("Missing"),
    "alias": _("Not yet translated"),
    "draft": _("Draft"),
    "in_review": _("Waiting for review"),
    "machine_translated": _("Machine-translated, not reviewed"),
    "outdated": _("Outdated"),
    "up_to_date": _("Up to date"),
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


def _page_status(source, translation, in_review, machine) -> str:
    if translation is None:
        return "missing"
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
    if source["published"] and (not translation["published"] or translation["source_published_later"]):
        return "outdated"
    return "up_to_date"


def page_rows() -> list[Row]:
    # Whether a page was published, and whether its source was published after it, are asked of
    # the database: reading every page's date into Python took half the board's time at 40,000.
    default_locale = (
        Locale.objects.filter(language_code=settings.LANGUAGE_CODE).values_list("pk", flat=True).first()
    )
    if default_locale is None:
        return []  # no page in the source language yet
    source_published_later = Page.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale_id=default_locale,
        last_published_at__gt=OuterRef("last_published_at"),
    )
    pages = list(
        Page.objects.filter(depth__gt=1)
        .order_by("path")
        .annotate(
            published=ExpressionWrapper(Q(last_published_at__isnull=False), output_field=BooleanField()),
            source_published_later=Exists(source_published_later),
            # As text: turning 40,000 keys into UUID objects took a third of the board's time.
            key=Cast("translation_key", output_field=CharField()),
        )
        .values(
            "id",
            "title",
            "key",
            "locale__language_code",
            "locale_id",
            "alias_of_id",
            "live",
            "published",
            "source_published_later",
        )
    )
    # The database writes a UUID as text with dashes or without (PostgreSQL, SQLite).
    for page in pages:
        page["key"] = page["key"].replace("-", "")
    sources = [p for p in pages if p["locale__language_code"] == settings.LANGUAGE_CODE]
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
            status = _page_status(source, translation, in_review, machine)
            target_id = translation["id"] if translation is not None else None
            rows.append(Row("page", source["title"], language, status, target_id, source["id"]))
    return rows


def snippet_rows() -> list[Row]:
    from wagtail.models import TranslatableMixin
    from wagtail.snippets.models import get_snippet_models

    machine = unreviewed_by_object()
    languages = _target_languages()
    rows = []
    for model in get_snippet_models():
        if not issubclass(model, TranslatableMixin):
            continue
        items = list(model.objects.select_related("locale"))
        present = {(item.translation_key, item.locale.language_code): item for item in items}
        meta = model._meta
        for item in items:
            if item.locale.language_code != settings.LANGUAGE_CODE:
                continue
            title = f"{meta.verbose_name}: {item}"
            for language in languages:
                translated = present.get((item.translation_key, language))
                if translated is None:
                    status = "missing"
                else:
                    key = (str(translated.translation_key), translated.locale_id)
                    status = "machine_translated" if key in machine else "up_to_date"
                target_id = translated.pk if translated is not None else None
                rows.append(Row("snippet", title, language, status, target_id, item.pk, model))
    return rows


def counts(rows: list[Row]) -> dict[str, Counter]:
    result = {language: Counter() for language in _target_languages()}
    for row in rows:
        result[row.language][row.status] += 1
    return result
