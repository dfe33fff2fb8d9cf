"""The IQ Good Practice cover motifs: a pictogram on the programme's teal."""

from collections.abc import Callable

from PIL import Image as PILImage
from PIL import ImageDraw

from .graphics import EU_YELLOW, WHITE

GP_TEAL = (0, 95, 102)
LIGHT_TEAL = (178, 216, 216)

Pictogram = Callable[[ImageDraw.ImageDraw], None]


def pictogram_cover(*, pictogram: Pictogram) -> PILImage.Image:
    # The pictogram is drawn on a 900×1100 sketch and set into the middle of a 4:3
    # motif, so that both the web's wide crop and the print's upright crop show it whole.
    sketch = PILImage.new("RGB", (900, 1100), GP_TEAL)
    pictogram(ImageDraw.Draw(sketch))
    pictogram_image = sketch.crop((60, 150, 860, 950)).resize((440, 440))
    canvas = PILImage.new("RGB", (1200, 900), GP_TEAL)
    ImageDraw.Draw(canvas).rectangle((0, 760, 1200, 900), fill=LIGHT_TEAL)
    canvas.paste(pictogram_image, (380, 215))
    return canvas


def speech_bubbles(draw: ImageDraw.ImageDraw) -> None:
    draw.rounded_rectangle((110, 170, 610, 500), radius=60, fill=LIGHT_TEAL)
    draw.polygon([(200, 490), (170, 600), (300, 495)], fill=LIGHT_TEAL)
    draw.rounded_rectangle((300, 400, 800, 760), radius=60, fill=WHITE)
    draw.polygon([(690, 750), (730, 860), (600, 755)], fill=WHITE)
    draw.polygon([(580, 440), (470, 600), (545, 600), (500, 720), (630, 540), (555, 540)], fill=EU_YELLOW)


def signpost(draw: ImageDraw.ImageDraw) -> None:
    draw.rectangle((500, 380, 820, 900), fill=WHITE)
    draw.polygon([(470, 390), (660, 230), (850, 390)], fill=WHITE)
    draw.rectangle((610, 680, 710, 900), fill=GP_TEAL)
    for left in (545, 700):
        draw.rectangle((left, 450, left + 75, 530), fill=LIGHT_TEAL)
    draw.rectangle((205, 300, 235, 900), fill=LIGHT_TEAL)
    draw.polygon([(90, 330), (390, 330), (450, 390), (390, 450), (90, 450)], fill=EU_YELLOW)


def tandem(draw: ImageDraw.ImageDraw) -> None:
    draw.line((330, 420, 570, 420), fill=WHITE, width=28)
    draw.ellipse((130, 220, 530, 620), outline=WHITE, width=34)
    draw.ellipse((370, 220, 770, 620), outline=EU_YELLOW, width=34)
    centre_x, centre_y, radius = 450, 780, 90
    draw.ellipse((centre_x - radius, centre_y - radius, centre_x + radius, centre_y + radius), fill=LIGHT_TEAL)
    for dx, dy in ((0, -1), (1, 0), (0, 1), (-1, 0)):
        x, y = centre_x + dx * (radius + 20), centre_y + dy * (radius + 20)
        draw.rectangle((x - 28, y - 28, x + 28, y + 28), fill=LIGHT_TEAL)
    draw.ellipse((centre_x - 38, centre_y - 38, centre_x + 38, centre_y + 38), fill=GP_TEAL)
