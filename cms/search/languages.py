"""The text analysis of a language: English for English editions, German for everything else."""

from types import ModuleType

from . import english, german


def analysis_for(language_code: str) -> ModuleType:
    """The module with ``index_text``, ``query_words`` and ``query_stems`` for ``language_code``."""
    return english if language_code == "en" else german
