"""Every environment variable the project reads goes through these helpers."""

import ipaddress
import os
import re
from urllib.parse import urlsplit


class MissingSetting(SystemExit):
    """Stops start-up with one line naming the variable, instead of a traceback."""

    def __init__(self, name: str):
        super().__init__(f"Configuration error: the environment variable {name} is required.")


class InvalidSetting(SystemExit):
    """Stops start-up with one line saying what is wrong with a variable's value."""

    def __init__(self, name: str, value: str, problem: str):
        super().__init__(f"Configuration error: the environment variable {name}={value!r} {problem}.")


def env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return default if value in (None, "") else value


def required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise MissingSetting(name)
    return value


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value in (None, ""):
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return default if value in (None, "") else int(value)


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    value = os.environ.get(name)
    if value in (None, ""):
        return list(default or [])
    return [item.strip() for item in value.split(",") if item.strip()]


_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def base_url(name: str, value: str, *, https_only: bool = False) -> str:
    """Checks a public base URL (scheme and host, optional port, nothing after) and returns it as
    `scheme://host[:port]`, lower case, with no trailing slash and no default port, so that
    `base + "/path"` is always a well-formed link.

    Whitespace and control characters are refused, not stripped: the value goes into email
    headers (List-Unsubscribe). Wagtail's Site record writes https only for port 443 and http
    for every other port, so the other combinations could not give page addresses that work."""

    def invalid(problem: str) -> InvalidSetting:
        return InvalidSetting(name, value, problem)

    if not value.isascii() or any(char.isspace() or not char.isprintable() for char in value):
        raise invalid("must be a plain ASCII address without spaces (write an IDN host in punycode)")
    parts = urlsplit(value)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not value.lower().startswith(f"{scheme}://"):
        raise invalid("must start with http:// or https://")
    if https_only and scheme != "https":
        raise invalid("must be an https:// address (one-click unsubscribe links must use https)")
    if "@" in parts.netloc:
        raise invalid("must not contain a user name or password")
    if parts.path not in ("", "/") or "?" in value or "#" in value:
        raise invalid("must be the site's root: no path, query or fragment")
    try:
        port = parts.port
    except ValueError:
        raise invalid("has a port that is not a number from 1 to 65535") from None
    host = (parts.hostname or "").lower()
    if parts.netloc.startswith("["):
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            raise invalid("has an invalid IPv6 address") from None
        host = f"[{host}]"
    elif not host or len(host) > 253 or not all(_HOST_LABEL.match(label) for label in host.split(".")):
        raise invalid("must name a valid host, e.g. https://embassy.example")
    if port == 0:
        raise invalid("has a port that is not a number from 1 to 65535")
    if port is not None and port != _DEFAULT_PORTS[scheme] and (scheme == "https" or port == 443):
        raise invalid("pairs a scheme and port that Wagtail's Site record cannot hold: https needs port 443")
    if port in (None, _DEFAULT_PORTS[scheme]):
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def env_base_url(name: str, default: str | None, *, https_only: bool = False) -> str:
    """A public base URL from the environment, checked by `base_url`; required when no default."""
    value = os.environ.get(name, "").strip()
    if not value:
        if default is None:
            raise MissingSetting(name)
        value = default
    return base_url(name, value, https_only=https_only)
