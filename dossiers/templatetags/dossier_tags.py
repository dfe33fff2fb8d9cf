from django import template
from django.utils.safestring import SafeString

from wagtail.rich_text import RichText

from dossiers.footnotes import FootnoteIndex

register = template.Library()


@register.simple_tag(takes_context=True)
def footnote_calls(context, value) -> SafeString:
    """Render rich text with its ``[fn:…]`` markers as footnote calls (web) or page footnotes (print)."""
    html = str(value) if isinstance(value, RichText) else str(RichText(value or ""))
    index = context.get("dossier_footnotes") or FootnoteIndex(chapters=[], footnotes=[])
    return index.replace_markers(html, is_print=bool(context.get("is_print")))
