"""Photo-like demo pictures for IQ konkret, drawn with Pillow and stored as JPEG.

They stand in for the photographs of a real issue: soft light, depth of field,
a little grain. People are anonymous silhouettes on purpose.
"""

import io
import random
from collections.abc import Callable

from django.core.files.images import ImageFile
from django.utils.text import slugify

from wagtail.images.models import Image

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter

SIZE = (1800, 1200)
SKIN = ((241, 204, 170), (198, 145, 104), (141, 94, 62), (224, 178, 140), (96, 64, 44))
HAIR = ((40, 30, 25), (90, 60, 35), (20, 20, 20), (150, 110, 70), (60, 45, 40))


def photo_ensure(*, title: str, render: Callable[[], PILImage.Image]) -> Image:
    """The Wagtail image called ``title``; drawn and stored as JPEG the first time."""
    image = Image.objects.filter(title=title).order_by("pk").first()
    if image is not None:
        return image
    buffer = io.BytesIO()
    render().convert("RGB").save(buffer, format="JPEG", quality=88, optimize=True)
    image = Image(title=title, file=ImageFile(buffer, name=f"{slugify(title)}.jpg"))
    image._set_image_file_metadata()
    image.save()
    return image


# Drawing helpers --------------------------------------------------------------


def _gradient(size, top, bottom) -> PILImage.Image:
    width, height = size
    canvas = PILImage.new("RGB", size)
    draw = ImageDraw.Draw(canvas)
    for y in range(height):
        share = y / max(height - 1, 1)
        colour = tuple(round(a + (b - a) * share) for a, b in zip(top, bottom, strict=True))
        draw.line((0, y, width, y), fill=colour)
    return canvas


def _finish(canvas: PILImage.Image, *, blur: float = 1.2) -> PILImage.Image:
    """Soften the drawing, darken the edges and add grain so it reads as a photograph."""
    canvas = canvas.filter(ImageFilter.GaussianBlur(blur))
    mask = PILImage.new("L", canvas.size, 0)
    ImageDraw.Draw(mask).ellipse((-200, -150, canvas.width + 200, canvas.height + 150), fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(160))
    darker = canvas.point(lambda value: value * 0.72)
    canvas = PILImage.composite(canvas, darker, mask)
    noise = PILImage.effect_noise(canvas.size, 40).convert("RGB")
    return PILImage.blend(canvas, noise, 0.04)


def _bokeh(canvas: PILImage.Image, *, seed: int, colours, count: int = 26) -> PILImage.Image:
    """Out-of-focus light spots in the background, placed by ``seed`` so every run draws the same."""
    rng = random.Random(seed)  # noqa: S311
    layer = PILImage.new("RGBA", canvas.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(count):
        x, y, r = rng.randint(0, canvas.width), rng.randint(0, canvas.height * 2 // 3), rng.randint(30, 110)
        colour = rng.choice(colours)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(*colour, rng.randint(40, 90)))
    layer = layer.filter(ImageFilter.GaussianBlur(18))
    return PILImage.alpha_composite(canvas.convert("RGBA"), layer).convert("RGB")


def _person(draw, *, x: int, y: int, scale: float, skin, hair, shirt, long_hair: bool = False) -> None:
    """A head-and-shoulders figure whose head centre is at (x, y)."""
    head = 95 * scale
    shoulders = 260 * scale
    draw.rounded_rectangle(
        (x - shoulders, y + head * 1.25, x + shoulders, y + head * 6),
        radius=int(150 * scale),
        fill=shirt,
    )
    draw.rectangle((x - head * 0.38, y + head * 0.6, x + head * 0.38, y + head * 1.45), fill=skin)
    if long_hair:
        draw.rounded_rectangle(
            (x - head * 1.1, y - head * 1.05, x + head * 1.1, y + head * 1.6), radius=int(head), fill=hair
        )
    draw.ellipse((x - head * 0.82, y - head, x + head * 0.82, y + head), fill=skin)
    draw.chord((x - head * 0.9, y - head * 1.12, x + head * 0.9, y + head * 0.55), 180, 360, fill=hair)


def _window_light(draw, box, *, glow=(255, 248, 230)) -> None:
    left, top, right, bottom = box
    draw.rectangle(box, fill=glow)
    mid = (left + right) // 2
    draw.line((mid, top, mid, bottom), fill=(205, 200, 190), width=14)
    draw.line((left, (top + bottom) // 2, right, (top + bottom) // 2), fill=(205, 200, 190), width=14)


# Scenes -----------------------------------------------------------------------


def video_call() -> PILImage.Image:
    """A counsellor's desk: a laptop showing a video consultation with a client."""
    canvas = _bokeh(
        _gradient(SIZE, (214, 226, 236), (170, 182, 196)), seed=1, colours=[(255, 240, 200), (210, 230, 255)]
    )
    draw = ImageDraw.Draw(canvas)
    _window_light(draw, (80, 70, 560, 620))
    draw.rectangle((0, 860, SIZE[0], SIZE[1]), fill=(150, 112, 80))  # desk
    draw.polygon([(420, 870), (1380, 870), (1480, 990), (320, 990)], fill=(60, 64, 72))  # keyboard base
    draw.rectangle((470, 260, 1330, 860), fill=(40, 44, 52))  # lid
    draw.rectangle((500, 290, 1300, 830), fill=(225, 232, 240))  # screen
    tile = _gradient((580, 500), (150, 176, 192), (110, 136, 152))  # the client's video, cut to the tile
    _person(
        ImageDraw.Draw(tile), x=290, y=210, scale=0.95, skin=SKIN[2], hair=HAIR[2], shirt=(200, 80, 60), long_hair=True
    )
    canvas.paste(tile, (520, 310))
    draw.rectangle((1120, 310, 1280, 430), fill=(90, 110, 120))
    _person(draw, x=1200, y=355, scale=0.28, skin=SKIN[0], hair=HAIR[3], shirt=(0, 84, 140))
    draw.rectangle((1120, 450, 1280, 810), fill=(245, 247, 250))
    for row in range(7):
        draw.rectangle((1135, 470 + row * 46, 1265 - (row % 3) * 30, 486 + row * 46), fill=(170, 185, 200))
    draw.ellipse((1500, 760, 1640, 880), fill=(240, 240, 235))  # mug
    draw.rectangle((1520, 790, 1620, 900), fill=(0, 120, 120))
    draw.polygon([(150, 860), (260, 620), (330, 860)], fill=(70, 120, 70))  # plant
    return _finish(canvas)


def paper_to_screen() -> PILImage.Image:
    """Ring binders and loose certificates beside a tablet with an online form."""
    canvas = _gradient(SIZE, (236, 232, 224), (196, 188, 176))
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 900, SIZE[0], SIZE[1]), fill=(120, 92, 70))
    for index, colour in enumerate([(180, 50, 50), (40, 90, 150), (200, 160, 40), (60, 120, 80), (110, 70, 130)]):
        left = 120 + index * 110
        draw.rectangle((left, 300 + (index % 2) * 30, left + 96, 900), fill=colour)
        draw.ellipse((left + 28, 640, left + 68, 680), fill=(235, 235, 230))
        draw.rectangle((left + 16, 380, left + 80, 460), fill=(240, 238, 230))
    for index in range(4):
        offset = index * 14
        draw.polygon(
            [(720 + offset, 820 - offset), (1060 + offset, 790 - offset), (1090 + offset, 900), (740 + offset, 900)],
            fill=(250, 250, 246),
        )
    draw.rounded_rectangle((1120, 320, 1660, 1010), radius=40, fill=(30, 32, 38))
    draw.rectangle((1150, 360, 1630, 970), fill=(246, 248, 251))
    draw.rectangle((1150, 360, 1630, 430), fill=(0, 84, 140))
    for row in range(6):
        top = 470 + row * 80
        draw.rectangle((1180, top, 1400, top + 14), fill=(120, 130, 140))
        draw.rectangle((1180, top + 26, 1600, top + 60), outline=(160, 170, 180), width=4, fill=(255, 255, 255))
    draw.rounded_rectangle((1420, 920, 1600, 955), radius=12, fill=(0, 140, 140))
    return _finish(canvas)


def rural_counselling() -> PILImage.Image:
    """Fields, a village and a small community centre under a wide sky."""
    canvas = _gradient(SIZE, (150, 190, 230), (230, 236, 240))
    draw = ImageDraw.Draw(canvas)
    draw.ellipse((1300, 120, 1460, 280), fill=(255, 244, 200))
    for index, colour in enumerate([(120, 160, 80), (190, 180, 90), (100, 145, 70), (160, 170, 80)]):
        top = 640 + index * 140
        draw.polygon([(0, top), (SIZE[0], top - 60), (SIZE[0], top + 140), (0, top + 200)], fill=colour)
    for index in range(5):
        left = 200 + index * 150
        draw.rectangle((left, 520, left + 110, 640), fill=(236, 226, 210))
        draw.polygon([(left - 12, 525), (left + 55, 450), (left + 122, 525)], fill=(160, 60, 50))
    draw.rectangle((950, 480, 1260, 650), fill=(245, 242, 236))  # community centre
    draw.polygon([(930, 485), (1105, 400), (1280, 485)], fill=(90, 90, 100))
    for index in range(4):
        draw.rectangle((980 + index * 70, 530, 1025 + index * 70, 590), fill=(255, 236, 170))
    draw.line((1450, 650, 1450, 250), fill=(120, 120, 125), width=10)  # mobile mast
    for arm in (280, 330):
        draw.line((1410, arm, 1490, arm), fill=(120, 120, 125), width=8)
    draw.polygon([(820, SIZE[1]), (900, 640), (930, 640), (1040, SIZE[1])], fill=(150, 150, 150))
    return _finish(canvas, blur=1.5)


def portrait(*, skin_index: int = 1, shirt=(0, 128, 128)) -> PILImage.Image:
    """One person, head and shoulders, before a blurred ward window."""
    canvas = _bokeh(
        _gradient(SIZE, (196, 214, 222), (150, 170, 180)), seed=5, colours=[(255, 250, 220), (200, 230, 240)]
    )
    draw = ImageDraw.Draw(canvas)
    _person(draw, x=1000, y=470, scale=1.9, skin=SKIN[skin_index], hair=HAIR[2], shirt=shirt, long_hair=True)
    return _finish(canvas)


def dutch_canal() -> PILImage.Image:
    """Gabled canal houses, a bridge and bicycles: the neighbours' view."""
    canvas = _gradient(SIZE, (170, 200, 226), (226, 232, 236))
    draw = ImageDraw.Draw(canvas)
    colours = [(120, 60, 50), (90, 50, 45), (150, 90, 60), (70, 60, 60), (140, 70, 55), (100, 80, 70)]
    for index, colour in enumerate(colours):
        left = index * 300
        top = 220 + (index % 3) * 50
        draw.rectangle((left, top, left + 290, 760), fill=colour)
        draw.polygon([(left, top), (left + 145, top - 130), (left + 290, top)], fill=colour)
        for row in range(3):
            for col in range(3):
                wx, wy = left + 35 + col * 85, top + 40 + row * 150
                draw.rectangle((wx, wy, wx + 50, wy + 90), fill=(235, 238, 230))
    draw.rectangle((0, 760, SIZE[0], 830), fill=(120, 120, 118))  # quay
    draw.rectangle((0, 830, SIZE[0], SIZE[1]), fill=(60, 90, 100))  # water
    draw.arc((600, 700, 1200, 1100), 180, 360, fill=(150, 140, 130), width=40)  # bridge
    for x in (260, 380, 1400):
        draw.ellipse((x, 720, x + 60, 780), outline=(30, 30, 30), width=6)
        draw.ellipse((x + 80, 720, x + 140, 780), outline=(30, 30, 30), width=6)
        draw.line((x + 30, 750, x + 80, 715, x + 110, 750), fill=(30, 30, 30), width=6)
    reflection = canvas.crop((0, 500, SIZE[0], 830)).transpose(PILImage.Transpose.FLIP_TOP_BOTTOM)
    reflection = reflection.filter(ImageFilter.GaussianBlur(8)).resize((SIZE[0], SIZE[1] - 830))
    canvas.paste(PILImage.blend(reflection, PILImage.new("RGB", reflection.size, (60, 90, 100)), 0.55), (0, 830))
    return _finish(canvas)


def training_room() -> PILImage.Image:
    """A skills lab: trainees around a practice bed, seen from behind."""
    canvas = _gradient(SIZE, (238, 236, 230), (206, 200, 190))
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((300, 160, 1500, 600), fill=(250, 250, 250), outline=(170, 170, 170), width=10)  # whiteboard
    for row in range(5):
        draw.line((380, 240 + row * 70, 900 - row * 60, 240 + row * 70), fill=(40, 90, 150), width=10)
    draw.rectangle((1000, 250, 1400, 520), outline=(0, 128, 128), width=10)
    draw.rectangle((450, 700, 1350, 820), fill=(230, 236, 240))  # bed
    draw.rectangle((450, 820, 1350, 860), fill=(150, 160, 170))
    for index, x in enumerate((300, 700, 1150, 1550)):
        _person(
            draw,
            x=x,
            y=860,
            scale=1.0,
            skin=HAIR[index % 5],
            hair=HAIR[index % 5],
            shirt=[(0, 128, 128), (240, 240, 240)][index % 2],
        )
    return _finish(canvas)


def cover_digital() -> PILImage.Image:
    """Cover 1/2024: hands on a tablet, certificates turning into checked online steps."""
    canvas = _bokeh(
        _gradient((2000, 1330), (0, 80, 130), (0, 50, 90)), seed=11, colours=[(120, 200, 255), (255, 220, 120)]
    )
    draw = ImageDraw.Draw(canvas)
    draw.rounded_rectangle((640, 260, 1360, 1240), radius=50, fill=(25, 28, 34))
    draw.rectangle((690, 320, 1310, 1180), fill=(245, 248, 252))
    for row in range(5):
        top = 380 + row * 150
        done = row < 3
        draw.ellipse((730, top, 810, top + 80), fill=(0, 150, 120) if done else (200, 206, 214))
        if done:
            draw.line((748, top + 42, 765, top + 60, 795, top + 22), fill=(255, 255, 255), width=10)
        draw.rectangle((840, top + 14, 1240 - row * 30, top + 34), fill=(60, 70, 85))
        draw.rectangle((840, top + 50, 1150 - row * 20, top + 64), fill=(170, 180, 195))
    for x, y, angle in [(200, 300, 12), (260, 760, -8), (1500, 380, -14), (1560, 820, 9)]:
        sheet = PILImage.new("RGBA", (300, 400), (250, 248, 240, 255))
        sheet_draw = ImageDraw.Draw(sheet)
        for row in range(8):
            sheet_draw.rectangle((30, 40 + row * 40, 270 - (row % 3) * 40, 52 + row * 40), fill=(150, 150, 160, 255))
        sheet_draw.ellipse((200, 300, 270, 370), outline=(180, 40, 40, 255), width=6)
        sheet = sheet.rotate(angle, expand=True, resample=PILImage.Resampling.BICUBIC)
        canvas.paste(sheet, (x, y), sheet)
    draw = ImageDraw.Draw(canvas)
    draw.ellipse((560, 1080, 760, 1330), fill=SKIN[1])  # thumb
    draw.ellipse((1240, 1100, 1420, 1330), fill=SKIN[1])
    return _finish(canvas, blur=1.4)


def cover_care() -> PILImage.Image:
    """Cover 2/2024: a nursing team of different origins, in warm light."""
    canvas = _bokeh(
        _gradient((2000, 1330), (250, 226, 190), (196, 150, 120)), seed=12, colours=[(255, 250, 230), (255, 210, 160)]
    )
    draw = ImageDraw.Draw(canvas)
    _window_light(draw, (1450, 80, 1950, 700), glow=(255, 246, 222))
    canvas = canvas.filter(ImageFilter.GaussianBlur(5))
    draw = ImageDraw.Draw(canvas)
    for index, (x, y, scale) in enumerate([(480, 560, 1.35), (1000, 470, 1.55), (1520, 590, 1.3)]):
        _person(draw, x=x, y=y, scale=scale, skin=SKIN[(index * 2 + 1) % 5], hair=HAIR[(index + 2) % 5],
                shirt=[(0, 128, 128), (40, 100, 160), (230, 236, 240)][index], long_hair=index != 2)  # fmt: skip
    draw.line((880, 880, 960, 1000, 1100, 1010, 1180, 890), fill=(50, 50, 55), width=14)  # stethoscope
    draw.ellipse((1080, 990, 1140, 1050), fill=(160, 165, 170))
    return _finish(canvas, blur=1.3)
