"""Demo good practice: the three IQ Good Practice sheets of DOMAIN.md §9, published
under the listing "IQ Good Practice". Texts live in ``demo_sheets.py``."""

from collections.abc import Callable

from PIL import Image as PILImage
from PIL import ImageDraw

from cms import demo_images
from cms.choices import Bundesland, NetworkType
from cms.demo import (
    FUNDING_NOTICE_LABEL,
    PERIOD_ESF_PLUS,
    PUBLISHER_NAME,
    DemoContext,
    demo_seeder,
    page_ensure,
)
from cms.models import ActionArea, FundingNotice, FundingPeriod, Organisation, Person, RegionalNetwork, Topic
from workflows.demo import demo_review_ensure

from . import demo_sheets
from .models import GoodPracticeIndexPage, GoodPracticePage, ProductType, TargetGroup

GP_TEAL = (0, 95, 102)
LIGHT_TEAL = (178, 216, 216)


@demo_seeder(order=50)
def seed_good_practice(*, context: DemoContext) -> None:
    index, _ = page_ensure(
        parent=context.home,
        model=GoodPracticeIndexPage,
        slug="iq-good-practice",
        fields={
            "title": "IQ Good Practice",
            "intro": "Erprobte Ansätze aus dem Förderprogramm IQ, die andere übernehmen können – ausgewählt vom "
            "IQ Beratungsgremium nach den Kriterien transferfähig, innovativ, nachhaltig und effizient.",
            "show_in_menus": True,
        },
    )
    shared = _shared_fields()
    published = [
        page_ensure(parent=index, model=GoodPracticePage, slug=slug, fields={**shared, **fields})[1]
        for slug, fields in _sheets()
    ]
    context.write(f"IQ Good Practice: {len(published)} Blätter ({sum(published)} neu veröffentlicht).")


def _shared_fields() -> dict:
    return {
        "publishers": [Organisation.objects.get(name=PUBLISHER_NAME)],
        "funding_period": FundingPeriod.objects.get(name=PERIOD_ESF_PLUS),
        "funding_notice": FundingNotice.objects.get(label=FUNDING_NOTICE_LABEL),
    }


def _sheets() -> list[tuple[str, dict]]:
    qualification = ActionArea.objects.get(number=2)
    counselling = ActionArea.objects.get(number=1)
    return [
        (
            "sprachcafe-technik",
            {
                **demo_sheets.sprachcafe_technik(),
                **_classification(
                    carrier="Bildungswerk Küste gGmbH",
                    network=_network("IQ Netzwerk Schleswig-Holstein", Bundesland.SH),
                    bundesland=Bundesland.SH,
                    action_area=qualification,
                    target_groups=("Ratsuchende", "Unternehmen", "Kammern", "Bildungsträger"),
                    product_type=ProductType.EVENT_FORMAT,
                    contact=("Aylin", "Demir"),
                    topics=("qualifizierung", "anerkennung"),
                ),
                **_cover(
                    "Sprachcafé Technik",
                    _speech_bubbles,
                    "Grafik: zwei Sprechblasen, in der vorderen ein Blitzsymbol für Elektrotechnik.",
                ),
            },
        ),
        (
            "anerkennungslotsen-im-jobcenter",
            {
                **demo_sheets.anerkennungslotsen(),
                **_classification(
                    carrier="Integrationsforum Rhein-Main e.V.",
                    network=_network("IQ Netzwerk Hessen", Bundesland.HE),
                    bundesland=Bundesland.HE,
                    action_area=counselling,
                    target_groups=("Ratsuchende", "Jobcenter und Arbeitsagenturen", "Öffentliche Verwaltung"),
                    product_type=ProductType.CONCEPT,
                    contact=("Jonas", "Weber"),
                    topics=("beratung", "anerkennung"),
                ),
                **_cover(
                    "Anerkennungslotsen im Jobcenter",
                    _signpost,
                    "Grafik: ein Wegweiser zeigt auf ein Gebäude mit offener Tür.",
                ),
            },
        ),
        (
            "mentoring-fuer-ingenieurinnen",
            {
                **demo_sheets.mentoring_ingenieurinnen(),
                **_classification(
                    carrier="Hochschule Mittelland",
                    network=_network("IQ Netzwerk Thüringen", Bundesland.TH),
                    bundesland=Bundesland.TH,
                    action_area=qualification,
                    target_groups=("Ratsuchende", "Unternehmen", "Hochschulen"),
                    product_type=ProductType.MEASURE,
                    contact=("Katarzyna", "Nowak"),
                    topics=("qualifizierung",),
                ),
                **_cover(
                    "Mentoring für Ingenieurinnen",
                    _tandem,
                    "Grafik: zwei verbundene Kreise als Sinnbild für ein Mentoring-Tandem, darunter ein Zahnrad.",
                ),
            },
        ),
    ]


def _classification(
    *,
    carrier: str,
    network: RegionalNetwork,
    bundesland: str,
    action_area: ActionArea,
    target_groups: tuple[str, ...],
    product_type: str,
    contact: tuple[str, str],
    topics: tuple[str, ...],
) -> dict:
    return {
        "carrier": Organisation.objects.get(name=carrier),
        "network": network,
        "bundesland": bundesland,
        "action_area": action_area,
        "target_groups": list(TargetGroup.objects.filter(name__in=target_groups)),
        "product_type": product_type,
        "contact": Person.objects.get(first_name=contact[0], last_name=contact[1]),
        "topics": list(Topic.objects.filter(slug__in=topics)),
    }


def _network(name: str, bundesland: str) -> RegionalNetwork:
    # cms/demo.py seeds these; get_or_create keeps this seeder working if that list changes.
    network, _ = RegionalNetwork.objects.get_or_create(
        name=name, defaults={"network_type": NetworkType.STATE_NETWORK, "bundesland": bundesland}
    )
    return network


# Cover motifs -------------------------------------------------------------------


def _cover(title: str, draw: Callable[[ImageDraw.ImageDraw], None], alt: str) -> dict:
    def render() -> PILImage.Image:
        # The pictogram is drawn on a 900×1100 sketch and set into the middle of a 4:3
        # motif, so that both the web's wide crop and the print's upright crop show it whole.
        sketch = PILImage.new("RGB", (900, 1100), GP_TEAL)
        draw(ImageDraw.Draw(sketch))
        pictogram = sketch.crop((60, 150, 860, 950)).resize((440, 440))
        canvas = PILImage.new("RGB", (1200, 900), GP_TEAL)
        ImageDraw.Draw(canvas).rectangle((0, 760, 1200, 900), fill=LIGHT_TEAL)
        canvas.paste(pictogram, (380, 215))
        return canvas

    image = demo_images.image_ensure(title=f"Motiv IQ Good Practice: {title} (Demo)", render=render)
    return {"cover_image": image, "cover_alt": alt}


def _speech_bubbles(draw: ImageDraw.ImageDraw) -> None:
    draw.rounded_rectangle((110, 170, 610, 500), radius=60, fill=LIGHT_TEAL)
    draw.polygon([(200, 490), (170, 600), (300, 495)], fill=LIGHT_TEAL)
    draw.rounded_rectangle((300, 400, 800, 760), radius=60, fill=demo_images.WHITE)
    draw.polygon([(690, 750), (730, 860), (600, 755)], fill=demo_images.WHITE)
    draw.polygon([(580, 440), (470, 600), (545, 600), (500, 720), (630, 540), (555, 540)], fill=demo_images.EU_YELLOW)


def _signpost(draw: ImageDraw.ImageDraw) -> None:
    draw.rectangle((500, 380, 820, 900), fill=demo_images.WHITE)
    draw.polygon([(470, 390), (660, 230), (850, 390)], fill=demo_images.WHITE)
    draw.rectangle((610, 680, 710, 900), fill=GP_TEAL)
    for left in (545, 700):
        draw.rectangle((left, 450, left + 75, 530), fill=LIGHT_TEAL)
    draw.rectangle((205, 300, 235, 900), fill=LIGHT_TEAL)
    draw.polygon([(90, 330), (390, 330), (450, 390), (390, 450), (90, 450)], fill=demo_images.EU_YELLOW)


def _tandem(draw: ImageDraw.ImageDraw) -> None:
    draw.line((330, 420, 570, 420), fill=demo_images.WHITE, width=28)
    draw.ellipse((130, 220, 530, 620), outline=demo_images.WHITE, width=34)
    draw.ellipse((370, 220, 770, 620), outline=demo_images.EU_YELLOW, width=34)
    centre_x, centre_y, radius = 450, 780, 90
    draw.ellipse((centre_x - radius, centre_y - radius, centre_x + radius, centre_y + radius), fill=LIGHT_TEAL)
    for dx, dy in ((0, -1), (1, 0), (0, 1), (-1, 0)):
        x, y = centre_x + dx * (radius + 20), centre_y + dy * (radius + 20)
        draw.rectangle((x - 28, y - 28, x + 28, y + 28), fill=LIGHT_TEAL)
    draw.ellipse((centre_x - 38, centre_y - 38, centre_x + 38, centre_y + 38), fill=GP_TEAL)


@demo_seeder(order=95)
def seed_good_practice_before_the_board(*, context: DemoContext) -> None:
    sheet = GoodPracticePage.objects.get(slug="mentoring-fuer-ingenieurinnen")
    approvals = (
        ("fachreview", "Wirkung mit Zahlen belegt, Transferhinweise vollständig."),
        ("gremium-bmas", "Überzeugt: übertragbar auf andere Regionen."),
    )
    changes = {"subtitle": sheet.subtitle + " (aktualisierte Fassung 2025)"}
    if demo_review_ensure(page=sheet, submitter="redaktion", changes=changes, approvals=approvals):
        context.write(f"In Prüfung: „{sheet.title}“ wartet auf die zweite Stimme des Beratungsgremiums.")
