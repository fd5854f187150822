from django.core.management.base import BaseCommand

from newsletter.models import Send
from newsletter.sending import deliver


class Command(BaseCommand):
    help = "Sends every queued sending, and finishes any that were interrupted."

    def handle(self, *args, **options):
        for send in Send.objects.exclude(status=Send.Status.DONE).order_by("created_at"):
            done = deliver(send.pk)
            self.stdout.write(
                f"{done}: {done.delivered} delivered, {done.failed} failed of {done.recipients}"
            )
