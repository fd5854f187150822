"""The urlconf of site_core.settings.bench_bare: the bare view and nothing else."""

from django.urls import path

from bench.views import bare

urlpatterns = [path("bench/bare/", bare)]
