"""The four demo proposals: their texts with classification, contact and cover."""

from cms.choices import Bundesland, NetworkType
from cms.i18n.reference import in_source_locale
from cms.models import ActionArea, Organisation, Person, RegionalNetwork, Topic
from demo.images import graphics, pictograms
from goodpractice.models import ProductType, TargetGroup

from . import sheets


def proposals() -> list[tuple[str, dict]]:
    """The four proposals as (slug, fields), classified and with their cover motif."""
    qualification = in_source_locale(ActionArea).get(number=2)
    counselling = in_source_locale(ActionArea).get(number=1)
    return [
        (
            "sprachcafe-technik",
            {
                **sheets.sprachcafe_technik(),
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
                    pictograms.speech_bubbles,
                    "Grafik: zwei Sprechblasen, in der vorderen ein Blitzsymbol für Elektrotechnik.",
                ),
            },
        ),
        (
            "anerkennungslotsen-im-jobcenter",
            {
                **sheets.anerkennungslotsen(),
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
                    pictograms.signpost,
                    "Grafik: ein Wegweiser zeigt auf ein Gebäude mit offener Tür.",
                ),
            },
        ),
        (
            "bewerbungscoaching-per-videochat",
            {
                **sheets.bewerbung_per_video(),
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
                **sheets.mentoring_ingenieurinnen(),
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
                    pictograms.tandem,
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
        "carrier": in_source_locale(Organisation).get(name=carrier),
        "network": network,
        "bundesland": bundesland,
        "action_area": action_area,
        "target_groups": list(in_source_locale(TargetGroup).filter(name__in=target_groups)),
        "product_type": product_type,
        "contact": Person.objects.get(first_name=contact[0], last_name=contact[1]) if contact else None,
        "topics": list(in_source_locale(Topic).filter(slug__in=topics)),
    }


def _network(name: str, bundesland: str) -> RegionalNetwork:
    # The reference data seeds these; get_or_create keeps this seeder working if that list changes.
    network, _ = in_source_locale(RegionalNetwork).get_or_create(
        name=name, defaults={"network_type": NetworkType.STATE_NETWORK, "bundesland": bundesland}
    )
    return network


def _cover(title: str, pictogram: pictograms.Pictogram, alt: str) -> dict:
    image = graphics.image_ensure(
        title=f"Motiv IQ Good Practice: {title} (Demo)",
        render=lambda: pictograms.pictogram_cover(pictogram=pictogram),
    )
    return {"cover_image": image, "cover_alt": alt}
