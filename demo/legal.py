"""The demo's legal pages: imprint, privacy statement, accessibility statement."""

import datetime

from cms.models import AccessibilityStatementPage, ImprintPage, PrivacyPage
from cms.models.legal import LegalPage

from .reference_data import PUBLISHER_NAME


def legal_pages() -> list[tuple[type[LegalPage], str, dict]]:
    return [
        (ImprintPage, "impressum", _imprint_fields()),
        (PrivacyPage, "datenschutz", _privacy_fields()),
        (AccessibilityStatementPage, "barrierefreiheit", _accessibility_fields()),
    ]


def _imprint_fields() -> dict:
    return {
        "title": "Impressum",
        "provider": f"{PUBLISHER_NAME}\nChristophstraße 1\n50670 Köln",
        "responsible_person": "Dr. Maria Beispiel, Anschrift wie oben",
        "contact_email": "redaktion@example.org",
        "last_reviewed": datetime.date(2026, 11, 2),
        "body": (
            "<p><i>Demo-Installation: Namen, Register- und Kontaktdaten sind Beispieldaten.</i></p>"
            "<h2>Angaben gemäß § 5 DDG</h2>"
            f"<p>{PUBLISHER_NAME}<br/>Christophstraße 1<br/>50670 Köln</p>"
            "<p>Vertreten durch die Geschäftsführung: Max Mustermann<br/>"
            "Registergericht: Amtsgericht Köln, HRB 00000<br/>Umsatzsteuer-ID: DE000000000</p>"
            "<p>Telefon: 0221 000000-0<br/>E-Mail: redaktion@example.org</p>"
            "<h2>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV</h2>"
            "<p>Dr. Maria Beispiel, Anschrift wie oben</p>"
            "<h2>Förderung</h2>"
            "<p>Das Förderprogramm „Integration durch Qualifizierung (IQ)“ wird durch das Bundesministerium für "
            "Arbeit und Soziales und die Europäische Union über den Europäischen Sozialfonds Plus (ESF Plus) "
            "gefördert. Partner in der Umsetzung sind das Bundesministerium für Bildung und Forschung und die "
            "Bundesagentur für Arbeit. Administriert wird das Programm vom Bundesamt für Migration und "
            "Flüchtlinge.</p>"
            "<h2>Urheberrecht</h2>"
            "<p>Texte, Grafiken und PDF-Publikationen sind urheberrechtlich geschützt. Die Weitergabe für "
            "nichtkommerzielle Zwecke ist mit Quellenangabe erlaubt; Bildnachweise stehen in der jeweiligen "
            "Publikation.</p>"
        ),
    }


def _privacy_fields() -> dict:
    return {
        "title": "Datenschutzerklärung",
        "controller": f"{PUBLISHER_NAME}, Christophstraße 1, 50670 Köln, datenschutz@example.org",
        "data_protection_officer": "Datenschutzbeauftragte der ebb GmbH, Anschrift wie oben, dsb@example.org",
        "last_reviewed": datetime.date(2026, 11, 2),
        "body": (
            "<p>Mit dieser Erklärung informieren wir Sie nach Art. 13 DSGVO darüber, welche personenbezogenen "
            "Daten wir beim Besuch dieser Website verarbeiten.</p>"
            "<h2>Aufruf der Website</h2>"
            "<p>Beim Aufruf speichert der Server IP-Adresse, Zeitpunkt, aufgerufene Seite und Browserkennung "
            "in Protokolldateien. Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO (sicherer Betrieb); die "
            "Protokolle werden nach sieben Tagen gelöscht.</p>"
            "<h2>Cookies</h2>"
            "<p>Wir setzen nur technisch notwendige Cookies, etwa für die Anmeldung im Redaktionssystem "
            "(§ 25 Abs. 2 TDDDG). Analyse- oder Werbe-Cookies verwenden wir nicht.</p>"
            "<h2>Kontakt und Bestellung von Publikationen</h2>"
            "<p>Wenn Sie uns schreiben oder gedruckte Publikationen bestellen, verarbeiten wir Ihre Angaben zur "
            "Bearbeitung der Anfrage (Art. 6 Abs. 1 lit. b DSGVO) und löschen sie nach Abschluss, soweit keine "
            "Aufbewahrungspflichten bestehen.</p>"
            "<h2>Ihre Rechte</h2>"
            "<p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, "
            "Datenübertragbarkeit und Widerspruch (Art. 15–18, 20 und 21 DSGVO).</p>"
            "<p>Sie können sich außerdem bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO), "
            "zum Beispiel bei der Landesbeauftragten für Datenschutz und Informationsfreiheit "
            "Nordrhein-Westfalen.</p>"
        ),
    }


def _accessibility_fields() -> dict:
    def item(content: str, reason: str, alternative: str) -> dict:
        return {"type": "item", "value": {"content": content, "reason": reason, "alternative": alternative}}

    return {
        "title": "Erklärung zur Barrierefreiheit",
        "conformity_status": AccessibilityStatementPage.Conformity.PARTIAL,
        "statement_created": datetime.date(2026, 10, 15),
        "last_reviewed": datetime.date(2026, 11, 2),
        "assessment_basis": "Selbstbewertung nach BITV 2.0 / WCAG 2.1 AA; PDFs geprüft mit PAC",
        "feedback_email": "barrierefreiheit@example.org",
        "arbitration_link": "https://www.schlichtungsstelle-bgg.de/",
        "non_accessible_items": [
            item(
                "PDF-Publikationen, die vor 2024 erschienen sind",
                "Sie wurden vor Einführung der PDF/UA-Prüfung erstellt; Struktur und Alternativtexte fehlen teils.",
                "Auf Anfrage senden wir Ihnen die Inhalte in einem barrierefreien Format.",
            ),
            item(
                "Informationen in Leichter Sprache und Deutscher Gebärdensprache (§ 4 BITV 2.0)",
                "Die Texte und Videos werden derzeit erstellt.",
                "Bis dahin beantworten wir Fragen zum Angebot gern per E-Mail oder Telefon.",
            ),
        ],
        "body": (
            "<p>Die ebb GmbH ist bemüht, diese Website und die IQ Publikationen im Einklang mit § 12a BGG und "
            "der BITV 2.0 barrierefrei zugänglich zu machen. Diese Erklärung gilt für diese Website und die "
            "hier angebotenen PDF-Dateien.</p>"
            "<h2>Feedback und Kontakt</h2>"
            "<p>Sind Ihnen Mängel aufgefallen oder benötigen Sie Inhalte in einer anderen Form? Schreiben Sie "
            'uns an <a href="mailto:barrierefreiheit@example.org">barrierefreiheit@example.org</a>; wir '
            "antworten innerhalb von zwei Wochen.</p>"
            "<h2>Schlichtungsverfahren</h2>"
            "<p>Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie einen Antrag "
            "bei der Schlichtungsstelle nach § 16 BGG stellen. Das Verfahren ist kostenfrei; Sie brauchen keine "
            "anwaltliche Vertretung. Mehr unter "
            '<a href="https://www.schlichtungsstelle-bgg.de/">www.schlichtungsstelle-bgg.de</a>.</p>'
        ),
    }
