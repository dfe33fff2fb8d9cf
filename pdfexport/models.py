"""Stored PDFs and the state of their rendering.

``PublicationPDF`` is the archive: one immutable row per rendered revision, print-template
fingerprint and print HTML, its file addressed by SHA-256. ``PdfRender`` tracks
the job that produces it, so readers and editors can see "queued", "rendering"
or "failed" instead of a broken link.
"""

from django.conf import settings
from django.db import models


def pdf_upload_to(instance: "PublicationPDF", filename: str) -> str:
    # Content-addressed: the same bytes always live at the same name.
    digest = instance.sha256
    return f"{settings.IQ_PDF_STORAGE_PREFIX}/{digest[:2]}/{digest}.pdf"


class PdfKind(models.TextChoices):
    PUBLICATION = "publication", "Veröffentlichung"
    # A reviewer's proof of a draft: watermarked, never served to readers.
    PROOF = "proof", "Korrekturabzug"
    # The live revision of a withdrawn publication with the withdrawal notice on
    # page 1 and in a running element; served at ``pdf/`` instead of the original.
    WITHDRAWN = "withdrawn", "Zurückgezogen (mit Hinweis)"


class PdfUaStatus(models.TextChoices):
    """What the independent PDF/UA-1 validator (``validation.py``) said about a stored PDF."""

    PASSED = "passed", "bestanden"
    FAILED = "failed", "nicht bestanden"
    # Stored before the validator was part of the pipeline, or it could not run.
    UNCHECKED = "unchecked", "nicht geprüft"


class PublicationPDF(models.Model):
    kind = models.CharField("Art", max_length=20, choices=PdfKind.choices, default=PdfKind.PUBLICATION)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name="Seite", on_delete=models.CASCADE, related_name="publication_pdfs"
    )
    # SET_NULL so that purging old revisions never deletes the archive.
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name="Revision",
        null=True,
        on_delete=models.SET_NULL,
        related_name="publication_pdfs",
    )
    fingerprint = models.CharField("Vorlagen-Fingerabdruck", max_length=64)
    # Hash of the print HTML: a composite document (an issue with its articles) can
    # change without a new revision of its own page.
    source_sha256 = models.CharField("SHA-256 des Druck-HTML", max_length=64)
    sha256 = models.CharField("SHA-256", max_length=64, db_index=True)
    file = models.FileField("Datei", upload_to=pdf_upload_to, max_length=255)
    page_count = models.PositiveIntegerField("Seiten")
    byte_size = models.PositiveBigIntegerField("Größe (Bytes)")
    tagged = models.BooleanField("Getaggt (PDF/UA-1)", default=True)
    pdfua_status = models.CharField(
        "PDF/UA-1-Prüfung", max_length=12, choices=PdfUaStatus.choices, default=PdfUaStatus.UNCHECKED
    )
    #: One item per failure: ``{"rule_id", "message", "page", "object"}``; page and object
    #: (e.g. "68 0 R") are None where the validator does not say.
    pdfua_failures = models.JSONField("Verstöße gegen PDF/UA-1", default=list, blank=True)
    pdfua_validator = models.CharField("Prüfprogramm", max_length=60, blank=True)
    pdfua_checked_at = models.DateTimeField("Geprüft am", null=True, blank=True)
    created_at = models.DateTimeField("Erstellt", auto_now_add=True)

    class Meta:
        verbose_name = "Publikations-PDF"
        verbose_name_plural = "Publikations-PDFs"
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["revision", "fingerprint", "source_sha256"], name="unique_pdf_per_revision_source"
            )
        ]

    def __str__(self) -> str:
        return f"PDF {self.sha256[:12]} ({self.page_count} S.)"

    @property
    def pdfua_passed(self) -> bool:
        """Only this lets readers be told the PDF is accessible: our own tagging is no proof."""
        return self.pdfua_status == PdfUaStatus.PASSED


class PdfRender(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "In der Warteschlange"
        RENDERING = "rendering", "Wird erstellt"
        READY = "ready", "Fertig"
        FAILED = "failed", "Fehlgeschlagen"

    kind = models.CharField(max_length=20, choices=PdfKind.choices, default=PdfKind.PUBLICATION)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="pdf_renders")
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.CASCADE, related_name="pdf_renders")
    fingerprint = models.CharField(max_length=64)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED)
    error_message = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    # Set when the PDF had to be rendered untagged because tagging crashed.
    untagged_fallback = models.BooleanField(default=False)
    pdf = models.ForeignKey(PublicationPDF, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "PDF-Erstellung"
        verbose_name_plural = "PDF-Erstellungen"
        constraints = [
            models.UniqueConstraint(
                fields=["revision", "fingerprint", "kind"], name="unique_render_per_revision_fingerprint_kind"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_status_display()} – Revision {self.revision_id}"


class PdfDownloadDay(models.Model):
    """Downloads of one publication's public PDF on one day (Europe/Berlin).

    Nothing about the reader is kept: no address, cookie or user agent, only
    the number. Written by ``downloads_persist`` from counters in the cache,
    never on the download itself (``pdfexport/downloads/``).
    """

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name="Publikation", on_delete=models.CASCADE, related_name="pdf_download_days"
    )
    day = models.DateField("Tag")
    count = models.PositiveIntegerField("Downloads", default=0)

    class Meta:
        verbose_name = "PDF-Downloads pro Tag"
        verbose_name_plural = "PDF-Downloads pro Tag"
        constraints = [models.UniqueConstraint(fields=["page", "day"], name="unique_pdf_downloads_per_page_day")]
        indexes = [models.Index(fields=["day"], name="pdf_downloads_day")]

    def __str__(self) -> str:
        return f"{self.day.isoformat()}: {self.count}"


class FastPathGeneration(models.Model):
    """How often the fast path's remembered downloads (``fast_path.py``) of one
    page were invalidated; ``scope`` is the page's id, or 0 for every page.

    In the database, not the cache: with a per-process cache (the embedded
    default's local memory) a second web process went on serving a restricted
    or unpublished PDF for up to a minute. Every process reads the same rows,
    and a change and its invalidation commit together.
    """

    ALL_PAGES = 0

    # No foreign key: the global row has no page, and a deleted page's row is harmless.
    scope = models.PositiveBigIntegerField("Seite (0: alle Seiten)", primary_key=True)
    value = models.PositiveBigIntegerField("Generation", default=0)

    class Meta:
        verbose_name = "Schnellpfad-Generation"
        verbose_name_plural = "Schnellpfad-Generationen"

    def __str__(self) -> str:
        return f"{self.scope}: {self.value}"
