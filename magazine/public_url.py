"""The address under which readers reach a page, for links printed into PDFs.

A PDF is rendered in the worker, where no request says which host the reader
used, and Wagtail's ``Site`` often still names "localhost" (its initial value)
or the address of the development server; so the PDF takes its host from the
setting ``IQ_PUBLIC_SITE_URL`` (empty: ``WAGTAILADMIN_BASE_URL``) and only the
path from the page tree (docs/pdf-engine.md, "Drucklayout").
"""

from django.conf import settings


def public_site_url() -> str:
    return (settings.IQ_PUBLIC_SITE_URL or settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def page_public_url(*, page) -> str:
    """The absolute public address of ``page``, or "" for a page outside every site."""
    parts = page.get_url_parts()
    if parts is None:
        return ""
    _site_id, _root_url, path = parts
    return public_site_url() + path
