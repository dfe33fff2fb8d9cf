"""The client's address, the one every throttle counts: the password forms,
the alert form and, through ``AXES_CLIENT_IP_CALLABLE``, the admin login.

Behind a reverse proxy ``REMOTE_ADDR`` is the proxy's own address, and every
reader would share one counter. The deployment says where the real address is:
``IQ_CLIENT_IP_HEADER`` names a ``META`` key its proxy sets (nginx's
``X-Real-IP`` is ``HTTP_X_REAL_IP``), or ``IQ_TRUSTED_PROXY_COUNT`` says how
many proxies append to ``X-Forwarded-For``. Only those entries are read: what
a client put in front of them itself could be anything.

An IPv6 client is its /64: a subscriber's line gets a whole /64 and can pick
any address in it, so counting single addresses would give it endless fresh
counters. An IPv4 address mapped into IPv6 counts as the IPv4 address.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str | None:
    """The sender's address, or None for a request built in code (no ``REMOTE_ADDR``)."""
    return _from_header(request) or _from_forwarded_for(request) or _address(request.META.get("REMOTE_ADDR", ""))


def _from_header(request: HttpRequest) -> str | None:
    header = settings.IQ_CLIENT_IP_HEADER
    return _address(request.META.get(header, "")) if header else None


def _from_forwarded_for(request: HttpRequest) -> str | None:
    proxies = settings.IQ_TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return None
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    # Each trusted proxy appended the address it saw, the first of them the client's.
    # Fewer entries: the request bypassed a proxy, and nothing in the header is vouched for.
    return _address(hops[-proxies]) if len(hops) >= proxies else None


def _address(value: str) -> str | None:
    # Only a well-formed address: axes stores it in an address column (PostgreSQL
    # ``inet``), and a proxy misconfigured to pass a client's header on must not
    # turn arbitrary text into a counter of its own.
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False).network_address)
    return str(address)
