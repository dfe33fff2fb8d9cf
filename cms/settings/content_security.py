"""The Content Security Policies (django-csp 4 format), imported by ``base.py``.

Readers' pages get a strict policy: scripts only as files from this site, no
inline script, no ``eval``; an injected ``<script>`` or ``onclick`` does not
run. JSON-LD (``<script type="application/ld+json">``) is a data block, which
the browser never executes, so the policy does not apply to it.

Wagtail's admin (previews included) has inline scripts in its widgets and
panels and inline styles; it gets a laxer policy that still keeps out other
origins, plugins, foreign forms and framing by other sites.
``cms/content_security.py`` chooses between them; docs/security.md.
"""

from urllib.parse import urlsplit

from csp.constants import NONE, SELF, UNSAFE_INLINE


def _origins(*urls: str) -> list[str]:
    """The origins of absolute ``STATIC_URL``/``MEDIA_URL`` (a CDN); relative ones are 'self'."""
    parts = [urlsplit(url) for url in urls]
    return sorted({f"{part.scheme}://{part.netloc}" for part in parts if part.scheme and part.netloc})


def reader_policy(*, static_url: str, media_url: str) -> dict:
    files = [SELF, *_origins(static_url, media_url)]
    return {
        "DIRECTIVES": {
            "default-src": [SELF],
            # Never the media origin: it holds uploads.
            "script-src": [SELF, *_origins(static_url)],
            # The charts are matplotlib's SVG inline in the page, with style attributes
            # and a <style> element; inline CSS cannot run script.
            "style-src": [*files, UNSAFE_INLINE],
            "img-src": [*files, "data:"],
            "font-src": files,
            "media-src": files,
            "object-src": [NONE],
            "base-uri": [SELF],
            "form-action": [SELF],
            # As X-Frame-Options: DENY. Wagtail's preview frame is an admin URL.
            "frame-ancestors": [NONE],
        }
    }


def admin_policy(*, static_url: str, media_url: str) -> dict:
    files = [SELF, *_origins(static_url, media_url)]
    return {
        "DIRECTIVES": {
            "default-src": [SELF],
            # Wagtail's date choosers, inline panels and choosers write inline scripts.
            "script-src": [SELF, *_origins(static_url), UNSAFE_INLINE],
            "style-src": [*files, UNSAFE_INLINE],
            # Upload previews and cropping use blob: and data: images.
            "img-src": [*files, "data:", "blob:"],
            "font-src": [*files, "data:"],
            "media-src": [*files, "blob:"],
            "connect-src": [SELF],
            "frame-src": [SELF],
            "worker-src": [SELF, "blob:"],
            "object-src": [NONE],
            "base-uri": [SELF],
            "form-action": [SELF],
            # The preview panel frames the admin's own preview view.
            "frame-ancestors": [SELF],
        }
    }
