"""Invented but plausible wording for the benchmark's publications: what the IQ
programme writes about (recognition, bridging courses, fair integration, skilled
immigration, anti-discrimination), in German and, for a share of them, English.

Words recur across types and years the way they do in the real programme, so a
search for „Pflege“ finds hundreds of publications and „Approbation“ a few dozen:
the benchmark's searches are neither all-matching nor empty.
"""

import random
from dataclasses import dataclass

# (German, English, topic slug of demo/reference_data.py)
SUBJECTS = (
    ("Anerkennung ausländischer Berufsabschlüsse", "recognition of foreign qualifications", "anerkennung"),
    ("Anerkennungsberatung für Geflüchtete", "recognition counselling for refugees", "beratung"),
    ("Brückenqualifizierung in der Pflege", "bridging courses in nursing", "qualifizierung"),
    ("Anpassungsqualifizierung im Handwerk", "adaptation courses in the crafts", "qualifizierung"),
    ("Teilanerkennung und Nachqualifizierung", "partial recognition and further training", "anerkennung"),
    ("Approbation ausländischer Ärztinnen und Ärzte", "licensing of foreign doctors", "anerkennung"),
    ("Faire Integration in der Saisonarbeit", "fair integration in seasonal work", "faire-integration"),
    ("Arbeitsrechtliche Beratung von Eingewanderten", "labour law counselling for immigrants", "faire-integration"),
    ("Fachkräfteeinwanderung aus Drittstaaten", "skilled immigration from third countries", "fachkraefteeinwanderung"),
    ("Beschleunigtes Fachkräfteverfahren", "fast-track procedure for skilled workers", "fachkraefteeinwanderung"),
    ("Integrationsmanagement in Kommunen", "integration management in municipalities", "fachkraefteeinwanderung"),
    ("Diskriminierungssensible Personalauswahl", "discrimination-sensitive recruitment", "antidiskriminierung"),
    ("Interkulturelle Öffnung von Jobcentern", "intercultural opening of job centres", "antidiskriminierung"),
    ("Kompetenzfeststellung ohne Zeugnis", "skills assessment without certificates", "qualifizierung"),
    ("Berufsbezogene Sprachförderung", "job-related language training", "qualifizierung"),
    ("Digitale Anerkennungsberatung", "digital recognition counselling", "beratung"),
    ("Mentoring für zugewanderte Akademikerinnen", "mentoring for immigrant graduates", "beratung"),
    ("Beratung von Geflüchteten aus der Ukraine", "counselling refugees from Ukraine", "beratung"),
    ("Arbeitsmarktintegration von Frauen", "labour market integration of women", "antidiskriminierung"),
    ("Gleichwertigkeitsfeststellung bei Lehrkräften", "equivalence assessment for teachers", "anerkennung"),
)
PROFESSIONS = (
    ("Pflegefachkräfte", "nurses"),
    ("Ingenieurinnen und Ingenieure", "engineers"),
    ("Ärztinnen und Ärzte", "doctors"),
    ("Erzieherinnen und Erzieher", "early years educators"),
    ("Lehrkräfte", "teachers"),
    ("IT-Fachkräfte", "IT specialists"),
    ("Elektronikerinnen und Elektroniker", "electricians"),
    ("Berufskraftfahrerinnen und Berufskraftfahrer", "professional drivers"),
    ("Apothekerinnen und Apotheker", "pharmacists"),
    ("Sozialarbeiterinnen und Sozialarbeiter", "social workers"),
)
CITIES = (
    ("Kiel", "Schleswig-Holstein"), ("Lübeck", "Schleswig-Holstein"), ("Hamburg", "Hamburg"),
    ("Leipzig", "Sachsen"), ("Chemnitz", "Sachsen"), ("Dresden", "Sachsen"), ("Erfurt", "Thüringen"),
    ("Jena", "Thüringen"), ("Frankfurt am Main", "Hessen"), ("Kassel", "Hessen"), ("Köln", "Nordrhein-Westfalen"),
    ("Bielefeld", "Nordrhein-Westfalen"), ("Dortmund", "Nordrhein-Westfalen"), ("Berlin", "Berlin"),
    ("Magdeburg", "Sachsen-Anhalt"), ("Rostock", "Mecklenburg-Vorpommern"), ("Nürnberg", "Bayern"),
    ("Stuttgart", "Baden-Württemberg"), ("Mainz", "Rheinland-Pfalz"), ("Hannover", "Niedersachsen"),
)  # fmt: skip
PROJECT_KINDS = (
    "Anerkennungslotsen", "Sprachcafé", "Mentoring", "Brückenkurs", "Bewerbungscoaching", "Willkommenslotsen",
    "Praxiswerkstatt", "Beratungsbus", "Qualifizierungsverbund", "Sprechstunde", "Lernwerkstatt", "Tandem",
)  # fmt: skip
PROJECT_FOCUSES = (
    "Technik", "Pflege", "im Jobcenter", "für Ingenieurinnen", "per Videochat", "Handwerk", "Gesundheit",
    "Kita", "Logistik", "Gastronomie", "Schule", "Verwaltung",
)  # fmt: skip
SENTENCES_DE = (
    "Im Jahr {year} suchten {number} Menschen die IQ Beratung zum Thema {subject} auf.",
    "Besonders gefragt waren Beratungen für {profession}.",
    "In {city} arbeitet das Netzwerk eng mit Jobcenter, Arbeitsagentur und Kammern zusammen.",
    "Das Anerkennungsverfahren dauerte im Mittel {months} Monate, deutlich kürzer als zwei Jahre zuvor.",
    "Brückenqualifizierungen schließen die Lücke zwischen ausländischem Abschluss und deutschem Referenzberuf.",
    "Der Frauenanteil unter den Ratsuchenden lag bei {percent} Prozent.",
    "Diskriminierungssensible Beratung beginnt bei der Sprache der Bescheide und Formulare.",
    "Viele Ratsuchende erfuhren erst spät von der Möglichkeit der Anerkennung.",
    "Arbeitgeber in {land} melden einen wachsenden Bedarf an {profession}.",
    "Die Teilnehmenden lernen Fachsprache direkt am Arbeitsplatz, begleitet von einer Lehrkraft.",
    "Seit {year} hat sich die Zahl der Anträge in {land} mehr als verdoppelt.",
    "Ein Kooperationsvertrag mit der Kammer regelt Praxisphasen und Prüfungstermine.",
    "Die Beratung findet auf Deutsch, Englisch, Arabisch und Ukrainisch statt.",
    "Faire Arbeitsbedingungen sind die Voraussetzung dafür, dass Fachkräfte bleiben.",
    "Die Kompetenzfeststellung zeigt, was Menschen können, auch wenn Zeugnisse fehlen.",
)
SENTENCES_EN = (
    "In {year}, {number} people sought IQ counselling on {subject}.",
    "Counselling for {profession} was in particularly high demand.",
    "In {city}, the network works closely with job centres, employment agencies and chambers.",
    "The recognition procedure took {months} months on average.",
    "Bridging courses close the gap between a foreign qualification and the German reference occupation.",
    "Women made up {percent} per cent of those seeking advice.",
    "Employers in {land} report a growing need for {profession}.",
)


@dataclass(frozen=True)
class Wording:
    """What one publication is about, and the words it says it in."""

    language: str
    subject: str
    topic: str
    profession: str
    city: str
    land: str
    year: int

    def sentences(self, rng: random.Random, *, count: int) -> list[str]:
        templates = SENTENCES_DE if self.language == "de" else SENTENCES_EN
        values = {
            "year": self.year,
            "subject": self.subject,
            "profession": self.profession,
            "city": self.city,
            "land": self.land,
            "number": f"{rng.randint(200, 25000):,}".replace(",", "." if self.language == "de" else ","),
            "months": rng.randint(2, 9),
            "percent": rng.randint(28, 71),
        }
        return [template.format(**values) for template in rng.sample(templates, min(count, len(templates)))]


def wording(rng: random.Random, *, year: int, english_share: float) -> Wording:
    language = "en" if rng.random() < english_share else "de"
    subject_de, subject_en, topic = rng.choice(SUBJECTS)
    profession_de, profession_en = rng.choice(PROFESSIONS)
    city, land = rng.choice(CITIES)
    english = language == "en"
    return Wording(
        language=language,
        subject=subject_en if english else subject_de,
        topic=topic,
        profession=profession_en if english else profession_de,
        city=city,
        land=land,
        year=year,
    )


def fact_sheet_title(rng: random.Random, words: Wording) -> str:
    if words.language == "en":
        return rng.choice((
            f"IQ in figures {words.year}: {words.subject}",
            f"{words.profession.capitalize()} in IQ counselling {words.year}",
        ))  # fmt: skip
    return rng.choice((
        f"{words.subject} {words.year} in Zahlen",
        f"{words.profession} in der IQ Beratung {words.year}",
        f"Kennzahlen {words.year}: {words.subject}",
        f"{words.subject} in {words.land} – Bilanz {words.year}",
    ))  # fmt: skip


def dossier_title(rng: random.Random, words: Wording) -> str:
    if words.language == "en":
        return rng.choice((
            f"{words.subject.capitalize()}: a guide for practitioners",
            f"Pathways to recognition for {words.profession}",
        ))  # fmt: skip
    return rng.choice((
        f"{words.subject}: Leitfaden für die Beratungspraxis",
        f"{words.subject} – Analyse und Handlungsempfehlungen",
        f"Wege zur Anerkennung für {words.profession}",
        f"{words.subject} in {words.land}: Bestandsaufnahme {words.year}",
    ))  # fmt: skip


def project_title(rng: random.Random) -> str:
    return f"{rng.choice(PROJECT_KINDS)} {rng.choice(PROJECT_FOCUSES)}"
