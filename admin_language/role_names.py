"""Group, workflow and task names in the reader's language.

The roles' groups, review workflows and tasks are stored under English names, which is how the
project finds them again (translation_workflow.roles). Wagtail shows a name wherever it names one (lists,
forms, the dashboard, the status side panel, notification emails) by reading the model's
``name``; so ``name`` itself is made to read in the active language, and to be stored in
English whatever language a form hands back. Names an administrator makes up are shown as
typed.
"""

from functools import cache

from django.conf import settings
from django.contrib.auth.models import Group
from django.utils import translation

from wagtail.models import Task, Workflow

from translation_workflow import roles

MODELS = (Group, Workflow, Task)


def known_names() -> tuple[str, ...]:
    return (
        roles.EDITORS,
        roles.REVIEWERS,
        *roles.TRANSLATORS.values(),
        *roles.LANGUAGE_REVIEWERS.values(),
        *roles.WORKFLOWS.values(),
        *roles.TASKS.values(),
        *roles.WAGTAIL_DEFAULT_NAMES,
    )


@cache
def _stored_names() -> dict[str, str]:
    """Every language's translation of a known name, mapped to the English it is stored as."""
    found = {}
    languages = {code for code, _name in settings.LANGUAGES} | {"kk"}
    for code in languages:
        with translation.override(code):
            found.update({translation.gettext(name): name for name in known_names()})
    found.update({name: name for name in known_names()})
    return found


@cache
def _english_names() -> frozenset[str]:
    return frozenset(known_names())


class ShownName(str):
    """A name as the reader sees it; it remembers the English it is stored as."""

    stored: str


def shown(stored: str | None):
    if stored is None or stored not in _english_names():
        return stored
    name = ShownName(translation.gettext(stored))
    name.stored = stored
    return name


def stored(value):
    if isinstance(value, ShownName):
        return value.stored
    return _stored_names().get(value, value) if isinstance(value, str) else value


class NameDescriptor:
    """Wraps Django's field descriptor: reading gives the shown name, writing is unchanged."""

    def __init__(self, wrapped, attname: str):
        self.wrapped = wrapped
        self.attname = attname

    def __get__(self, instance, owner=None):
        value = self.wrapped.__get__(instance, owner)
        return value if instance is None else shown(value)

    def __set__(self, instance, value):
        instance.__dict__[self.attname] = value


def install() -> None:
    for model in MODELS:
        field = model._meta.get_field("name")
        owner = field.model
        if not isinstance(owner.__dict__.get(field.attname), NameDescriptor):
            setattr(owner, field.attname, NameDescriptor(owner.__dict__[field.attname], field.attname))
            prepare = field.get_prep_value
            field.get_prep_value = lambda value, prepare=prepare: stored(prepare(value))
