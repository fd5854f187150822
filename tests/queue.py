"""Runs the task queue inside a test, in its process and transaction."""

from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult


def _worker() -> Worker:
    return Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )


def run_one(result: DBTaskResult) -> None:
    result.claim("test-worker")
    _worker().run_task(result)
    result.refresh_from_db()
    assert result.status != "FAILED", result.traceback


def run_queued_tasks(limit: int = 500) -> int:
    """Runs every task that is due, as `manage.py worker` would; a task that fails fails the
    test with its traceback. Returns how many ran."""
    ran = 0
    while ran < limit and (result := DBTaskResult.objects.ready().first()) is not None:
        run_one(result)
        ran += 1
    return ran


# Wagtail's own background work: what tests check of it (search results, usage counts, CDN
# purges) is there a moment after the change under a worker, and at once in tests.
FRAMEWORK_TASKS = ("wagtail.", "modelsearch.")


def run_framework_task_at_once(sender, task_result, **_kwargs) -> None:
    if task_result.task.module_path.startswith(FRAMEWORK_TASKS):
        run_one(DBTaskResult.objects.get(pk=task_result.id))
