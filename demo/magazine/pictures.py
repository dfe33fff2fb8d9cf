"""The pictures of the demo issues: photo-like scenes, drawn once. Their charts
are chart blocks drawn from data (``content.chart``), not pictures."""

from wagtail.images.models import Image

from demo.images import photos


def _photo(title: str, render) -> Image:
    return photos.photo_ensure(title=f"IQ konkret: {title} (Demo)", render=render)


def images_2024_1() -> dict:
    return {
        "cover": _photo("Titel 1/2024 – Anerkennung digital", photos.cover_digital),
        "paper": _photo("Aktenordner und Online-Formular", photos.paper_to_screen),
        "video": _photo("Videoberatung am Laptop", photos.video_call),
        "rural": _photo("Ländlicher Raum mit Gemeindehaus", photos.rural_counselling),
    }


def images_2024_2() -> dict:
    return {
        "cover": _photo("Titel 2/2024 – Pflege braucht Vielfalt", photos.cover_care),
        "training": _photo("Skills Lab einer Pflegeschule", photos.training_room),
        "portrait": _photo("Pflegefachkraft auf Station", photos.portrait),
        "canal": _photo("Gracht mit Giebelhäusern", photos.dutch_canal),
    }
