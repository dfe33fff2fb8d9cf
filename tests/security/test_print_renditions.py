"""Print renditions are made by the PDF worker, never by a reader's request.

The print layer asks for large JPEGs (a figure at width-1600, a magazine cover
at 2000 × 1330); each costs a full decode and encode of the original. Only the
print templates ask for them, only ``pdf_print_html`` renders those, and only
the worker calls it. Web templates stay at web sizes.
"""

import re
from pathlib import Path

from django.conf import settings

from wagtail.images import get_image_model

import pytest
import wagtail_factories

from cms.stream_data import figure
from factsheets.factories import FactSheetPageFactory
from pdfexport.models import PublicationPDF
from workflows.publish_guard import publishing_authorised

ROOT = Path(settings.BASE_DIR)
PRODUCT_APPS = ("cms", "pdfexport", "magazine", "factsheets", "dossiers", "goodpractice", "workflows")
#: The widest and tallest image a web page shows (a figure, a header cover, a share image).
WEB_MAX_PIXELS = 1200
#: What renders the print layer: the worker's render and the review checks, which
#: run as a job as well (workflows/jobs.py); the definitions themselves.
PRINT_RENDERERS = {
    "pdfexport/revision_render.py",
    "pdfexport/routes.py",
    "pdfexport/publication.py",
    "workflows/checks/context.py",
}
IMAGE_TAG = re.compile(r"\{%\s*image\s+\S+\s+(?P<specs>[^%]*?)(?:\s+as\s+\w+)?\s*%\}")
DIMENSIONS = re.compile(r"\b(?:fill|max|min|width|height|scale)-(\d+)(?:x(\d+))?")
# A shared block's print branch: {% if is_print %}…{% else %} or …{% endif %}.
PRINT_BRANCH = re.compile(r"\{%\s*if is_print\s*%\}.*?\{%\s*(?:else|endif)\s*%\}", re.DOTALL)


def _renditions(image) -> set[tuple[str, int, int]]:
    rendition_model = get_image_model().get_rendition_model()
    return set(rendition_model.objects.filter(image=image).values_list("filter_spec", "width", "height"))


@pytest.fixture
def large_photo(db):
    """Larger than every rendition, so each spec shows its full size."""
    return wagtail_factories.ImageFactory(title="Beratungsgespräch", file__width=2400, file__height=1600)


@pytest.mark.django_db
def test_a_reader_makes_web_renditions_only_and_the_worker_makes_the_print_ones(
    client, fact_sheet_index, legal_pages, large_photo, django_capture_on_commit_callbacks
):
    page = FactSheetPageFactory(
        parent=fact_sheet_index,
        live=False,
        cover_image=large_photo,
        cover_alt="Eine Beraterin im Gespräch.",
        body=[figure(large_photo, alt="Eine Beraterin im Gespräch.")],
    )
    # Published, with the worker's jobs held back: the reader comes first.
    with django_capture_on_commit_callbacks(execute=False) as worker_jobs, publishing_authorised():
        page.save_revision().publish()
    page.refresh_from_db()

    response = client.get(page.url)
    assert response.status_code == 200
    web = _renditions(large_photo)
    assert web, "the page shows its cover and figure"
    assert all(width <= WEB_MAX_PIXELS and height <= WEB_MAX_PIXELS for _, width, height in web)
    assert not any("format-jpeg" in spec for spec, _, _ in web)

    for job in worker_jobs:
        job()
    assert PublicationPDF.objects.filter(revision=page.live_revision).exists()
    made_by_worker = _renditions(large_photo) - web
    assert {(spec, width) for spec, width, _ in made_by_worker} == {("width-1600|format-jpeg|jpegquality-85", 1600)}

    # A reader after the render still costs no new rendition.
    client.get(page.url)
    assert _renditions(large_photo) == web | made_by_worker


def _python_files():
    for app in PRODUCT_APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" not in path.parts:
                yield path


def test_only_the_worker_path_renders_the_print_layer():
    callers = {
        str(path.relative_to(ROOT))
        for path in _python_files()
        if re.search(r"\b(pdf_print_html|get_print_template)\b", path.read_text())
    }
    assert callers <= PRINT_RENDERERS, f"print templates rendered outside the worker: {callers - PRINT_RENDERERS}"


def _is_print_template(path: Path) -> bool:
    return path.name.endswith("_print.html") or "print" in path.parts or path.is_relative_to(ROOT / "pdfexport")


def _web_image_tags():
    for app in PRODUCT_APPS:
        for path in (ROOT / app / "templates").rglob("*.html"):
            if _is_print_template(path):
                continue
            web_only = PRINT_BRANCH.sub("", path.read_text())
            for tag in IMAGE_TAG.finditer(web_only):
                yield path.relative_to(ROOT), tag.group("specs")


def test_web_templates_ask_for_web_sizes_only():
    tags = list(_web_image_tags())
    assert tags, "the pattern finds the web templates' image tags"
    too_large = [
        (str(path), specs)
        for path, specs in tags
        for match in DIMENSIONS.finditer(specs)
        if any(int(size) > WEB_MAX_PIXELS for size in match.groups() if size)
    ]
    assert too_large == []
