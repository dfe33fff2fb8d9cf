"""Required metadata: every field the page type requires, and the publication
metadata a draft may leave open but a publication needs."""

from django.db import models
from django.utils.html import strip_tags

from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from .content import field_label, page_own_fields
from .registry import check_register
from .report import Finding

#: Optional while drafting, needed once published: the date readers see and cite,
#: the publisher of the imprint and the PDF's author, the topics the catalogue filters
#: by. A page type can name its own list as ``required_metadata`` (field names).
PUBLICATION_METADATA = ("publication_date", "publishers", "topics")

#: Checked by checks of their own, with better advice.
CHECKED_ELSEWHERE = {"funding_notice", "cover_alt"}


@check_register(code="metadata", label="Pflichtangaben", required=True)
def check_required_metadata(context) -> list[Finding]:
    page = context.page
    fields = page_own_fields(page)
    declared = set(getattr(type(page), "required_metadata", PUBLICATION_METADATA))
    if hasattr(type(page), "required_metadata") and (unknown := declared - {field.name for field in fields}):
        # A typo in a page type's declaration must not silently drop a requirement.
        raise ValueError(f"{type(page).__name__}.required_metadata nennt unbekannte Felder: {sorted(unknown)}")
    findings = []
    for field in fields:
        if field.name in CHECKED_ELSEWHERE or not field.editable:
            continue
        # Wagtail lets drafts leave required fields empty; a submitted revision may still lack them.
        if (field.name in declared or not field.blank) and _is_empty(page, field):
            label = field_label(field)
            findings.append(
                Finding(
                    message=f"Pflichtangabe „{field.verbose_name}“ fehlt.",
                    location=label,
                    hint=f"Bitte das {label} ausfüllen und die Seite erneut zur Prüfung einreichen.",
                )
            )
    return findings


def _is_empty(page: Page, field: models.Field) -> bool:
    if field.many_to_many:
        return not getattr(page, field.name).all()
    value = getattr(page, field.attname)
    if isinstance(field, StreamField):
        return not value
    if isinstance(field, RichTextField):
        return not strip_tags(value or "").strip()
    if isinstance(value, str):
        return not value.strip()
    return value is None
