"""Typesetting helpers of the IQ konkret print templates."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.filter
def with_signoff(html: SafeString, signoff: str) -> SafeString:
    """Rich text with the authors' initials at the end of its last paragraph, where
    magazines set them, instead of on a line of their own that can fall onto an
    otherwise empty page."""
    html = str(html).rstrip()
    if not signoff or not html.endswith("</p>"):
        return mark_safe(html)  # noqa: S308 - the output of |richtext, already safe
    head, tail = html[: -len("</p>")], "</p>"
    # The rich text is safe already; only the initials need escaping.
    return mark_safe(f'{head}\u00a0<span class="article__signoff">{conditional_escape(signoff)}</span>{tail}')  # noqa: S308
