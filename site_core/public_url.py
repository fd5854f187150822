"""The site's public address, as emails and the Wagtail Site record give it.

`settings.SITE_BASE_URL` (checked at start-up by `settings.environment.base_url`) is the only
source of absolute links in emails: never a request's Host header, which a visitor chooses (a
forged Host would put a stranger's address in a password-reset email), and never the Site
record's demo defaults (`localhost`, port 80).

Wagtail builds `page.full_url` (in its "page approved" emails, for one) from the default Site's
hostname and port, so `sync_default_site` copies them from the setting. It runs after every
`migrate` (so `make run` and each release pick up a new address) and as `manage.py
sync_site_url`. It is idempotent, touches only the default site, and saves through the model so
Wagtail's site-root cache and the page cache are invalidated as for any other site edit."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS

from wagtail.models import Site


def base_url() -> str:
    return settings.SITE_BASE_URL.rstrip("/")


def absolute(path: str) -> str:
    """The public address of a site-relative path such as `reverse()` returns; an address that
    is already absolute (a page's URL when several sites exist) is kept."""
    if path.startswith(("https://", "http://")):
        return path
    return base_url() + path


def site_address() -> tuple[str, int]:
    """The hostname and port a Wagtail Site needs for its `root_url` to equal `base_url()`."""
    parts = urlsplit(base_url())
    host = parts.netloc.rsplit(":", 1)[0] if parts.port else parts.netloc
    return host.lower(), parts.port or (443 if parts.scheme == "https" else 80)


@dataclass(frozen=True)
class SyncResult:
    changed: bool
    message: str
    conflict: bool = False


def sync_default_site(using: str = DEFAULT_DB_ALIAS) -> SyncResult:
    hostname, port = site_address()
    site = Site.objects.using(using).filter(is_default_site=True).first()
    if site is None:
        return SyncResult(False, "There is no default site yet: nothing to change.")
    if (site.hostname, site.port) == (hostname, port):
        return SyncResult(False, f"The default site already answers at {site.root_url}.")
    taken = Site.objects.using(using).filter(hostname=hostname, port=port).exclude(pk=site.pk)
    if taken.exists():
        # Wagtail keeps hostname and port unique across sites; the operator has to choose.
        return SyncResult(
            False,
            f"Another site already has {hostname}:{port}; the default site keeps {site.root_url}.",
            conflict=True,
        )
    previous = site.root_url
    site.hostname, site.port = hostname, port
    site.save(using=using, update_fields=["hostname", "port"])
    return SyncResult(True, f"The default site now answers at {site.root_url} (was {previous}).")


def sync_after_migrate(sender, using=DEFAULT_DB_ALIAS, verbosity=1, apps=None, **kwargs) -> None:
    """post_migrate receiver: only once Wagtail's Site table exists in the migrated state."""
    try:
        if apps is not None:
            apps.get_model("wagtailcore", "Site")
    except LookupError:
        return
    result = sync_default_site(using)
    if result.changed and verbosity >= 1:
        print(result.message)
