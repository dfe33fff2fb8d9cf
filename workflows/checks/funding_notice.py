"""The funders' notice (ESF Plus publicity rules) is set on every publication that carries one.

A publication either has its own ``funding_notice`` field or takes it from its
parent (a magazine article from its issue); pages that are not publications
(listings under the same workflow) are skipped.
"""

from collections.abc import Iterator

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import strip_tags

from pdfexport.publication import is_publication

from .content import field_label
from .registry import check_register
from .report import Finding

FIELD = "funding_notice"


@check_register(code="funding_notice", label="Förderhinweis", required=True)
def check_funding_notice(context) -> Iterator[Finding]:
    page = context.page
    if not is_publication(page):
        return
    notice = getattr(page, FIELD)
    location, hint = _where_to_set(page)
    if notice is None:
        yield Finding(message="Es ist kein Förderhinweis gewählt.", location=location, hint=hint)
    elif not strip_tags(notice.text or "").strip():
        yield Finding(
            message=f"Der Förderhinweis „{notice}“ hat keinen Text.",
            location=f"Snippet Förderhinweis „{notice}“",
            hint="Bitte unter Snippets › Förderhinweise den Text des Förderhinweises ergänzen.",
        )


def _where_to_set(page) -> tuple[str, str]:
    try:
        label = field_label(type(page)._meta.get_field(FIELD))
    except FieldDoesNotExist:
        parent = page.get_parent()
        parent = parent.specific if parent is not None else None
        try:
            label = field_label(type(parent)._meta.get_field(FIELD))
        except (FieldDoesNotExist, AttributeError):
            return "", "Bitte die Technik informieren: Für diese Seite lässt sich kein Förderhinweis wählen."
        title = parent.title
        return (
            f"Übergeordnete Seite „{title}“ › {label}",
            f"Diese Seite übernimmt den Förderhinweis von „{title}“: bitte dort im {label} einen "
            f"Förderhinweis wählen und „{title}“ veröffentlichen.",
        )
    return label, f"Bitte im {label} den Förderhinweis der Förderperiode wählen (z. B. „ESF Plus 2023–2025“)."
