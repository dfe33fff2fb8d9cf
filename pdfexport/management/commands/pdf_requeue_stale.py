"""``manage.py pdf_requeue_stale``: queue again the PDF renders of workers that died.

Meant for cron every minute (``make run`` calls it too). A worker killed mid-render
leaves its job "RUNNING" and the PDF "wird erstellt" for ever; once the render's
lease (``IQ_PDF_LEASE_SECONDS``) has lapsed, this marks the job failed and queues
a fresh one (``pdfexport/requeue.py``). Prints nothing when nothing was lost,
so that cron mails only news.
"""

from django.core.management.base import BaseCommand

from pdfexport.jobs import render_revision_pdf
from pdfexport.requeue import pdf_requeue_stale


class Command(BaseCommand):
    help = (
        "Reiht PDF-Erstellungen neu ein, deren Hintergrunddienst ausgefallen ist "
        "(für cron, jede Minute; Frist: IQ_PDF_LEASE_SECONDS)."
    )

    def handle(self, *args, **options) -> None:
        for outcome in pdf_requeue_stale(task=render_revision_pdf):
            if outcome.given_up:
                self.stdout.write(
                    self.style.ERROR(
                        f"Aufgegeben: PDF ({outcome.kind}) von Revision {outcome.revision_id} "
                        f"nach {outcome.attempt} Versuchen."
                    )
                )
            else:
                self.stdout.write(
                    f"Neu eingereiht: PDF ({outcome.kind}) von Revision {outcome.revision_id}, "
                    f"Versuch {outcome.attempt}."
                )
