"""Production: every secret and host comes from the environment; HTTPS only."""

from django.utils.http import is_same_domain

from .base import *  # noqa: F403
from .environment import InvalidSetting, env_base_url, env_bool, env_int, env_list, required

DEBUG = False
SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or [required("ALLOWED_HOSTS")]
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
if env_bool("USE_X_FORWARDED_PROTO", True):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = True
# Wagtail's preview views set SAMEORIGIN for themselves; nothing else is ever framed.
X_FRAME_OPTIONS = "DENY"

# Required, not guessed from ALLOWED_HOSTS (whose first entry may be an internal name or a
# wildcard): every email links here, and RFC 8058 one-click unsubscribe needs https.
SITE_BASE_URL = env_base_url("SITE_BASE_URL", None, https_only=True)
WAGTAILADMIN_BASE_URL = SITE_BASE_URL
# https is only allowed on its default port, so what follows the scheme is the host alone.
_public_host = SITE_BASE_URL.removeprefix("https://")
if not any(pattern == "*" or is_same_domain(_public_host, pattern) for pattern in ALLOWED_HOSTS):
    # Every link in the emails would answer 400 Bad Request.
    raise InvalidSetting("SITE_BASE_URL", SITE_BASE_URL, "names a host that ALLOWED_HOSTS does not allow")
