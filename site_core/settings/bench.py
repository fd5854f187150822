"""Production-like settings for `make bench` on loopback: no debug, hashed static files served by
WhiteNoise, the page cache on, a shared cache (Redis when `CACHE_URL` names it), plain HTTP."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, VAR_DIR
from .environment import env

DEBUG = False
SECRET_KEY = env("SECRET_KEY", "bench-only-secret-key")  # nosec B105 - loopback benchmark only
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]
ROOT_URLCONF = "bench.urls"
SERVE_MEDIA = True
MEDIA_ROOT = VAR_DIR / "bench" / "media"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
