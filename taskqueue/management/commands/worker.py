from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from taskqueue.signals import worker_starting


class Command(DatabaseWorkerCommand):
    help = (
        "Runs background tasks from the database queue (django-tasks-db's db_worker), after letting "
        "each app take back work a killed worker left half done. Run as many as you like."
    )

    def handle(self, *args, **options):
        worker_starting.send(sender=self.__class__)
        return super().handle(*args, **options)
