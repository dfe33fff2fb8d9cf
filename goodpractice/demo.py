"""Demo good practice: the three IQ Good Practice sheets and one
proposal the board did not select, under the listing "IQ Good Practice".

The listing comes with the content (order 50); the proposals need the demo
people and go through the selection procedure after the roles (order 92):
the sheets are published by the workflow, with the board's votes and
judgements, never directly. Texts live in ``demo_sheets.py``, the votes in
``demo_judgements.py``."""

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
from .demo_judgements import PENDING_UPDATE_VOTE, PROCEDURES
from .demo_selection import demo_selection_ensure, demo_vote_cast
from .models import GoodPracticeIndexPage, GoodPracticePage, ProductType, TargetGroup
from .selection.stage import board_stage_ensure

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
    context.write("IQ Good Practice: Übersicht angelegt; die Vorschläge folgen mit dem Auswahlverfahren.")


@demo_seeder(order=92)
def seed_good_practice_selection(*, context: DemoContext) -> None:
    # seed_users (order 90) may have recreated the default workflows with a plain quorum stage.
    board_stage_ensure()
    index = GoodPracticeIndexPage.objects.get(slug="iq-good-practice")
    shared = _shared_fields()
    decided = [
        demo_selection_ensure(
            sheet=_proposal_ensure(index=index, slug=slug, fields={**shared, **fields}), procedure=PROCEDURES[slug]
        )
        for slug, fields in _sheets()
    ]
    live = GoodPracticePage.objects.child_of(index).live().count()
    context.write(
        f"IQ Good Practice: {len(decided)} Vorschläge, {live} ausgewählt und veröffentlicht "
        f"({sum(decided)} neu vom Beratungsgremium entschieden)."
    )


def _proposal_ensure(*, index: GoodPracticeIndexPage, slug: str, fields: dict) -> GoodPracticePage:
    """The proposal ``slug``, created as a draft if missing. Only the workflow publishes it."""
    sheet = GoodPracticePage.objects.child_of(index).filter(slug=slug).first()
    if sheet is not None:
        return sheet
    many = {name: value for name, value in fields.items() if GoodPracticePage._meta.get_field(name).many_to_many}
    plain = {name: value for name, value in fields.items() if name not in many}
    sheet = GoodPracticePage(slug=slug, live=False, has_unpublished_changes=True, **plain)
    index.add_child(instance=sheet)
    for name, value in many.items():
        # Kept with the page in memory; the first revision stores them, the publication writes them.
        getattr(sheet, name).set(value)
    return sheet


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
            "bewerbungscoaching-per-videochat",
            {
                **demo_sheets.bewerbung_per_video(),
                **_classification(
                    carrier="Integrationsforum Rhein-Main e.V.",
                    network=_network("IQ Netzwerk Hessen", Bundesland.HE),
                    bundesland=Bundesland.HE,
                    action_area=counselling,
                    target_groups=("Ratsuchende",),
                    product_type=ProductType.INSTRUMENT,
                    contact=None,
                    topics=("beratung",),
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
    contact: tuple[str, str] | None,
    topics: tuple[str, ...],
) -> dict:
    return {
        "carrier": Organisation.objects.get(name=carrier),
        "network": network,
        "bundesland": bundesland,
        "action_area": action_area,
        "target_groups": list(TargetGroup.objects.filter(name__in=target_groups)),
        "product_type": product_type,
        "contact": Person.objects.get(first_name=contact[0], last_name=contact[1]) if contact else None,
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
    changes = {"subtitle": sheet.subtitle + " (aktualisierte Fassung 2025)"}
    approvals = (("fachreview", "Wirkung mit Zahlen belegt, Transferhinweise vollständig."),)
    if demo_review_ensure(page=sheet, submitter="redaktion", changes=changes, approvals=approvals):
        demo_vote_cast(page=sheet, vote=PENDING_UPDATE_VOTE)
        context.write(f"In Prüfung: „{sheet.title}“ wartet auf die zweite Stimme des Beratungsgremiums.")
