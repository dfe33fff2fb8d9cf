"""Withdrawing a live publication: it stays at its URL with a notice and a
stamped PDF (``cms.models.withdrawal``, ``pdfexport.withdrawal``)."""
