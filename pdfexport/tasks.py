"""Background jobs of the PDF pipeline (Django tasks API)."""

from django_tasks import task

from .services import pdf_render_revision


@task()
def render_revision_pdf(revision_id: int) -> str:
    """Render the PDF of one revision; idempotent, returns its SHA-256."""
    return pdf_render_revision(revision_id=revision_id).sha256
