"""A translator or reviewer of a language gets the admin in that language.

Joining a language's translators or reviewers group sets the member's admin language to that
language, unless they have chosen one already; they can change it in Account → Preferences, and
a later change of groups never overrides their choice.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed

from wagtail.users.models import UserProfile

from translation_workflow.roles import LANGUAGE_REVIEWERS, TRANSLATORS


def language_of_groups(names) -> str | None:
    for code in TRANSLATORS:
        if TRANSLATORS[code] in names or LANGUAGE_REVIEWERS[code] in names:
            return code
    return None


def set_default(user, group_names) -> None:
    language = language_of_groups(set(group_names))
    if language is None:
        return
    profile = UserProfile.get_for_user(user)
    if not profile.preferred_language:
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language"])


def groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action != "post_add" or not pk_set:
        return
    if isinstance(instance, Group):
        names = [Group.objects.filter(pk=instance.pk).values_list("name", flat=True).get()]
        for user in get_user_model().objects.filter(pk__in=pk_set):
            set_default(user, names)
    else:
        set_default(instance, Group.objects.filter(pk__in=pk_set).values_list("name", flat=True))


def connect() -> None:
    m2m_changed.connect(
        groups_changed,
        sender=get_user_model().groups.through,
        dispatch_uid="admin_language.default_language",
    )
