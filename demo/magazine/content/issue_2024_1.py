"""IQ konkret 1/2024 – „Anerkennung digital: Wege durch das Verfahren“ (frei erfunden)."""

import datetime

from magazine.models import ArticleType

from . import (
    PHOTO_CREDIT,
    ArticleSpec,
    figure,
    heading,
    info_box,
    interview,
    paragraph,
    project_portrait,
    quote,
)
from . import issue_2024_1_sections as sections

SLUG = "2024-1"


def issue_fields(*, people, images) -> dict:
    return {
        "title": "IQ konkret 1/2024",
        "issue_number": 1,
        "year": 2024,
        "focus_title": "Anerkennung digital: Wege durch das Verfahren",
        "teaser": (
            "Online-Anträge, Videoberatung, digitale Dokumentenprüfung – was die Digitalisierung für "
            "Ratsuchende und Beratende wirklich verändert."
        ),
        "publication_date": datetime.date(2024, 6, 14),
        "cover_image": images["cover"],
        "cover_alt": (
            "Illustration: Hände halten ein Tablet mit einer Liste von Verfahrensschritten, drei davon abgehakt; "
            "ringsum schweben Zeugnisse und Urkunden auf dunkelblauem Grund."
        ),
        "editorial_title": "Mehr Tempo, gleiche Sorgfalt",
        "editorial": (
            "<p>Liebe Leserinnen und Leser,</p>"
            "<p>wer einen ausländischen Berufsabschluss anerkennen lassen will, braucht bis heute vor allem eines: "
            "Geduld. Zeugnisse müssen übersetzt und beglaubigt, Nachweise gesammelt, Fristen eingehalten werden. "
            "Viele Ratsuchende erzählen uns, dass sie monatelang nicht wussten, wo ihr Antrag gerade liegt. Die "
            "Digitalisierung verspricht Abhilfe: Anträge lassen sich online stellen, Unterlagen hochladen, "
            "Beratungsgespräche per Video führen.</p>"
            "<p>In dieser Ausgabe fragen wir, was davon im Alltag ankommt. Unser Hintergrundartikel zeichnet den "
            "Weg vom Papierordner zum Online-Antrag nach und zeigt, wo das Verfahren schneller geworden ist – und "
            "wo es noch hakt. Im Interview erklärt eine Beraterin aus Leipzig, warum gute Beratung trotz aller "
            "Technik Beziehungsarbeit bleibt. Und an der schleswig-holsteinischen Westküste haben wir ein "
            "Projekt besucht, das Videoberatung dorthin bringt, wo die nächste Beratungsstelle eine Tagesreise "
            "entfernt ist.</p>"
            "<p>Eines zieht sich durch alle Beiträge: Digitale Wege sparen Zeit, wenn sie die Sorgfalt nicht "
            "ersetzen, sondern unterstützen. Eine Gleichwertigkeitsprüfung bleibt eine Einzelfallprüfung. Der "
            "Mensch, der hinter dem Antrag steht, ist mehr als ein Datensatz.</p>"
            "<p>Wir wünschen Ihnen eine anregende Lektüre – gedruckt, am Bildschirm oder als barrierefreies "
            "PDF.</p>"
        ),
        "editorial_author": people["mb"],
        "photo_credits": [
            {"type": "credit", "value": {"credit": "Titel: " + PHOTO_CREDIT, "pages": "1"}},
            {"type": "credit", "value": {"credit": PHOTO_CREDIT, "pages": ""}},
        ],
        "print_run": 3000,
        "print_month": "Juni 2024",
    }


def articles(*, people, images, refs) -> list[ArticleSpec]:
    return [
        _background(people, images),
        _interview(people, images),
        _project_portrait(people, images, refs),
        sections.facts(people),
        sections.review(people),
        sections.news(people),
    ]


def _background(people, images) -> ArticleSpec:
    return ArticleSpec(
        slug="vom-papierordner-zum-online-antrag",
        title="Vom Papierordner zum Online-Antrag",
        article_type=ArticleType.BACKGROUND,
        lead=(
            "Seit 2024 lässt sich die Anerkennung eines ausländischen Berufsabschlusses in allen Ländern online "
            "beantragen. Was ist gewonnen, wenn der Antrag nicht mehr per Post reist – und was bleibt analog?"
        ),
        authors=[people["iw"]],
        body=[
            paragraph(
                "Noch vor wenigen Jahren sah der typische Anerkennungsantrag so aus: ein dicker Umschlag mit "
                "beglaubigten Kopien, Übersetzungen und einem ausgedruckten Formular, adressiert an eine Stelle, "
                "deren Zuständigkeit die Antragstellerin erst mühsam herausfinden musste. Ob der Umschlag "
                "angekommen war, erfuhr sie oft erst Wochen später – mit der Bitte, fehlende Unterlagen "
                "nachzureichen.",
                "Heute beginnt der Weg für viele Ratsuchende am Smartphone. Über das Portal der zuständigen "
                "Stelle lassen sich Antrag und Nachweise hochladen, der Bearbeitungsstand ist einsehbar, "
                "Rückfragen kommen per Nachricht. „Das klingt nach einer kleinen Änderung, ist aber für die "
                "Menschen eine große“, sagt eine Beraterin aus dem IQ Netzwerk. „Sie wissen endlich, wo ihr "
                "Antrag steht.“",
            ),
            heading("Ein Antrag, viele Stellen"),
            paragraph(
                "Die Anerkennung ist in Deutschland Sache vieler Stellen: Für Pflegeberufe sind die Länder "
                "zuständig, für Handwerksberufe die Kammern, für akademische Heilberufe die "
                "Approbationsbehörden. Entsprechend unterschiedlich war lange die digitale Ausstattung. Mit dem "
                "Onlinezugangsgesetz haben sich Bund und Länder verpflichtet, Verwaltungsleistungen auch digital "
                "anzubieten – die Anerkennung ausländischer Berufsqualifikationen gehört dazu.",
                "In der Praxis bedeutet das: Ein einheitliches Portal gibt es nicht, wohl aber einheitlichere "
                "Wege. Die meisten Stellen nehmen Anträge inzwischen elektronisch an, viele verzichten in einem "
                "ersten Schritt auf beglaubigte Kopien und fordern Originale nur noch im Zweifelsfall an. Das "
                "spart Ratsuchenden Gebühren für Beglaubigungen und Wochen an Wartezeit.",
            ),
            figure(
                images["paper"],
                alt=(
                    "Illustration: Auf einem Schreibtisch stehen fünf bunte Aktenordner, daneben liegen lose "
                    "Blätter; rechts zeigt ein Tablet ein Online-Formular mit mehreren Eingabefeldern."
                ),
                caption="Aus dem Ordner ins Portal: Unterlagen werden heute meist digital eingereicht.",
            ),
            heading("Was sich für Ratsuchende ändert"),
            paragraph(
                "Der größte Gewinn liegt für viele im Vorfeld des Antrags. Wer noch im Ausland lebt, kann seine "
                "Unterlagen prüfen lassen, bevor er einreist – eine Voraussetzung für viele Visa zur "
                "Fachkräfteeinwanderung. Die beschleunigten Fachkräfteverfahren setzen auf genau diese digitale "
                "Vorprüfung.",
                "Auch im Inland werden Wege kürzer. In der Anerkennungsberatung von IQ berichten Beraterinnen "
                "und Berater, dass Ratsuchende seltener mit unvollständigen Unterlagen kommen, weil die Portale "
                "Pflichtnachweise abfragen. Gleichzeitig steigen die Anforderungen an digitale Kompetenzen: Wer "
                "kein eigenes Gerät hat oder mit dem Hochladen von Dokumenten nicht vertraut ist, braucht "
                "Unterstützung.",
            ),
            quote(
                "Das Portal erklärt, was fehlt. Warum es fehlt und was man dagegen tun kann, erklärt es nicht. "
                "Dafür gibt es uns.",
                "Anerkennungsberaterin im IQ Netzwerk",
            ),
            heading("Digitale Dokumente, echte Prüfung"),
            paragraph(
                "An der Gleichwertigkeitsprüfung selbst ändert die Digitalisierung wenig. Die zuständige Stelle "
                "vergleicht weiterhin Inhalte und Dauer der ausländischen Ausbildung mit dem deutschen "
                "Referenzberuf und berücksichtigt die Berufserfahrung. Stellt sie wesentliche Unterschiede fest, "
                "kann sie eine Ausgleichsmaßnahme verlangen – einen Anpassungslehrgang oder eine Prüfung.",
                "Neu ist, dass Bescheide zunehmend elektronisch zugestellt werden und sich leichter "
                "weitergeben lassen: an Arbeitgeber, an Qualifizierungsanbieter, an die Beratungsstelle. Das "
                "erleichtert den nächsten Schritt. Viele IQ Qualifizierungen beginnen heute mit dem "
                "hochgeladenen Bescheid, aus dem sich der individuelle Lernplan ableitet.",
            ),
            info_box(
                "Fünf Schritte zur Gleichwertigkeitsprüfung",
                "<ol>"
                "<li><b>Referenzberuf klären:</b> Welcher deutsche Beruf entspricht der ausländischen "
                "Qualifikation? Die IQ Beratung hilft bei der Einordnung.</li>"
                "<li><b>Zuständige Stelle finden:</b> Je nach Beruf und Bundesland sind Kammern, Länder oder "
                "Behörden zuständig.</li>"
                "<li><b>Unterlagen zusammenstellen:</b> Nachweise über Ausbildung, Inhalte und Berufserfahrung, "
                "bei Bedarf übersetzt.</li>"
                "<li><b>Antrag stellen:</b> online oder schriftlich; die Stelle bestätigt den Eingang und "
                "fordert Fehlendes an.</li>"
                "<li><b>Bescheid nutzen:</b> Volle Gleichwertigkeit öffnet den Beruf; bei wesentlichen "
                "Unterschieden folgt eine Ausgleichsmaßnahme.</li>"
                "</ol>",
            ),
            heading("Wo es noch hakt"),
            paragraph(
                "Nicht alle Erwartungen haben sich erfüllt. Die Bearbeitungszeiten sind in manchen Berufen "
                "kaum kürzer geworden, weil nicht das Papier, sondern das Personal der Engpass ist. Schnittstellen "
                "zwischen den Portalen der Länder und den Systemen der Ausländerbehörden fehlen noch vielerorts. "
                "Und wer Unterlagen aus Ländern mit unsicherer Urkundenlage vorlegt, muss weiterhin mit "
                "Rückfragen und Originalvorlage rechnen.",
                "Die IQ Beratungsstellen sehen ihre Rolle deshalb nicht kleiner werden, sondern anders: weniger "
                "Formularhilfe, mehr Lotsenfunktion. Sie erklären Bescheide, planen Qualifizierungen und "
                "vermitteln zwischen Ratsuchenden, Behörden und Betrieben. Wie das gelingt, zeigen die folgenden "
                "Seiten.",
            ),
        ],
    )


def _interview(people, images) -> ArticleSpec:
    return ArticleSpec(
        slug="beratung-bleibt-beziehungsarbeit",
        title="Beratung bleibt Beziehungsarbeit",
        article_type=ArticleType.INTERVIEW,
        lead=(
            "Selin Arslan berät seit sieben Jahren Menschen mit ausländischen Berufsabschlüssen – erst am "
            "Schreibtisch, heute oft per Video. Ein Gespräch über Vertrauen am Bildschirm, volle Postfächer und "
            "die Frage, was sich nicht digitalisieren lässt."
        ),
        authors=[people["jk"]],
        body=[
            figure(
                images["video"],
                alt=(
                    "Illustration: Ein aufgeklappter Laptop auf einem Schreibtisch zeigt eine Videokonferenz mit "
                    "einer Ratsuchenden; daneben ein Fenster, eine Pflanze und eine Tasse."
                ),
                caption="Videoberatung gehört in vielen IQ Beratungsstellen inzwischen zum Alltag.",
            ),
            interview(
                interviewees="Selin Arslan, Anerkennungsberaterin im IQ RIN Leipzig (Name geändert)",
                interviewer="Jan Krüger (jk)",
                pairs=[
                    (
                        "Frau Arslan, wie viele Ihrer Beratungen finden inzwischen per Video statt?",
                        "Etwa ein Drittel. Während der Pandemie waren es fast alle, dann ist der Anteil wieder "
                        "gesunken und hat sich eingependelt. Die Ratsuchenden entscheiden selbst. Wer in "
                        "Schichten arbeitet oder Kinder betreut, schätzt es, nicht quer durch die Stadt fahren "
                        "zu müssen.",
                    ),
                    (
                        "Kann man am Bildschirm genauso gut beraten wie im Büro?",
                        "Fachlich ja. Wir teilen den Bildschirm, gehen gemeinsam durch das Antragsportal und "
                        "schauen uns Unterlagen an. Menschlich ist es anders. Im Büro merke ich schneller, wenn "
                        "jemand erschöpft ist oder eine Frage nicht stellt, die ihn eigentlich beschäftigt. "
                        "Am Bildschirm muss ich bewusster nachfragen.",
                    ),
                    (
                        "Was fragen Sie dann?",
                        "Oft ganz einfach: Wie geht es Ihnen mit dem Verfahren? Viele haben schon eine lange "
                        "Geschichte hinter sich, bevor sie zu uns kommen – Flucht, Trennung von der Familie, "
                        "Jobs weit unter ihrer Qualifikation. Die Anerkennung ist für sie nicht nur ein "
                        "Verwaltungsakt, sondern die Frage, ob ihr bisheriges Berufsleben hier zählt.",
                    ),
                    (
                        "Die Portale sollen das Verfahren einfacher machen. Merken Sie das?",
                        "Ja, bei der Vollständigkeit der Unterlagen. Früher habe ich viel Zeit damit verbracht, "
                        "Listen mit fehlenden Nachweisen zu schreiben. Heute sagt das Portal: Hier fehlt der "
                        "Nachweis über die Berufserfahrung. Dafür kommen neue Fragen: Wie scanne ich ein "
                        "Dokument so, dass man es lesen kann? Was bedeutet diese Fehlermeldung?",
                    ),
                    (
                        "Ist Beratung damit zur technischen Hilfe geworden?",
                        "Zum Teil, und das ist in Ordnung. Aber der Kern ist gleich geblieben: Wir helfen "
                        "Menschen, eine Entscheidung zu treffen. Lohnt sich die volle Anerkennung, oder ist ein "
                        "anderer Weg schneller in den Beruf? Welche Qualifizierung passt zum Bescheid? Das kann "
                        "kein Formular beantworten.",
                    ),
                    (
                        "Was wünschen Sie sich von den zuständigen Stellen?",
                        "Verständliche Bescheide. Viele Bescheide sind juristisch korrekt, aber für die "
                        "Betroffenen kaum zu lesen. Wenn darin stünde, welche Unterschiede genau bestehen und "
                        "wie man sie ausgleichen kann, wäre vielen schon geholfen. Und kurze Wege zu einer "
                        "Ansprechperson, wenn das Portal nicht weiterhilft.",
                    ),
                    (
                        "Und von der Politik?",
                        "Dass Beratung als Teil des Verfahrens verstanden wird und nicht als Zusatz. Die "
                        "Digitalisierung hat Ratsuchenden viel Papier erspart. Die Beziehung zu jemandem, der "
                        "sich auskennt und Zeit hat, ersetzt sie nicht.",
                    ),
                ],
            ),
            heading("Zur Person"),
            paragraph(
                "Selin Arslan (Name geändert) ist Sozialpädagogin und arbeitet seit 2017 in der Anerkennungs- "
                "und Qualifizierungsberatung des IQ Netzwerks in Sachsen. Sie berät auf Deutsch, Türkisch und "
                "Englisch, vor allem zu Gesundheits- und Sozialberufen."
            ),
        ],
    )


def _project_portrait(people, images, refs) -> ArticleSpec:
    return ArticleSpec(
        slug="videoberatung-im-laendlichen-raum",
        title="Videoberatung im ländlichen Raum",
        article_type=ArticleType.PROJECT_PORTRAIT,
        lead=(
            "Zwischen Husum und Heide ist die nächste Beratungsstelle oft eine Tagesreise entfernt. Ein Projekt "
            "an der schleswig-holsteinischen Westküste bringt die Anerkennungsberatung deshalb in "
            "Gemeindezentren – per Video und mit Unterstützung vor Ort."
        ),
        authors=[people["lh"]],
        body=[
            paragraph(
                "Dienstagmorgen im Gemeindehaus einer kleinen Gemeinde in Dithmarschen. Im Nebenraum, in dem "
                "sonst der Seniorenkreis tagt, steht ein Laptop mit großem Bildschirm, daneben ein "
                "Dokumentenscanner. Olena K., Krankenschwester aus Charkiw, sitzt vor der Kamera. Am anderen "
                "Ende der Verbindung, 90 Kilometer entfernt in Kiel, blättert ihre Beraterin durch die "
                "Unterlagen, die Olena K. gerade eingescannt hat.",
                "„Früher hätte sie für diesen Termin zwei Stunden mit Bus und Bahn fahren müssen, hin und "
                "zurück“, sagt Henrik Jansen, der das Projekt „Videoberatung Westküste“ leitet. Seit Anfang 2023 "
                "bietet der Träger in sechs Gemeinden feste Sprechzeiten an. Die Beratung kommt per Video, die "
                "Technik und eine Ansprechperson sind vor Ort.",
            ),
            heading("Ehrenamt und Technik"),
            paragraph(
                "Das Modell funktioniert, weil es nicht allein auf Technik setzt. In jeder Gemeinde gibt es eine "
                "geschulte Begleitperson – meist Ehrenamtliche aus der Flüchtlingshilfe –, die den Raum "
                "aufschließt, beim Scannen hilft und bei Bedarf übersetzt. Die eigentliche Beratung übernehmen "
                "die Fachkräfte der IQ Anerkennungsberatung.",
                "Die Geräte hat das Projekt aus eigenen Mitteln beschafft, die Räume stellen die Gemeinden. "
                "Eine stabile Internetverbindung war nicht überall selbstverständlich: In zwei Orten musste erst "
                "ein neuer Anschluss gelegt werden.",
            ),
            figure(
                images["rural"],
                alt=(
                    "Illustration: Eine Landstraße führt durch grüne und gelbe Felder auf ein Dorf mit roten "
                    "Dächern und ein größeres Gemeindehaus zu; daneben steht ein Mobilfunkmast."
                ),
                caption="Weite Wege: In dünn besiedelten Regionen ist die nächste Beratungsstelle oft weit entfernt.",
            ),
            heading("Was die Zahlen sagen"),
            paragraph(
                "Im ersten Jahr fanden 410 Beratungen in den Gemeindezentren statt, fast doppelt so viele wie "
                "erwartet. Zwei Drittel der Ratsuchenden waren Frauen, viele von ihnen mit Pflege- oder "
                "Lehramtsabschlüssen. Rund 120 Anträge auf Anerkennung wurden im Anschluss gestellt. Die "
                "Zufriedenheit ist hoch: In einer Befragung gaben neun von zehn Ratsuchenden an, die "
                "Videoberatung weiterzuempfehlen.",
                "Jansen sieht die Grenzen des Modells trotzdem klar: „Wenn es um sehr persönliche Themen geht, "
                "kommen die Beraterinnen auch mal selbst raus.“ Einmal im Monat findet deshalb in jeder Gemeinde "
                "ein Präsenztag statt.",
            ),
            quote(
                "Die Technik ist das Werkzeug. Entscheidend ist, dass jemand vor Ort die Tür aufschließt.",
                "Henrik Jansen, Projektleitung",
            ),
            heading("Übertragbar auf andere Regionen"),
            paragraph(
                "Inzwischen haben sich Träger aus Mecklenburg-Vorpommern und Niedersachsen nach dem Modell "
                "erkundigt. Das Projekt hat seine Erfahrungen in einem Leitfaden zusammengefasst: von der "
                "Auswahl der Räume über Datenschutz bei Videogesprächen bis zur Schulung der Begleitpersonen. "
                "Der Leitfaden steht allen IQ Projekten zur Verfügung.",
            ),
            project_portrait(
                name="Videoberatung Westküste",
                organisation=refs["org_kueste"],
                network=refs["network_sh"],
                action_area=refs["hsp_beratung"],
                contact=people["hj"],
                text=(
                    "Anerkennungs- und Qualifizierungsberatung per Video in sechs Gemeindezentren in "
                    "Dithmarschen und Nordfriesland, mit geschulten ehrenamtlichen Begleitpersonen vor Ort "
                    "und einem monatlichen Präsenztag. 410 Beratungen im ersten Projektjahr."
                ),
            ),
        ],
    )
