"""The site's roles and translation set-up: who may edit, translate and review what.

Each language has its own page tree, so a translator's rights are page permissions on the home
page of their language: Wagtail then refuses (403) every page of the other trees, in every
admin view. Each translated language has its own review workflow, approved by its own reviewers
or by the Reviewers group (who review every language). Kazakh and Russian follow English through
wagtail-localize's locale synchronisation, so a page created in English appears at once in the
other trees as an alias. Running this again changes nothing that is already in place.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext_noop

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail_localize.models import LocaleSynchronization

# Names are stored in English: they are how this module finds its rows again. The admin shows
# them in the reader's language (admin_language.role_names).
EDITORS = gettext_noop("Editors")
REVIEWERS = gettext_noop("Reviewers")
TRANSLATORS = {"kk": gettext_noop("Kazakh translators"), "ru": gettext_noop("Russian translators")}
LANGUAGE_REVIEWERS = {"kk": gettext_noop("Kazakh reviewers"), "ru": gettext_noop("Russian reviewers")}
WORKFLOWS = {
    "kk": gettext_noop("Translation review (Kazakh)"),
    "ru": gettext_noop("Translation review (Russian)"),
}
TASKS = {
    "kk": gettext_noop("Review the Kazakh translation"),
    "ru": gettext_noop("Review the Russian translation"),
}
# What Wagtail's own migrations create, shown translated as well.
WAGTAIL_DEFAULT_NAMES = (
    gettext_noop("Moderators"),
    gettext_noop("Moderators approval"),
)
SOURCE_LANGUAGE = "en"

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
# Translators translate the pages editors create; they create none of their own (README, "Roles").
# A page made in one language's tree would have no source in English and no place in the others.
TRANSLATOR_PAGE_PERMISSIONS = ["change_page"]
WITHDRAWN_TRANSLATOR_PAGE_PERMISSIONS = ["add_page"]
REVIEWER_PAGE_PERMISSIONS = ["change_page", "publish_page"]
SNIPPET_MODELS = ["newscategory", "author", "eventcategory", "audiofile", "closureday", "notice"]
TRANSLATABLE_SNIPPET_MODELS = ["newscategory", "author", "eventcategory", "closureday", "notice"]
IMAGE_AND_DOCUMENT_PERMISSIONS = ["add_image", "choose_image", "add_document", "choose_document"]


# Wagtail and wagtail-localize create these two in data migrations; they are made here too, so
# roles can be set up on any database, a flushed test database included.
NON_MODEL_PERMISSIONS = {
    ("wagtailadmin", "access_admin"): ("admin", "Can access Wagtail admin"),
    ("wagtail_localize", "submit_translation"): ("translation", "Can submit translations"),
}


def _permission(codename: str, app_label: str) -> Permission:
    if (app_label, codename) in NON_MODEL_PERMISSIONS:
        model, name = NON_MODEL_PERMISSIONS[(app_label, codename)]
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        return permission
    return Permission.objects.get(codename=codename, content_type__app_label=app_label)


def _grant_pages(group: Group, page: Page, codenames: list[str]) -> None:
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission(codename, "wagtailcore")
        )


def _grant_collections(group: Group) -> None:
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    for codename in IMAGE_AND_DOCUMENT_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=Permission.objects.get(codename=codename)
        )


def _home_for(locale: Locale, site_root: Page) -> Page | None:
    return site_root.get_translation_or_none(locale)


def _synchronise_locales() -> None:
    source = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    for code in TRANSLATORS:
        locale = Locale.objects.get(language_code=code)
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})


def _review_workflow(code: str, reviewer_groups: list[Group]) -> Workflow:
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOWS[code])
    task, _created = GroupApprovalTask.objects.get_or_create(name=TASKS[code])
    task.groups.add(*reviewer_groups)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


# The embassy's glossary: editors and reviewers keep it, translators read it (and meet its terms
# in the translation editor).
GLOSSARY_KEEPER_PERMISSIONS = [
    "add_glossaryterm",
    "change_glossaryterm",
    "delete_glossaryterm",
    "view_glossaryterm",
]
GLOSSARY_READER_PERMISSIONS = ["view_glossaryterm"]


def _glossary(codenames):
    return Permission.objects.filter(content_type__app_label="glossary", codename__in=codenames)


@transaction.atomic
def setup_roles(site_root: Page) -> dict[str, Group]:
    access_admin = _permission("access_admin", "wagtailadmin")
    submit_translation = _permission("submit_translation", "wagtail_localize")
    groups = {}

    editors, _created = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(access_admin, submit_translation)
    for model in SNIPPET_MODELS:
        for action in ("add", "change", "delete"):
            editors.permissions.add(*Permission.objects.filter(codename=f"{action}_{model}"))
    editors.permissions.add(
        *Permission.objects.filter(codename__in=["add_send", "view_send", "view_subscriber"])
    )
    for home in site_root.get_translations(inclusive=True):
        _grant_pages(editors, home, EDITOR_PAGE_PERMISSIONS)
    editors.permissions.add(*_glossary(GLOSSARY_KEEPER_PERMISSIONS))
    _grant_collections(editors)
    groups[EDITORS] = editors

    all_reviewers, _created = Group.objects.get_or_create(name=REVIEWERS)
    all_reviewers.permissions.add(access_admin, *_glossary(GLOSSARY_KEEPER_PERMISSIONS))
    groups[REVIEWERS] = all_reviewers

    for code in TRANSLATORS:
        home = _home_for(Locale.objects.get(language_code=code), site_root)
        reviewers, _created = Group.objects.get_or_create(name=LANGUAGE_REVIEWERS[code])
        reviewers.permissions.add(access_admin, *_glossary(GLOSSARY_KEEPER_PERMISSIONS))
        groups[LANGUAGE_REVIEWERS[code]] = reviewers

        # Translators change snippets model-wide in Wagtail's terms; translation_workflow.language_rights
        # narrows that to their own language.
        translators, _created = Group.objects.get_or_create(name=TRANSLATORS[code])
        translators.permissions.add(access_admin, submit_translation, *_glossary(GLOSSARY_READER_PERMISSIONS))
        for model in TRANSLATABLE_SNIPPET_MODELS:
            translators.permissions.add(*Permission.objects.filter(codename=f"change_{model}"))
        _grant_collections(translators)
        groups[TRANSLATORS[code]] = translators

        workflow = _review_workflow(code, [all_reviewers, reviewers])
        if home is not None:
            _grant_pages(all_reviewers, home, REVIEWER_PAGE_PERMISSIONS)
            _grant_pages(reviewers, home, REVIEWER_PAGE_PERMISSIONS)
            _grant_pages(translators, home, TRANSLATOR_PAGE_PERMISSIONS)
            GroupPagePermission.objects.filter(
                group=translators,
                permission__codename__in=WITHDRAWN_TRANSLATOR_PAGE_PERMISSIONS,
                permission__content_type__app_label="wagtailcore",
            ).delete()
            WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})

    _synchronise_locales()
    return groups
