"""The funders' notice (ESF Plus publicity rules) is set on every publication that carries one.

A publication either has its own ``funding_notice`` field or takes it from its
parent (a magazine article from its issue); pages that are not publications
(listings under the same workflow) are skipped.
"""

from collections.abc import Iterator

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.utils.html import strip_tags

from pdfexport.publication import is_publication

from .content import field_label
from .registry import check_register
from .report import Finding
from .translation import translation_of, untranslated_findings

FIELD = "funding_notice"
LANGUAGE_NAMES = {"de": "Deutsch", "en": "Englisch"}


@check_register(code="funding_notice", label="Förderhinweis", required=True)
def check_funding_notice(context) -> Iterator[Finding]:
    page = context.page
    if not is_publication(page):
        return
    notice = getattr(page, FIELD)
    location, hint = _where_to_set(page)
    if notice is None:
        yield Finding(message="Es ist kein Förderhinweis gewählt.", location=location, hint=hint)
    elif notice.locale_id != page.locale_id:
        yield _wrong_language(page, notice)
    elif not strip_tags(notice.text or "").strip():
        yield Finding(
            message=f"Der Förderhinweis „{notice}“ hat keinen Text.",
            location=f"Snippet Förderhinweis „{notice}“",
            hint="Bitte unter Snippets › Förderhinweise den Text des Förderhinweises ergänzen.",
        )
    else:
        yield from _untranslated(notice)


def _untranslated(notice) -> Iterator[Finding]:
    """A translated notice (wagtail-localize copies the German one with the page) until every segment is translated."""
    if notice.locale.language_code == settings.LANGUAGE_CODE:
        return
    translation = translation_of(notice)
    if translation is None:
        return
    # The notice's name goes into a format string: its braces must stay text.
    name = str(notice).replace("{", "{{").replace("}", "}}")
    yield from untranslated_findings(
        notice,
        translation,
        message=f"Förderhinweis „{name}“ noch nicht übersetzt: „{{text}}“ (Feld: {{field}})",
        location=f"Snippet Förderhinweis „{name}“",
        hint="Bitte unter Snippets › Förderhinweise die Übersetzung des Förderhinweises vervollständigen "
        "(ein Text, der gleich bleibt, wird unverändert eingetragen).",
    )


def _wrong_language(page, notice) -> Finding:
    """An English page carries the English funding notice (the snippet's translation), not the German one."""
    language = LANGUAGE_NAMES.get(page.locale.language_code, page.locale.language_code)
    translated = notice.get_translation_or_none(page.locale)
    if translated is None:
        hint = (
            f"Bitte unter Snippets › Förderhinweise „{notice}“ übersetzen (Aktion „Übersetzen“) und die "
            "Übersetzung vollständig eintragen; die Seite übernimmt sie beim Synchronisieren."
        )
    else:
        hint = (
            f"Bitte die Übersetzung synchronisieren, damit die Seite den Förderhinweis „{translated}“ in "
            "ihrer Sprache übernimmt."
        )
    return Finding(
        message=f"Der Förderhinweis „{notice}“ ist nicht in der Sprache der Seite ({language}).",
        location=f"Snippet Förderhinweis „{notice}“",
        hint=hint,
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
