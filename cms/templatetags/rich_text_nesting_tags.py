"""Rich text as readers get it, web and print: never nested deeper than WeasyPrint lays out."""

from django import template
from django.utils.safestring import SafeString, mark_safe

from cms.rich_text_nesting import html_as_paragraphs, html_too_deep

register = template.Library()


@register.filter
def nesting_bounded(html: str) -> SafeString:
    """Expanded rich text as it is, or its plain paragraphs when it nests too deep
    (stored before the editor refused such lists, or imported)."""
    if html_too_deep(html=html):
        return html_as_paragraphs(html=html)
    return mark_safe(html)  # noqa: S308 - Wagtail's expanded rich text, as its own template marks it safe
