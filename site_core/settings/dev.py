"""The embedded default: SQLite and media under var/, served by the application itself."""

from .base import *  # noqa: F403
from .environment import env_bool

DEBUG = env_bool("DEBUG", False)
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
