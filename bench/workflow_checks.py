"""What the automated checks of the review workflow cost per publication:
seconds without the PDF proof, seconds to render the proof, seconds for a
re-run with the proof stored, and database queries.

    make bench            (or: .venv/bin/python bench/workflow_checks.py [--runs N])

Run against the demo (``seed_demo``). Medians over ``--runs`` (default 3). The
proof render is measured once per publication, cold, as on a first submission.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from wagtail.models import Page  # noqa: E402

from pdfexport.models import PdfKind, PdfRender, PublicationPDF  # noqa: E402
from pdfexport.publication import publication_models  # noqa: E402
from workflows.checks import checks_registered, checks_run  # noqa: E402


def _timed(function):
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        result = function()
    return time.perf_counter() - started, len(queries), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    publications = list(Page.objects.live().type(*publication_models()).specific().order_by("path"))
    if not publications:
        print("No live publications: run `python manage.py seed_demo` first.")
        return 1
    without_pdf = [check.code for check in checks_registered() if check.code != "pdf_proof"]
    columns = ("checks s", "proof s", "all s", "queries", "errors", "warnings")
    print(f"{'publication':48} " + " ".join(f"{column:>8}" for column in columns))
    for page in publications:
        revision = page.get_latest_revision()
        light = [_timed(lambda revision=revision: checks_run(revision=revision, codes=without_pdf))]
        light += [_timed(lambda revision=revision: checks_run(revision=revision, codes=without_pdf))]
        # Cold proof: forget this revision's stored proof so it renders as on a first submission.
        PublicationPDF.objects.filter(revision=revision, kind=PdfKind.PROOF).delete()
        PdfRender.objects.filter(revision=revision, kind=PdfKind.PROOF).delete()
        proof_s, _, _ = _timed(lambda revision=revision: checks_run(revision=revision, codes=["pdf_proof"]))
        full = [_timed(lambda revision=revision: checks_run(revision=revision)) for _ in range(args.runs)]
        report = full[-1][2]
        title = f"{page.publication_type_label}: {page.title}"[:48]
        print(
            f"{title:48} {statistics.median(run[0] for run in light):8.2f} {proof_s:8.2f} "
            f"{statistics.median(run[0] for run in full):8.2f} {full[-1][1]:8d} "
            f"{len(report.errors):8d} {len(report.warnings):8d}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
