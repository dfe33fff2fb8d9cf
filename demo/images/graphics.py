"""Flat graphics for the demo (logos, charts, cover motifs), stored as PNG.

The logos are look-alikes for the demo, not the official marks: a real
deployment uploads the logos from the funders' publicity kits.
"""

import io
import math
from collections.abc import Callable, Sequence

from django.core.files.images import ImageFile
from django.utils.text import slugify

from wagtail.images.models import Image

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

EU_BLUE = (0, 51, 153)
EU_YELLOW = (255, 204, 0)
IQ_BLUE = (0, 84, 140)
IQ_TEAL = (0, 140, 140)
INK = (30, 30, 30)
WHITE = (255, 255, 255)
FEDERAL_COLOURS = ((0, 0, 0), (221, 0, 0), (255, 206, 0))


def image_ensure(*, title: str, render: Callable[[], PILImage.Image]) -> Image:
    """The Wagtail image called ``title``; drawn and stored only the first time."""
    image = Image.objects.filter(title=title).order_by("pk").first()
    if image is not None:
        return image
    buffer = io.BytesIO()
    render().save(buffer, format="PNG", optimize=True)
    image = Image(title=title, file=ImageFile(buffer, name=f"{slugify(title)}.png"))
    # The admin's upload form sets size and hash; the model API leaves that to us.
    image._set_image_file_metadata()
    image.save()
    return image


def _font(size: int) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size=size)
    except OSError:
        # Pillow's bundled font has no umlauts, but a demo without DejaVu still runs.
        return ImageFont.load_default(size=size)


def _star(draw: ImageDraw.ImageDraw, *, centre: tuple[float, float], radius: float, fill) -> None:
    points = []
    for index in range(10):
        angle = -math.pi / 2 + index * math.pi / 5
        distance = radius if index % 2 == 0 else radius * 0.382
        points.append((centre[0] + distance * math.cos(angle), centre[1] + distance * math.sin(angle)))
    draw.polygon(points, fill=fill)


def eu_emblem_logo() -> PILImage.Image:
    """The EU flag (12 stars on a circle) with the ESF Plus co-funding statement."""
    canvas = PILImage.new("RGB", (760, 160), WHITE)
    draw = ImageDraw.Draw(canvas)
    flag_height = 120
    left, top = 20, 20
    draw.rectangle((left, top, left + flag_height * 3 // 2, top + flag_height), fill=EU_BLUE)
    centre_x, centre_y = left + flag_height * 3 / 4, top + flag_height / 2
    # Proportions of the official emblem: circle radius 1/3, star radius 1/18 of the height.
    for index in range(12):
        angle = index * math.pi / 6
        _star(
            draw,
            centre=(centre_x + flag_height / 3 * math.sin(angle), centre_y - flag_height / 3 * math.cos(angle)),
            radius=flag_height / 18,
            fill=EU_YELLOW,
        )
    font = _font(34)
    draw.text((left + flag_height * 3 // 2 + 30, 42), "Kofinanziert von der", font=font, fill=INK)
    draw.text((left + flag_height * 3 // 2 + 30, 86), "Europäischen Union", font=font, fill=INK)
    return canvas


def federal_ministry_logo(*, lines: Sequence[str]) -> PILImage.Image:
    """A ministry word mark: the federal colours as a bar beside the ministry's name."""
    canvas = PILImage.new("RGB", (760, 160), WHITE)
    draw = ImageDraw.Draw(canvas)
    stripe = 40
    for index, colour in enumerate(FEDERAL_COLOURS):
        draw.rectangle((20, 20 + index * stripe, 34, 20 + (index + 1) * stripe), fill=colour)
    font = _font(32)
    for index, line in enumerate(lines):
        draw.text((60, 24 + index * 40), line, font=font, fill=INK)
    return canvas


def _de_number(value: float) -> str:
    text = f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"
    return text.replace(",", "\u202f").replace(".", ",").replace("\u202f", ".")


def bar_chart(*, title: str, bars: Sequence[tuple[str, float]], unit: str = "") -> PILImage.Image:
    """A horizontal bar chart; the page that shows it carries the same data as text."""
    row, label_width, chart_width = 64, 380, 700
    canvas = PILImage.new("RGB", (label_width + chart_width + 160, 110 + row * len(bars)), WHITE)
    draw = ImageDraw.Draw(canvas)
    draw.text((30, 24), title, font=_font(36), fill=INK)
    font = _font(28)
    largest = max(value for _, value in bars)
    for index, (label, value) in enumerate(bars):
        top = 90 + index * row
        draw.text((30, top + 8), label, font=font, fill=INK)
        length = round(chart_width * value / largest)
        draw.rectangle((label_width, top, label_width + length, top + row - 18), fill=IQ_BLUE)
        draw.text((label_width + length + 12, top + 8), f"{_de_number(value)}{unit}", font=font, fill=INK)
    return canvas


def cover_graphic(*, kicker: str, accent: tuple[int, int, int]) -> PILImage.Image:
    """An abstract cover motif: rising bars over the programme colours."""
    canvas = PILImage.new("RGB", (1200, 675), IQ_BLUE)
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 500, 1200, 675), fill=accent)
    for index, height in enumerate((140, 210, 180, 290, 260, 360)):
        left = 640 + index * 85
        draw.rectangle((left, 500 - height, left + 60, 500), fill=WHITE if index % 2 else EU_YELLOW)
    draw.text((60, 80), kicker, font=_font(64), fill=WHITE)
    draw.text((60, 170), "Integration durch Qualifizierung", font=_font(40), fill=WHITE)
    return canvas


def stacked_sheets(*, accent: tuple[int, int, int]) -> PILImage.Image:
    """Stacked sheets of paper with text lines: an abstract motif for a text-heavy dossier."""
    canvas = PILImage.new("RGB", (1600, 700), IQ_BLUE)
    draw = ImageDraw.Draw(canvas)
    for index, shade in enumerate(((205, 222, 236), (230, 239, 246), (255, 255, 255))):
        left, top = 620 + index * 140, 110 + index * 50
        draw.rectangle((left, top, left + 420, top + 560), fill=shade)
        for line in range(9):
            width = 330 if line % 4 != 3 else 210
            draw.rectangle(
                (left + 45, top + 70 + line * 48, left + 45 + width, top + 84 + line * 48), fill=(0, 64, 110)
            )
    draw.ellipse((160, 170, 520, 530), fill=accent)
    draw.ellipse((250, 260, 430, 440), fill=IQ_BLUE)
    return canvas
