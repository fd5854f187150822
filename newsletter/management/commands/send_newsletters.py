from django.core.management.base import BaseCommand

from newsletter.models import Send
from newsletter.sending import deliver, sweep


class Command(BaseCommand):
    help = (
        "Sends what is due of every unfinished sending here and now, beside any running workers "
        "(claims keep them apart); lapsed claims are taken back first. Retries that are not due "
        "yet are left to the workers."
    )

    def handle(self, *args, **options):
        sweep()
        for send in Send.objects.exclude(status=Send.Status.DONE).order_by("created_at"):
            done = deliver(send.pk)
            self.stdout.write(
                f"{done}: {done.delivered} delivered, {done.failed} failed, {done.waiting} waiting "
                f"of {done.recipients}"
            )
