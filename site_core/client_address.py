"""The address of the visitor behind a request, for every per-client limit (email-list signups,
admin sign-in lockouts through django-axes' AXES_CLIENT_IP_CALLABLE, anything added later).

`X-Forwarded-For` is believed only as far as `PROXY_COUNT` says: each of our proxies appends
the address it received the request from, so of the header's entries the rightmost
`PROXY_COUNT` were written by our proxies, and the leftmost of those is the visitor as our
outermost proxy saw them. Anything further left is the visitor's own word and is ignored. With no
proxy configured, or a header that cannot have come from our proxies, the socket's address counts.
The answer is always a valid IP address in its canonical form, or None when there is none."""

import ipaddress

from django.conf import settings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def parse_address(value: str) -> IPAddress | None:
    """Reads one address as proxies write it: bare, or with a port ("[2001:db8::1]:443",
    "203.0.113.7:51234"). An IPv4 address mapped into IPv6 is the IPv4 address."""
    value = value.strip()
    if value.startswith("[") and "]" in value:
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:
        value = value.partition(":")[0]
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def client_ip(request) -> IPAddress | None:
    socket_address = parse_address(request.META.get("REMOTE_ADDR") or "")
    # Read at call time, not import time, so override_settings and a changed setting both apply.
    proxies = getattr(settings, "PROXY_COUNT", 0)
    if proxies <= 0:
        return socket_address
    entries = (request.META.get("HTTP_X_FORWARDED_FOR") or "").split(",")
    if len(entries) < proxies:
        return socket_address
    return parse_address(entries[-proxies]) or socket_address


def client_address(request) -> str | None:
    """The visitor's address as text, e.g. "203.0.113.7" or "2001:db8::1"."""
    address = client_ip(request)
    return None if address is None else str(address)
