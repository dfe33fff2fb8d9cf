"""Typesetting helpers of the IQ konkret print templates."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from ..public_url import page_public_url

register = template.Library()


@register.filter
def public_url(page) -> str:
    """The page's address for readers, as printed and linked in a PDF."""
    return page_public_url(page=page)


@register.filter
def with_signoff(html: SafeString, signoff: str) -> SafeString:
    """Rich text with the authors' initials at the end of its last paragraph, where
    magazines set them, instead of on a line of their own that can fall onto an
    otherwise empty page."""
    html = str(html).rstrip()
    if not signoff or not html.endswith("</p>"):
        return mark_safe(html)  # noqa: S308 - the output of |richtext, already safe
    head, tail = html[: -len("</p>")], "</p>"
    # The rich text is safe already; only the initials need escaping. The no-break
    # space goes inside the span: before it, WeasyPrint broke the line after the
    # first word that did fit and left it alone on a line („den“, issue 2/2024).
    return mark_safe(f'{head}<span class="article__signoff">\u00a0{conditional_escape(signoff)}</span>{tail}')  # noqa: S308
