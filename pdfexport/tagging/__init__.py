"""Repairs of the tag tree WeasyPrint writes, so that published PDFs are PDF/UA-1 (docs/pdf-engine.md)."""

from .repair import pdf_tags_repair

__all__ = ["pdf_tags_repair"]
