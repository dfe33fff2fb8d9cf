"""How often one address and one client may ask for an alert.

Counted in the default cache only (production: Redis), never in the database.
Neither the address nor the client's IP address is a key as such: both are
HMACs under the site's secret, so the cache holds no readable address, and
the counters expire after ``WINDOW_SECONDS``.
"""

import hashlib
import hmac

from django.conf import settings
from django.http import HttpRequest

from cms.throttling.client import client_address as throttled_client_address
from cms.throttling.window import window_count

WINDOW_SECONDS = 60 * 60
#: Requests per window: an address gets a few mails at most (a typo, a second
#: try); a client (a household, an office behind one address) somewhat more.
ADDRESS_LIMIT = 3
CLIENT_LIMIT = 10


def alert_request_allowed(*, email: str, request: HttpRequest) -> bool:
    """Count this request; False once the address or the client is over its limit."""
    address_ok = _counted(kind="address", identity=email.casefold()) <= ADDRESS_LIMIT
    client_ok = _counted(kind="client", identity=client_address(request)) <= CLIENT_LIMIT
    return address_ok and client_ok


def client_address(request: HttpRequest) -> str:
    # The same address as every other throttle counts, behind a reverse proxy
    # too (IQ_CLIENT_IP_HEADER or IQ_TRUSTED_PROXY_COUNT, cms/throttling/client.py).
    return throttled_client_address(request) or ""


def _counted(*, kind: str, identity: str) -> int:
    digest = hmac.new(settings.SECRET_KEY.encode(), f"{kind}:{identity}".encode(), hashlib.sha256).hexdigest()
    return window_count(key=f"alerts:limit:{kind}:{digest}", timeout=WINDOW_SECONDS)
