"""The download statistics' background job (Django tasks API)."""

from django_tasks import task

from .persist import downloads_persist


@task()
def persist_pdf_downloads() -> int:
    """Move the download counters into the database; returns the downloads moved.
    Cron runs the same work as ``manage.py downloads_persist``."""
    return downloads_persist().downloads
