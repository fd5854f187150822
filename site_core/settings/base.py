"""Settings every environment shares; dev, test and production only override."""

import zoneinfo
from pathlib import Path

from wagtail.admin.localization import WAGTAILADMIN_PROVIDED_LANGUAGES

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

from .environment import InvalidSetting, env, env_base_url, env_bool, env_int, env_list

TIME_ZONE_AREAS = {
    "Africa",
    "America",
    "Antarctica",
    "Arctic",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
}
BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env("VAR_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env("SECRET_KEY", "django-insecure-local-development-key-never-used-in-production")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation patches models at import time, so it must load before the apps it translates.
    "modeltranslation",
    "site_core",
    # Before wagtail.admin: its templates carry the embassy's name and emblem into the admin.
    "admin_language",
    # Before wagtail_localize: its editor template is overridden for translators.
    "translation_workflow",
    "translation_state",
    "translation_memory",
    "glossary",
    "translation_files",
    "kazakh_latin",
    "home",
    "news",
    "audio",
    "events",
    "closures",
    "infopages",
    "notices",
    "newsletter",
    "taskqueue",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "csp",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "site_core.security_headers.CrossOriginResourcePolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "site_core.security_headers.SiteCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and authentication: a cached page is answered without touching either.
    "site_core.fragments.ContentGenerationMiddleware",
    # ETags of the bytes sent (Latin script included), 304s and Cache-Control, page-cache hits too.
    "site_core.http_caching.HTTPCachingMiddleware",
    "site_core.page_cache.PageCacheMiddleware",
    "site_core.page_cache.CachedSiteMiddleware",
    # Inside the page cache: /kk-latn/ pages are the Kazakh ones in Latin script, cached as such.
    "kazakh_latin.middleware.LatinScriptMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "site_core.middleware.LanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Last of the authentication middleware, as django-axes asks.
    "axes.middleware.AxesMiddleware",
    "translation_workflow.middleware.SnippetLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "site_core.urls"
WSGI_APPLICATION = "site_core.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASE_URL = env("DATABASE_URL")
if DATABASE_URL is None:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL or f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        # Persistent connections: opening one per request cost PostgreSQL pages a fifth of
        # their speed in `make bench`; each is checked before reuse, so a lost link reconnects.
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several gunicorn workers write to the embedded database. A deferred transaction that reads
    # before writing cannot upgrade its lock once another process has written, and fails at once
    # with "database is locked" (12 of 20 concurrent admin saves were lost). Taking the write lock
    # at BEGIN makes writers queue for up to `timeout` seconds; WAL lets readers go on meanwhile.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Background work (sendings to the email list, confirmation emails, Wagtail's reference index,
# file deletions and CDN purges) goes to a queue kept in the database: nothing to add for the
# embedded default, and any number of `manage.py worker` processes on PostgreSQL (taskqueue/).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# /healthz answers 503 when the oldest task still waiting is older than this: no worker runs.
TASKS_MAX_WAIT_SECONDS = env_int("TASKS_MAX_WAIT_SECONDS", 300)


def cache_from_url(url: str | None) -> dict:
    if url and url.startswith(("redis://", "rediss://")):
        # Answers misses instead of errors when Redis is down or slow (site_core/resilient_cache.py).
        timeout = float(env("CACHE_TIMEOUT_SECONDS", "0.5"))
        return {
            "BACKEND": "site_core.resilient_cache.ResilientRedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_timeout": timeout, "socket_connect_timeout": timeout},
        }
    if url == "locmem://":
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    # A file cache is shared by every gunicorn worker of the embedded default, unlike locmem.
    location = url.removeprefix("file://") if url and url.startswith("file://") else str(VAR_DIR / "cache")
    return {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": location}


CACHES = {"default": cache_from_url(env("CACHE_URL"))}
# Wagtail looks an image's renditions up in the cache on every use and writes them back each
# time: two round trips per image, for values that never change under their key (it holds the
# image's file hash and focal point). Each process keeps its own copy instead. Only renditions
# purged by hand can outlive their files, for at most TIMEOUT (pages are cached as long).
RENDITIONS_CACHE = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "renditions",
    "TIMEOUT": 300,
    "OPTIONS": {"MAX_ENTRIES": 5000},
}
CACHES["renditions"] = RENDITIONS_CACHE

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: English is the source language, Kazakh and Russian are translations.
LANGUAGE_CODE = "en"
LANGUAGES = [("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# locale/ holds the project's own strings; locale/admin/ the Kazakh catalogue of the admin
# packages (Wagtail, wagtail-localize, Django's forms and sign-in), which ship none.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "admin"]
FORMAT_MODULE_PATH = ["site_core.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env("TIME_ZONE", "UTC")
LANGUAGE_COOKIE_NAME = "django_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "kk", "ru")
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en",)}

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(VAR_DIR / "static")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Media from local disk is served by the application only in the embedded default set-up.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)

EMAIL_HOST = env("EMAIL_HOST")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
# A mail server that stops answering holds a worker no longer than this, in seconds.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
# Email list deliveries: a transient failure (refused connection, 4xx answer, timeout) is retried
# after NEWSLETTER_RETRY_SECONDS, doubling each time (at most an hour), up to
# NEWSLETTER_MAX_ATTEMPTS attempts; a worker's claim on a subscriber lapses after the lease.
NEWSLETTER_MAX_ATTEMPTS = env_int("NEWSLETTER_MAX_ATTEMPTS", 8)
NEWSLETTER_RETRY_SECONDS = env_int("NEWSLETTER_RETRY_SECONDS", 60)
NEWSLETTER_CLAIM_LEASE_SECONDS = env_int("NEWSLETTER_CLAIM_LEASE_SECONDS", 300)
# How often lapsed claims are looked for, and how many workers may share one sending.
NEWSLETTER_SWEEP_SECONDS = env_int("NEWSLETTER_SWEEP_SECONDS", 60)
NEWSLETTER_PARALLEL_RUNS = env_int("NEWSLETTER_PARALLEL_RUNS", 2)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Embassy website <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

WAGTAIL_SITE_NAME = env("SITE_NAME", "Embassy of Kazakhstan")
# The admin speaks Kazakh too (locale/admin/), offered first; Wagtail's own languages follow.
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("kk", "Қазақша"),
    *(item for item in WAGTAILADMIN_PROVIDED_LANGUAGES if item[0] != "kk"),
]
# The admin loads nothing from outside the site: avatars are Wagtail's own image, not
# Gravatar's, and the dashboard does not ask wagtail.org for new releases (the admin's content
# security policy would block both).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The time zones a user may choose in Account → Preferences: the canonical Area/City names.
# Wagtail offers every file of the system's zone database, "localtime" and legacy aliases
# included, which the browser's Intl API refuses (an error on the preferences page).
WAGTAIL_USER_TIME_ZONES = sorted(
    name for name in zoneinfo.available_timezones() if "/" in name and name.split("/")[0] in TIME_ZONE_AREAS
) + ["UTC"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Where visitors and editors reach the site: every link in an email starts with it (the email
# list, Wagtail's notifications and password resets), and the default Wagtail Site record takes
# its host and port from it (site_core/public_url.py). Never taken from a request's Host header.
SITE_BASE_URL = env_base_url("SITE_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = SITE_BASE_URL
# Wagtail's database backend, with every query reduced to words first (site_core/search_backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "site_core.search_backend"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
    "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False}},
}

# Audio uploads are refused above this size, checked before the file is read.
AUDIO_MAX_UPLOAD_SIZE = env_int("AUDIO_MAX_UPLOAD_SIZE", 50 * 1024 * 1024)

# Starting a translation creates the target page as a draft. wagtail-localize's default publishes
# it at once when the source is live, with the untranslated English text in it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation in wagtail-localize's editor: off unless configured, so the site never
# calls an outside service on its own.
MACHINE_TRANSLATOR = env("MACHINE_TRANSLATOR", "")
if MACHINE_TRANSLATOR == "libretranslate":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": env("LIBRETRANSLATE_URL", ""),
            "API_KEY": env("LIBRETRANSLATE_API_KEY", ""),
        },
    }
elif MACHINE_TRANSLATOR == "deepl":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "glossary.deepl.GlossaryDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env("DEEPL_AUTH_KEY", "")},
    }
elif MACHINE_TRANSLATOR:
    # A misspelt name would otherwise switch machine translation off without a word.
    raise InvalidSetting("MACHINE_TRANSLATOR", MACHINE_TRANSLATOR, "must be libretranslate or deepl")

# Wagtail 8's autosave posts the create form in the background; when an editor publishes while
# such a request is in flight, the page is created twice and the second request fails on the
# taken slug (seen on PostgreSQL in our browser journey). Off until that race is fixed upstream.
WAGTAIL_AUTOSAVE_INTERVAL = env_int("WAGTAIL_AUTOSAVE_INTERVAL", 0)


# Media on S3-compatible object storage when a bucket is named (django-storages); local files
# otherwise. Objects stay private (no ACL, no listing): pages link to signed URLs, or to
# AWS_S3_CUSTOM_DOMAIN (a CDN in front of the bucket) when set. The storage serves byte ranges.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", "")
OBJECT_STORAGE_ORIGINS: list[str] = []
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL", "") or None
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME", "") or None
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN", "") or None
    AWS_DEFAULT_ACL = None
    AWS_S3_FILE_OVERWRITE = False
    AWS_QUERYSTRING_AUTH = AWS_S3_CUSTOM_DOMAIN is None
    # Signed links outlive the page cache that may hold them.
    AWS_QUERYSTRING_EXPIRE = env_int("AWS_QUERYSTRING_EXPIRE", 6 * 3600)
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "public, max-age=86400"}
    if AWS_S3_CUSTOM_DOMAIN:
        OBJECT_STORAGE_ORIGINS.append(f"https://{AWS_S3_CUSTOM_DOMAIN}")
    elif AWS_S3_ENDPOINT_URL:
        OBJECT_STORAGE_ORIGINS.append(AWS_S3_ENDPOINT_URL.rstrip("/"))
    else:
        OBJECT_STORAGE_ORIGINS.append(f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com")

# Sessions live in the shared cache (backed by the database) when that cache is Redis.
if CACHES["default"]["BACKEND"].endswith("RedisCache"):
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# CDN purge on publish (wagtail.contrib.frontend_cache): an HTTP PURGE endpoint (Varnish, nginx,
# Fastly-style), Cloudflare or CloudFront, whichever the environment names.
WAGTAILFRONTENDCACHE = {}
if env("FRONTEND_CACHE_PURGE_URL", ""):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("FRONTEND_CACHE_PURGE_URL", ""),
    }
if env("CLOUDFLARE_ZONEID", ""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env("CLOUDFLARE_BEARER_TOKEN", ""),
        "ZONEID": env("CLOUDFLARE_ZONEID", ""),
    }
if env("CLOUDFRONT_DISTRIBUTION_ID", ""):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env("CLOUDFRONT_DISTRIBUTION_ID", ""),
    }

# Security headers (issue #9). Production adds HSTS and Secure cookies on top of these.
ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")
# Paths outside the language trees: a 404 there stays a 404 (no redirect to /en/…), and the page
# cache never stores them.
NON_LANGUAGE_PATHS = (*ADMIN_PATH_PREFIXES, "/documents/", "/audio-files/", "/static/", "/media/", "/api/")
EMBED_FRAME_HOSTS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
# Where media is served from when it is not this host (object storage, CDN): images and audio.
MEDIA_HOSTS = [*env_list("MEDIA_HOSTS"), *OBJECT_STORAGE_ORIGINS]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:", *MEDIA_HOSTS],
        "media-src": [SELF, *MEDIA_HOSTS],
        "frame-src": EMBED_FRAME_HOSTS,
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *MEDIA_HOSTS],
        "media-src": [SELF, "blob:", *MEDIA_HOSTS],
        "font-src": [SELF, "data:"],
        "frame-src": [SELF, *EMBED_FRAME_HOSTS],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "xr-spatial-tracking",
    )
}
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# Admin login protection (django-axes): after AXES_FAILURE_LIMIT failures an account, and
# separately a client address, is locked out for AXES_COOLOFF_TIME hours; every attempt is
# kept in the database (Django admin: Axes) as the audit trail.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_HOURS", 1)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "site_core/admin/locked_out.html"
# Behind PROXY_COUNT trusted proxies the client is read from X-Forwarded-For; without a proxy
# that header is the client's own word, so only the socket address counts. Every per-client
# limit (signups, sign-in lockouts) asks site_core.client_address, which reads it.
PROXY_COUNT = env_int("PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "site_core.client_address.client_address"

# Full-page cache for anonymous visitors (site_core/page_cache.py); 0 turns it off. Fragments
# (menu, settings, switcher, site) are kept apart, so uncached pages stay cheap too.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
FRAGMENT_CACHE_SECONDS = env_int("FRAGMENT_CACHE_SECONDS", 600)
# With a CDN purge configured, how long the CDN may keep a shared page (s-maxage; browsers always
# revalidate). A publish purges the page and the pages listing it; others showing it (menus, the
# latest news elsewhere) may lag this long (site_core/http_caching.py).
CDN_MAX_AGE = env_int("CDN_MAX_AGE", PAGE_CACHE_SECONDS)
PAGE_CACHE_EXCLUDED_PATHS = (
    *NON_LANGUAGE_PATHS,
    "/healthz",
    *(f"/{code}/newsletter/" for code, _name in LANGUAGES),
    "/kk-latn/newsletter/",
)
