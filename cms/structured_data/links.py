"""Absolute addresses, which Open Graph and JSON-LD require."""

from django.conf import settings
from django.utils.html import strip_tags

#: The same spec for Open Graph and JSON-LD, so a page makes one rendition.
SHARE_IMAGE_SPEC = "fill-1200x630-c50"


def absolute_url(*, url: str, request) -> str:
    if url.startswith(("http://", "https://")):
        return url
    if request is not None:
        return request.build_absolute_uri(url)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def page_image_url(*, page, request) -> str | None:
    """The page's cover as a share image, or None when it has none."""
    image = getattr(page, "cover_image", None)
    if image is None:
        return None
    return absolute_url(url=image.get_rendition(SHARE_IMAGE_SPEC).url, request=request)


def page_description(page) -> str:
    """What search results and link previews show under the title."""
    text = getattr(page, "search_description", "") or getattr(page, "teaser", "") or getattr(page, "intro", "")
    # An intro may be rich text; a preview shows plain text.
    return " ".join(strip_tags(text or "").split())
