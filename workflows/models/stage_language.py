"""Review stages that apply to the editions in one language only.

An English edition goes through its type's workflow like the German one
(docs/i18n.md), and some stages make sense for one language only: „Lektorat
(EN)“ reads English. The administrator sets „Gilt für“ on the stage; an edition
in another language skips it (``review_task.stage_skip``).

The language of an edition is its locale's code; an object without a locale
(a snippet that is not translatable) is written in the site language.
"""

from django.conf import settings
from django.db import models

ALL_EDITIONS = ""

# „nur englische Fassungen“ needs the German adjective; a content language
# added to the settings without one here is named as the settings name it.
_ADJECTIVES = {"de": "deutsche", "en": "englische"}


def _adjective(code: str) -> str:
    return _ADJECTIVES.get(code) or dict(settings.WAGTAIL_CONTENT_LANGUAGES).get(code, code)


LANGUAGE_CHOICES = [
    (ALL_EDITIONS, "alle Fassungen"),
    *((code, f"nur {_adjective(code)} Fassungen") for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES),
]


def edition_language(obj) -> str:
    """The language code of the edition under review."""
    locale = getattr(obj, "locale", None)
    return locale.language_code if locale is not None else settings.LANGUAGE_CODE


def stage_applies(*, language: str, edition: str) -> bool:
    """Whether a stage for ``language`` („“: every edition) reviews an edition in ``edition``."""
    return language in (ALL_EDITIONS, edition)


def skip_reason(*, language: str) -> str:
    """What the workflow history says of a stage skipped for an edition in another language."""
    return f"Übersprungen: Gilt nur für {_adjective(language)} Fassungen."


class StageLanguage(models.Model):
    """The „Gilt für“ field of the human review stages."""

    language = models.CharField(
        "Gilt für",
        max_length=16,
        choices=LANGUAGE_CHOICES,
        default=ALL_EDITIONS,
        blank=True,
        help_text=(
            "Welche Fassungen dieser Schritt prüft. Fassungen in einer anderen Sprache überspringen ihn: "
            "niemand aus seinen Gruppen wird benachrichtigt, und der Workflow geht zum nächsten Schritt."
        ),
    )

    class Meta:
        abstract = True

    def applies_to(self, obj) -> bool:
        return stage_applies(language=self.language, edition=edition_language(obj))
