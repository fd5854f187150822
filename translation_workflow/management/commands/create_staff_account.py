import secrets

from django.core.management.base import BaseCommand, CommandError

from translation_workflow.staff_accounts import ROLES, RoleError, create_staff_account


class Command(BaseCommand):
    help = (
        "Creates a staff account with one role: an editor, a translator or reviewer of one "
        "language, or a reviewer of every language. Prints a generated password, which the "
        "person changes at their first sign-in (Account → Change password)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=sorted(ROLES))
        parser.add_argument(
            "--email", default="", help="Where workflow notifications and password resets go."
        )

    def handle(self, *args, username, role, email, **options):
        password = secrets.token_urlsafe(12)
        try:
            create_staff_account(username, role, password, email=email)
        except RoleError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Created '{username}' ({role}). Password: {password}")
