from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site

from translation_workflow.roles import WORKFLOWS, setup_roles


class Command(BaseCommand):
    help = (
        "Creates the groups Editors, Kazakh and Russian translators, Reviewers and Kazakh and Russian "
        "reviewers with their permissions, a review workflow on the Kazakh and on the Russian tree, and "
        "makes both trees follow the English one (new English pages appear there as aliases). Idempotent."
    )

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError(
                "There is no default site yet: run load_demo_content or create the site first."
            )
        groups = setup_roles(site.root_page)
        self.stdout.write(
            f"Groups ready: {', '.join(sorted(groups))}; workflows: {', '.join(WORKFLOWS.values())}."
        )
