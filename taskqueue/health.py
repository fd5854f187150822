"""How long the oldest task has been waiting: the sign that no worker is running."""

from django.db.models import Min
from django.utils import timezone

from django_tasks_db.models import DBTaskResult, get_date_max


def oldest_wait_seconds() -> float:
    """Seconds since the oldest task became due without being taken; 0 when none waits."""
    now = timezone.now()
    ready = DBTaskResult.objects.filter(status="READY")
    since = [
        ready.filter(run_after=get_date_max()).aggregate(at=Min("enqueued_at"))["at"],
        ready.exclude(run_after=get_date_max())
        .filter(run_after__lte=now)
        .aggregate(at=Min("run_after"))["at"],
    ]
    return max(((now - at).total_seconds() for at in since if at is not None), default=0.0)
