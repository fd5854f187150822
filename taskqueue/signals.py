from django.dispatch import Signal

# Sent by `manage.py worker` before it takes its first task: apps take back work that a
# worker killed earlier left half done (a task that was running then is never run again).
worker_starting = Signal()
