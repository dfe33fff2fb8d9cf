"""How much of each printed page of the demo issues of IQ konkret is left blank.

    .venv/bin/python bench/print_whitespace.py [--render] [--articles] [--sheets DIR]

Uses the database and media of the environment (DATABASE_URL, MEDIA_ROOT,
IQ_PRIVATE_MEDIA_ROOT; settings ``cms.settings.dev`` unless
DJANGO_SETTINGS_MODULE says otherwise). By default it reads the newest stored
PDF of each live issue; ``--render`` renders the issues' live revisions now with
the current templates and print CSS instead (untagged, which lays out alike and
is faster), so a layout change can be measured without seeding again.

Each page is rasterised (``pdftoppm``, 40 dpi, greyscale) and cropped to the
text area of the shared ``@page`` rule (the margins hold only the running head
and footer). The text area is split into its two columns; in each, everything
below the lowest inked row counts as blank. A page's figure is the mean of its
two columns, so a page with one full column beside an empty one is half blank.
The cover (no margins, a full-bleed picture) reads as full.

Prints the share per page, the emptiest page of each issue and, with
``--articles``, the same for the single-article PDFs of each issue. With
``--sheets DIR`` it saves one contact sheet per PDF as PNG (Pillow).
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

from PIL import Image  # noqa: E402

DPI = 40
MM = DPI / 25.4
# The text area of pdfexport/static/pdfexport/print.css: @page margins top right bottom left.
MARGINS_MM = (22, 20, 24, 22)
# Lighter than the palest box background (#eef4f9) is paper.
INK_BELOW = 236


def page_images(*, pdf: bytes, workdir: Path) -> list[Image.Image]:
    source = workdir / "document.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(source), str(workdir / "page")], check=True)
    return [Image.open(path).convert("L") for path in sorted(workdir.glob("page-*.png"))]


def blank_share(image: Image.Image) -> float:
    """The share of the page's text area below the last ink, mean of both columns."""
    top, right, bottom, left = (round(value * MM) for value in MARGINS_MM)
    area = image.crop((left, top, image.width - right, image.height - bottom))
    width, height = area.size
    pixels = area.load()
    shares = []
    for start, stop in ((0, width // 2), (width // 2, width)):
        lowest = -1
        for y in range(height - 1, -1, -1):
            if any(pixels[x, y] < INK_BELOW for x in range(start, stop)):
                lowest = y
                break
        shares.append((height - 1 - lowest) / height)
    return sum(shares) / len(shares)


def contact_sheet(*, images: list[Image.Image], target: Path, columns: int = 7) -> None:
    width, height = images[0].size
    rows = -(-len(images) // columns)
    gap = 6
    sheet = Image.new("L", (columns * (width + gap) + gap, rows * (height + gap) + gap), 160)
    for index, image in enumerate(images):
        row, column = divmod(index, columns)
        sheet.paste(image, (gap + column * (width + gap), gap + row * (height + gap)))
    target.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(target)


def issue_pdfs(*, render: bool, articles: bool) -> list[tuple[str, bytes]]:
    from magazine.models import MagazineArticlePage, MagazineIssuePage
    from pdfexport.models import PdfKind, PublicationPDF
    from pdfexport.rendering import html_render_pdf
    from pdfexport.revision_render import pdf_print_html

    def pdf_of(page) -> bytes | None:
        if render:
            html = pdf_print_html(page=page, revision=page.live_revision)
            return html_render_pdf(html=html, tagged=False).content
        # Only the file's name: a snapshot seeded before a later migration still reads.
        name = (
            PublicationPDF.objects.filter(page=page, kind=PdfKind.PUBLICATION)
            .order_by("-created_at")
            .values_list("file", flat=True)
            .first()
        )
        if name is None:
            return None
        with PublicationPDF._meta.get_field("file").storage.open(name) as stored:
            return stored.read()

    documents = []
    for issue in MagazineIssuePage.objects.live().order_by("path"):
        pages = [issue]
        if articles:
            pages += list(MagazineArticlePage.objects.child_of(issue).live().order_by("path"))
        for page in pages:
            content = pdf_of(page.specific)
            if content is not None:
                documents.append((page.title, content))
    return documents


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--render", action="store_true", help="render the live revisions now instead of reading stored PDFs"
    )
    parser.add_argument("--articles", action="store_true", help="also measure each issue's single-article PDFs")
    parser.add_argument("--sheets", type=Path, help="directory for one PNG contact sheet per PDF")
    args = parser.parse_args()

    for number, (title, content) in enumerate(issue_pdfs(render=args.render, articles=args.articles), start=1):
        with tempfile.TemporaryDirectory() as workdir:
            images = page_images(pdf=content, workdir=Path(workdir))
            shares = [blank_share(image) for image in images]
            if args.sheets:
                slug = "".join(char if char.isalnum() else "-" for char in title.lower()).strip("-")
                contact_sheet(images=images, target=args.sheets / f"{number:02d}-{slug}.png")
        print(f"{title} ({len(shares)} S.)")
        print("  " + "  ".join(f"S.{index}: {share:4.0%}" for index, share in enumerate(shares, start=1)))
        emptiest = max(range(len(shares)), key=shares.__getitem__)
        print(f"  am leersten: S. {emptiest + 1} mit {shares[emptiest]:.0%} leer")
    return 0


if __name__ == "__main__":
    sys.exit(main())
