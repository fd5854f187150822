"""Periodic tasks without a scheduler: a task that must run every N seconds enqueues its next
run itself, deferred. Only one run waits at a time, however many workers start a chain."""

import datetime

from django.utils import timezone

from django_tasks_db.models import DBTaskResult


def again_after(task, seconds: float) -> bool:
    """Queues ``task`` to run in ``seconds`` unless a run of it is already waiting."""
    backend = task.get_backend()
    if not backend.supports_defer:
        return False
    waiting = DBTaskResult.objects.filter(
        task_path=task.module_path, status="READY", backend_name=backend.alias
    )
    if waiting.exists():
        return False
    task.using(run_after=timezone.now() + datetime.timedelta(seconds=seconds)).enqueue()
    return True
