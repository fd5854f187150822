"""Staff accounts with one of the site's roles (translation_workflow.roles), for real people and the demo."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from translation_workflow.roles import EDITORS, LANGUAGE_REVIEWERS, REVIEWERS, TRANSLATORS

ROLES = {
    "editor": EDITORS,
    "reviewer": REVIEWERS,
    **{f"{code}-translator": name for code, name in TRANSLATORS.items()},
    **{f"{code}-reviewer": name for code, name in LANGUAGE_REVIEWERS.items()},
}


class RoleError(ValueError):
    pass


@transaction.atomic
def create_staff_account(username: str, role: str, password: str, email: str = ""):
    """A new active account in the role's group. Refuses an unknown role, a taken username and a
    role whose group does not exist yet (run setup_roles first)."""
    if role not in ROLES:
        raise RoleError(f"Unknown role '{role}': use one of {', '.join(ROLES)}.")
    User = get_user_model()
    if User.objects.filter(username=username).exists():
        raise RoleError(f"The username '{username}' is taken.")
    group = Group.objects.filter(name=ROLES[role]).first()
    if group is None:
        raise RoleError("The roles are not set up yet: run `manage.py setup_roles` first.")
    user = User.objects.create_user(username, email=email, password=password)
    # Joining a translators' or reviewers' group gives the member the admin in that language
    # (admin_language.default_language).
    user.groups.add(group)
    return user
