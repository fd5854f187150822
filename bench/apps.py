from django.apps import AppConfig


class BenchConfig(AppConfig):
    """Installed only by site_core.settings.bench: the data generator and the bare baseline view."""

    name = "bench"
