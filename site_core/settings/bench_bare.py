"""The reference of `make bench`: the same settings with no middleware at all, routing only to
the bare view (issue #21 measures every page as a share of this, "bare Django")."""

from .bench import *  # noqa: F403

MIDDLEWARE: list[str] = []
ROOT_URLCONF = "bench.bare_urls"
