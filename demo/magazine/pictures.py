"""The pictures of the demo issues: photo-like scenes and bar charts, drawn once."""

from wagtail.images.models import Image

from demo.images import graphics, photos


def _photo(title: str, render) -> Image:
    return photos.photo_ensure(title=f"IQ konkret: {title} (Demo)", render=render)


def _chart(title: str, bars: list[tuple[str, float]], unit: str = "") -> Image:
    return graphics.image_ensure(
        title=f"IQ konkret – Diagramm: {title} (Demo)",
        render=lambda: graphics.bar_chart(title=title, bars=bars, unit=unit),
    )


def images_2024_1() -> dict:
    return {
        "cover": _photo("Titel 1/2024 – Anerkennung digital", photos.cover_digital),
        "paper": _photo("Aktenordner und Online-Formular", photos.paper_to_screen),
        "video": _photo("Videoberatung am Laptop", photos.video_call),
        "rural": _photo("Ländlicher Raum mit Gemeindehaus", photos.rural_counselling),
        "chart_online": _chart(
            "Vollständig elektronisch eingegangene Anträge",
            [("2020", 19), ("2021", 27), ("2022", 41), ("2023", 58)],
            unit=" %",
        ),
    }


def images_2024_2() -> dict:
    return {
        "cover": _photo("Titel 2/2024 – Pflege braucht Vielfalt", photos.cover_care),
        "training": _photo("Skills Lab einer Pflegeschule", photos.training_room),
        "portrait": _photo("Pflegefachkraft auf Station", photos.portrait),
        "canal": _photo("Gracht mit Giebelhäusern", photos.dutch_canal),
        "chart_care": _chart(
            "IQ Qualifizierungen in Gesundheitsberufen 2023",
            [
                ("Pflege", 2100),
                ("Medizin", 640),
                ("Physiotherapie", 210),
                ("Hebammenwesen", 90),
                ("Med.-techn. Berufe", 80),
            ],
        ),
    }
