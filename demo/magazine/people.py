"""The people and places IQ konkret needs beyond the shared reference data:
its editors and authors, one more carrier and one more network."""

from cms.choices import Bundesland, LegalForm, NetworkType
from cms.i18n.reference import in_source_locale
from cms.models import ActionArea, Organisation, Person, RegionalNetwork
from demo.reference_data import PUBLISHER_NAME

# Key, first name, last name, role, organisation name (or ""), initials, consent to publication.
PEOPLE = (
    ("iw", "Iris", "Wagner", "Redakteurin IQ konkret", PUBLISHER_NAME, "iw", True),
    ("jk", "Jan", "Krüger", "Redakteur IQ konkret", PUBLISHER_NAME, "jk", True),
    ("lh", "Lena", "Hoffmann", "Freie Journalistin", "", "lh", True),
    ("da", "Deniz", "Aydın", "Referent Monitoring und Daten", PUBLISHER_NAME, "da", True),
    ("hj", "Henrik", "Jansen", "Projektleitung „Videoberatung Westküste“", "Bildungswerk Küste gGmbH", "hj", True),
    # No consent: the project portrait must fall back to the organisation's address.
    ("pl", "Petra", "Lange", "Projektkoordination „Sprache im Dienst“", "Pflegeschule Elbaue gGmbH", "pl", False),
)
ELBAUE = {
    "short_name": "PSE",
    "legal_form": LegalForm.GGMBH,
    "bundesland": Bundesland.ST,
    "street": "Am Elbufer 7",
    "postcode": "39104",
    "city": "Magdeburg",
    "email": "sprache-im-dienst@pflegeschule-elbaue.example.org",
}


def _ensure(model, *, lookup: dict, values: dict):
    """Get or create by ``lookup``; save only the fields that differ."""
    instance, created = in_source_locale(model).get_or_create(**lookup, defaults=values)
    changed = [] if created else [name for name, value in values.items() if getattr(instance, name) != value]
    if changed:
        for name in changed:
            setattr(instance, name, values[name])
        instance.save(update_fields=changed)
    return instance


def references_ensure() -> dict:
    elbaue = _ensure(Organisation, lookup={"name": "Pflegeschule Elbaue gGmbH"}, values=ELBAUE)
    return {
        "org_kueste": in_source_locale(Organisation).get(name="Bildungswerk Küste gGmbH"),
        "org_elbaue": elbaue,
        "network_sh": in_source_locale(RegionalNetwork).get(name="IQ Netzwerk Schleswig-Holstein"),
        "network_st": _ensure(
            RegionalNetwork,
            lookup={"name": "IQ RIN Sachsen-Anhalt"},
            values={"network_type": NetworkType.RIN, "bundesland": Bundesland.ST},
        ),
        "hsp_beratung": in_source_locale(ActionArea).get(number=1),
        "hsp_qualifizierung": in_source_locale(ActionArea).get(number=2),
    }


def people_ensure() -> dict[str, Person]:
    people = {"mb": Person.objects.get(first_name="Maria", last_name="Beispiel")}
    for key, first, last, role, organisation, initials, consent in PEOPLE:
        people[key] = _ensure(
            Person,
            lookup={"first_name": first, "last_name": last},
            values={
                "role": role,
                "organisation": in_source_locale(Organisation).get(name=organisation) if organisation else None,
                "initials": initials,
                "email": f"{initials}@example.org",
                "phone": "0431 000000-0" if consent else "",
                "consent_published": consent,
            },
        )
    return people
