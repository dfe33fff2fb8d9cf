"""Demo dossier 2: "Diskriminierungssensible Beratung in Jobcentern",
in two editions: 1.0 of 2023 and 2.0, which replaces it.

Edition 2.0 follows the Bürgergeld reform (the Kooperationsplan replaced the
Eingliederungsvereinbarung in July 2023) and adds complaint routes, a case on
digital access and a checklist. Cases, studies and figures are invented.
"""

from cms.stream_data import info_box, quote, rich_text
from dossiers.footnotes import marker_keys
from dossiers.stream_data import chapter, footnote, reference, section, version

TITLE = "Diskriminierungssensible Beratung in Jobcentern"
SUBTITLE = "Ein Leitfaden für die Praxis"


def _chapters(*, new: bool) -> list[dict]:
    plan = "Kooperationsplan" if new else "Eingliederungsvereinbarung"
    only_new = (lambda *blocks: list(blocks)) if new else (lambda *blocks: [])
    return [
        chapter(
            "Warum dieser Leitfaden",
            section("Anliegen und Zielgruppe"),
            rich_text(
                "<p>Jobcenter sind für viele Eingewanderte die erste Behörde, mit der sie regelmäßig zu tun haben. "
                "Integrationsfachkräfte treffen dort Entscheidungen, die Lebenswege prägen: über Sprachkurse, "
                "Qualifizierungen und Vermittlungsvorschläge. Dieser Leitfaden unterstützt sie dabei, "
                "Benachteiligungen zu erkennen und zu vermeiden.[fn:zielgruppe]</p>"
            ),
            rich_text(
                "<p>Er richtet sich an Integrationsfachkräfte, Fallmanagerinnen und Fallmanager sowie "
                "Teamleitungen. Die Fallbeispiele beruhen auf Schilderungen aus IQ Schulungen und wurden so "
                "verändert, dass keine Rückschlüsse auf Personen möglich sind.[fn:fallbeispiele]</p>"
            ),
            *only_new(
                section("Was ist neu in Fassung 2.0"),
                rich_text(
                    "<p>Fassung 2.0 berücksichtigt die Einführung des Bürgergelds und des Kooperationsplans, "
                    "ergänzt die Beschwerdewege, ein Fallbeispiel zu digitalen Zugängen und eine Checkliste für "
                    "die Teamarbeit.[fn:neu-in-2-0] Rückmeldungen aus 14 Jobcentern sind "
                    "eingeflossen.[fn:rueckmeldungen]</p>"
                ),
            ),
        ),
        chapter(
            "Rechtliche Grundlagen",
            section("Das Allgemeine Gleichbehandlungsgesetz"),
            rich_text(
                "<p>Das Allgemeine Gleichbehandlungsgesetz (AGG) will Benachteiligungen aus Gründen der "
                "„Rasse“ oder wegen der ethnischen Herkunft, des Geschlechts, der Religion oder Weltanschauung, "
                "einer Behinderung, des Alters oder der sexuellen Identität verhindern oder beseitigen.[fn:agg-1] "
                "Es unterscheidet unmittelbare und mittelbare Benachteiligung, Belästigung und sexuelle "
                "Belästigung.[fn:agg-3]</p>"
            ),
            rich_text(
                "<p>Für Leistungen nach dem Sozialgesetzbuch verweist das AGG auf das Sozialrecht: Dort verbietet "
                "§ 33c SGB I Benachteiligungen aus Gründen der „Rasse“, wegen der ethnischen Herkunft oder einer "
                "Behinderung.[fn:agg-2-2] Die übrigen Merkmale schützt das Verfassungsrecht.[fn:gg-3]</p>"
            ),
            section("Grundgesetz und europäisches Recht"),
            rich_text(
                "<p>Als Teil der öffentlichen Verwaltung sind Jobcenter unmittelbar an die Grundrechte gebunden. "
                "Hinzu kommen die Charta der Grundrechte der Europäischen Union und die Antirassismusrichtlinie, "
                "die das AGG umsetzt.[fn:eu-recht] Einzelne Länder haben eigene Antidiskriminierungsgesetze "
                "für ihre Verwaltung erlassen.[fn:ladg]</p>"
            ),
            section("Sozialrechtliche Pflichten"),
            rich_text(
                f"<p>Der {plan} wird gemeinsam mit der leistungsberechtigten Person erarbeitet.[fn:plan] "
                "Die Pflicht zur Beratung und Aufklärung umfasst auch, verständlich zu informieren – bei Bedarf mit "
                "Sprachmittlung.[fn:sgb-beratung] Fehlende Deutschkenntnisse dürfen nicht dazu führen, dass "
                "Ansprüche unbekannt bleiben.[fn:sprache-anspruch]</p>"
            ),
            *only_new(
                section("Beschwerdewege"),
                rich_text(
                    "<p>Betroffene können sich an das Kundenreaktionsmanagement des Jobcenters, an die "
                    "Trägerversammlung oder an unabhängige Beratungsstellen wenden.[fn:beschwerde] Die "
                    "Antidiskriminierungsstelle des Bundes berät kostenlos und vertraulich.[fn:ads]</p>"
                ),
            ),
        ),
        chapter(
            "Diskriminierung erkennen",
            section("Formen der Benachteiligung"),
            rich_text(
                "<p>Unmittelbare Benachteiligung liegt vor, wenn eine Person wegen eines geschützten Merkmals "
                "schlechter behandelt wird als eine andere in vergleichbarer Lage. Mittelbar ist sie, wenn "
                "scheinbar neutrale Regeln bestimmte Gruppen besonders benachteiligen – etwa die pauschale "
                "Anforderung „Deutsch in Wort und Schrift“ für eine Helfertätigkeit.[fn:mittelbar]</p>"
            ),
            section("Institutionelle Diskriminierung"),
            rich_text(
                "<p>Benachteiligung entsteht oft nicht aus böser Absicht, sondern aus Routinen: aus Formularen, "
                "die nur auf Deutsch vorliegen, aus Zeitvorgaben für Gespräche oder aus Annahmen darüber, welche "
                "Berufe „passen“.[fn:institutionell] Eine Studie mit 1.200 Fallakten fand, dass Akademikerinnen "
                "aus Drittstaaten seltener Weiterbildungen angeboten bekamen als vergleichbare "
                "Deutsche.[fn:fallakten]</p>"
            ),
            info_box(
                "Prüffragen für das eigene Handeln",
                "<ul><li>Würde ich genauso entscheiden, wenn die Person einen deutschen Namen hätte?</li>"
                "<li>Ist jede Anforderung für die Stelle tatsächlich erforderlich?</li>"
                "<li>Hat die Person alles verstanden – und woran erkenne ich das?</li>"
                "<li>Habe ich ausländische Abschlüsse und Erfahrungen erfragt?</li></ul>",
            ),
        ),
        chapter(
            "Fallbeispiele",
            section("Sprachanforderungen im Vermittlungsvorschlag"),
            rich_text(
                "<p>Herr A., Lagerlogistiker mit zehn Jahren Berufserfahrung, erhält keine Vermittlungsvorschläge, "
                "weil im Profil „Deutsch B2 erforderlich“ hinterlegt ist. Für die meisten Stellen im Lager "
                "reichen Grundkenntnisse. Die Integrationsfachkraft passt das Profil an; drei Wochen später "
                "beginnt Herr A. eine Probearbeit.[fn:fall-a]</p>"
            ),
            section("Kopftuch und Arbeitgeberwünsche"),
            rich_text(
                "<p>Ein Arbeitgeber bittet, „keine Bewerberinnen mit Kopftuch“ vorzuschlagen. Ein solcher Wunsch "
                "ist nach dem AGG unzulässig; das Jobcenter darf ihn nicht umsetzen.[fn:kopftuch] Die "
                "Integrationsfachkraft weist den Arbeitgeber auf die Rechtslage hin und dokumentiert das "
                "Gespräch.[fn:dokumentation-fall]</p>"
            ),
            section("Ausländische Abschlüsse im " + plan),
            rich_text(
                f"<p>Frau D. ist Bauingenieurin aus Syrien. Im {plan} steht das Ziel „Helfertätigkeit Bau“. "
                "Ihr Abschluss wurde nie erfragt. Nach einer Anerkennungsberatung beantragt sie die Bewertung "
                "ihres Abschlusses; das Ziel wird angepasst.[fn:fall-d] Die Bundesagentur für Arbeit sieht vor, "
                "ausländische Qualifikationen im Profiling zu erfassen.[fn:profiling]</p>"
            ),
            *only_new(
                section("Digitale Zugänge"),
                rich_text(
                    "<p>Herr K. soll Unterlagen über das Online-Portal hochladen, besitzt aber nur ein älteres "
                    "Smartphone und versteht die Fehlermeldungen nicht. Das Jobcenter bietet ihm eine persönliche "
                    "Abgabe und einen Termin im Servicebereich an.[fn:digital] Digitale Angebote ergänzen den "
                    "persönlichen Zugang, ersetzen ihn aber nicht.[fn:ozg]</p>"
                ),
            ),
        ),
        chapter(
            "Beratung diskriminierungssensibel gestalten",
            section("Haltung und Selbstreflexion"),
            rich_text(
                "<p>Diskriminierungssensible Beratung beginnt mit der Bereitschaft, eigene Annahmen zu prüfen. "
                "Kollegiale Fallberatung und regelmäßige Schulungen helfen dabei; IQ bietet dafür erprobte "
                "Formate an.[fn:schulungen]</p>"
            ),
            quote(
                "Seit wir im Team über konkrete Fälle sprechen, fallen uns Muster auf, die vorher unsichtbar waren.",
                "Teamleiterin eines Jobcenters",
            ),
            section("Sprachmittlung und verständliche Sprache"),
            rich_text(
                "<p>Für wichtige Gespräche sollte eine qualifizierte Sprachmittlung hinzugezogen werden; Kinder "
                "sollten nicht dolmetschen.[fn:sprachmittlung] Schriftliche Informationen in einfacher Sprache "
                "erleichtern allen das Verständnis.[fn:einfache-sprache]</p>"
            ),
            section("Dokumentation und Beschwerden"),
            rich_text(
                "<p>Entscheidungen sollten so dokumentiert werden, dass sie nachvollziehbar sind: Welche "
                "Anforderungen wurden gestellt und warum? Beschwerden sind ein Hinweis auf mögliche Schwachstellen "
                "und sollten ausgewertet werden.[fn:auswertung]</p>"
            ),
            *only_new(
                section("Checkliste für das Team"),
                info_box(
                    "Checkliste",
                    "<ol><li>Werden ausländische Abschlüsse im Erstgespräch erfragt?</li>"
                    "<li>Stehen Sprachmittlung und Informationen in einfacher Sprache bereit?</li>"
                    "<li>Werden Sprachanforderungen in Profilen regelmäßig geprüft?</li>"
                    "<li>Ist bekannt, wie mit diskriminierenden Arbeitgeberwünschen umzugehen ist?</li>"
                    "<li>Werden Beschwerden systematisch ausgewertet?[fn:checkliste]</li></ol>",
                ),
            ),
        ),
    ]


def _footnotes() -> list[dict]:
    return [
        footnote("zielgruppe", "<p>Zur Rolle der Jobcenter bei der Integration vgl. <i>Hartmann/Yilmaz</i> "
                 "2022, S. 7–12.</p>"),
        footnote("fallbeispiele", "<p>Alle Fallbeispiele sind verfremdet. Namen sind abgekürzt und frei "
                 "gewählt.</p>"),
        footnote("neu-in-2-0", "<p>Eine Übersicht der Änderungen enthält die Versionshistorie.</p>"),
        footnote("rueckmeldungen", "<p>Online-Befragung im Frühjahr 2025, 14 Jobcenter aus neun Ländern.</p>"),
        footnote("agg-1", "<p>§ 1 AGG.</p>"),
        footnote("agg-3", "<p>§ 3 AGG.</p>"),
        footnote("agg-2-2", "<p>§ 2 Abs. 2 AGG in Verbindung mit § 33c SGB I.</p>"),
        footnote("gg-3", "<p>Art. 3 Abs. 1 und 3 GG.</p>"),
        footnote("eu-recht", "<p>Art. 21 der Charta der Grundrechte der Europäischen Union; Richtlinie "
                 "2000/43/EG.</p>"),
        footnote("ladg", "<p>Zum Beispiel das Berliner Landesantidiskriminierungsgesetz (LADG) von 2020.</p>"),
        footnote("plan", "<p>§ 15 SGB II.</p>"),
        footnote("sgb-beratung", "<p>§§ 13–15 SGB I; zur Sprachmittlung vgl. <i>Antidiskriminierungsstelle des "
                 "Bundes</i> 2021, S. 34.</p>"),
        footnote("sprache-anspruch", "<p>Vgl. <i>Hartmann/Yilmaz</i> 2022, S. 25.</p>"),
        footnote("beschwerde", "<p>Zu unabhängigen Beschwerdestellen vgl. <i>Netzwerk Beschwerde</i> "
                 "2024.</p>"),
        footnote("ads", "<p>§ 27 AGG; vgl. <i>Antidiskriminierungsstelle des Bundes</i> 2021.</p>"),
        footnote("mittelbar", "<p>Zur mittelbaren Benachteiligung durch Sprachanforderungen vgl. "
                 "<i>Brandt</i> 2023, S. 112.</p>"),
        footnote("institutionell", "<p>Grundlegend <i>Gomolla/Radtke</i> 2009.</p>"),
        footnote("fallakten", "<p>Vgl. <i>Institut für Sozialforschung Rhein-Ruhr</i> 2022, S. 31; "
                 "Stichprobe aus sechs Jobcentern.</p>"),
        footnote("fall-a", "<p>Fall aus einer IQ Schulung in Sachsen, 2022.</p>"),
        footnote("kopftuch", "<p>§§ 7, 11 AGG; zur Rolle der Vermittlung vgl. <i>Brandt</i> 2023, "
                 "S. 130.</p>"),
        footnote("dokumentation-fall", "<p>Eine Vorlage für die Dokumentation enthält Kapitel 5.</p>"),
        footnote("fall-d", "<p>Zur Anerkennung vgl. das Themendossier „Kompetenzfeststellung ohne Zeugnis“ "
                 "der IQ Fachstelle Anerkennung und Qualifizierung.</p>"),
        footnote("profiling", "<p>Vgl. <i>Bundesagentur für Arbeit</i> 2023, Abschnitt 2.3.</p>"),
        footnote("digital", "<p>Fall aus einer Rückmeldung zur Fassung 1.0, 2024.</p>"),
        footnote("ozg", "<p>Vgl. <i>Hartmann/Yilmaz</i> 2022, S. 41, und die Hinweise der Bundesagentur "
                 "für Arbeit 2023.</p>"),
        footnote("schulungen", "<p>Etwa Schulungen zur interkulturellen Kompetenzentwicklung und "
                 "Antidiskriminierung im Förderprogramm IQ.</p>"),
        footnote("sprachmittlung", "<p>Vgl. <i>Antidiskriminierungsstelle des Bundes</i> 2021, S. 36.</p>"),
        footnote("einfache-sprache", "<p>Vgl. <i>Antidiskriminierungsstelle des Bundes</i> 2021, S. 40–42.</p>"),
        footnote("auswertung", "<p>So auch <i>Institut für Sozialforschung Rhein-Ruhr</i> 2022, S. 48.</p>"),
        footnote("checkliste", "<p>Die Checkliste kann als Vorlage für Teambesprechungen genutzt werden.</p>"),
    ]  # fmt: skip


def _references(*, new: bool) -> list[dict]:
    references = [
        reference(authors="AGG", year="2006", title="Allgemeines Gleichbehandlungsgesetz", source="BGBl. I S. 1897"),
        reference(
            authors="SGB I",
            year="1975",
            title="Erstes Buch Sozialgesetzbuch – Allgemeiner Teil",
            source="BGBl. I S. 3015",
        ),
        reference(
            authors="SGB II",
            year="2003",
            title="Zweites Buch Sozialgesetzbuch – Grundsicherung für Arbeitsuchende",
            source="BGBl. I S. 2954",
        ),
        reference(
            authors="Antidiskriminierungsstelle des Bundes",
            year="2021",
            title="Diskriminierungsschutz in der öffentlichen Verwaltung. Ein Handbuch",
            source="Berlin",
            url="https://www.example.org/ads/handbuch-verwaltung.pdf",
            accessed="2023-04-12",
        ),
        reference(
            authors="Brandt, Tobias",
            year="2023",
            title="Vermittlung ohne Vorurteil? Diskriminierungsrisiken in der Arbeitsvermittlung",
            source="Baden-Baden: Nomos",
        ),
        reference(
            authors="Gomolla, Mechtild; Radtke, Frank-Olaf",
            year="2009",
            title="Institutionelle Diskriminierung. Die Herstellung ethnischer Differenz in der Schule",
            source="3. Aufl., Wiesbaden: VS Verlag",
        ),
        reference(
            authors="Hartmann, Jana; Yilmaz, Emre",
            year="2022",
            title="Jobcenter als Integrationsakteure. Eine Bestandsaufnahme",
            source="Sozialer Fortschritt 71 (5), S. 5–48",
        ),
        reference(
            authors="Institut für Sozialforschung Rhein-Ruhr",
            year="2022",
            title="Gleiche Chancen im Fallmanagement? Auswertung von 1.200 Fallakten",
            source="Arbeitspapier 12, Essen",
        ),
        reference(
            authors="Bundesagentur für Arbeit",
            year="2023",
            title="Fachliche Weisungen zum Profiling und zur Integrationsplanung",
            url="https://www.example.org/ba/fachliche-weisungen-profiling",
            accessed="2023-04-20",
        ),
    ]
    if new:
        references.append(
            reference(authors="Netzwerk Beschwerde", year="2024",
                      title="Unabhängige Beschwerdestellen für Jobcenter. Ein Praxisbericht",
                      url="https://www.example.org/netzwerk-beschwerde/praxisbericht", accessed="2025-06-02")
        )  # fmt: skip
    return references  # fmt: skip


def fields(*, edition: str) -> dict:
    new = edition == "2.0"
    chapter_data = _chapters(new=new)
    used = {
        key
        for item in chapter_data
        for child in item["value"]["body"]
        for key in marker_keys(child["value"] if child["type"] == "paragraph" else child["value"].get("body", ""))
    }
    history = [version("2023-06-15", "1.0", "Erstveröffentlichung.")]
    if new:
        history.append(
            version(
                "2025-09-15",
                "2.0",
                "Bürgergeld und Kooperationsplan berücksichtigt; Beschwerdewege, Fallbeispiel „Digitale Zugänge“ "
                "und Checkliste ergänzt; Quellen aktualisiert.",
            )
        )
    return {
        "title": TITLE,
        "subtitle": SUBTITLE,
        "teaser": "Fallbeispiele, Prüffragen und rechtliche Grundlagen (AGG) für Integrationsfachkräfte.",
        "abstract": (
            "<p>Fallbeispiele, Prüffragen und rechtliche Grundlagen (AGG) für Integrationsfachkräfte. Der "
            "Leitfaden zeigt, wo in der Beratung und Vermittlung im Jobcenter Benachteiligungen entstehen können, "
            "wie sie sich erkennen lassen und was Teams konkret tun können.</p>"
            "<p><i>Demo-Inhalt: Fälle, Studien und Zahlen sind frei erfunden.</i></p>"
        ),
        "edition": edition,
        "version_history": history,
        "chapters": chapter_data,
        "footnotes": [note for note in _footnotes() if note["value"]["key"] in used],
        "references": _references(new=new),
    }
