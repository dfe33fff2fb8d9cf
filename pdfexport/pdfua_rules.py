"""What the rules of the independent PDF/UA-1 validator (page-validation) mean, in German.

The validator names each failure by a rule id and an English message; editors
and reviewers read these sentences instead. page-validation has no catalogue
to query at run time, so the ids are those its 0.11 release checks under the
``ua1`` profile. A rule missing here still gets a German sentence that names
its id and the validator's own message (``pdfua_rule_text``).
"""

VALIDATOR_NAME = "page-validation"
#: Stands for "the validator cannot parse the file"; not one of its rules.
PARSE_RULE = "PARSE"

RULE_TEXTS: dict[str, str] = {
    # Document and metadata
    "PDFUA1-HEADER-001": "Die Datei beginnt nicht mit einem gültigen PDF-Kopf",
    "PDFUA1-ENCRYPTION-P-001": "Die Verschlüsselung des PDFs verbietet Hilfsprogrammen das Vorlesen des Inhalts",
    "PDFUA1-ID-PART-001": "Das PDF ist in seinen Metadaten nicht als PDF/UA-1 gekennzeichnet",
    "PDFUA1-ID-PART-PREFIX-001": "Die PDF/UA-Kennzeichnung in den Metadaten nutzt nicht das vorgeschriebene Präfix",
    "PDFUA1-ID-AMD-PREFIX-001": "Die PDF/UA-Ergänzung in den Metadaten nutzt nicht das vorgeschriebene Präfix",
    "PDFUA1-ID-CORR-PREFIX-001": "Die PDF/UA-Korrektur in den Metadaten nutzt nicht das vorgeschriebene Präfix",
    "PDFUA1-ID-SCHEMA-001": "Das Metadaten-Schema für die PDF/UA-Kennzeichnung fehlt oder ist falsch beschrieben",
    "PDFUA1-METADATA-STRUCTURE-001": "Die XMP-Metadaten des PDFs sind fehlerhaft aufgebaut",
    "PDFUA1-METADATA-TITLE-001": "Das PDF hat in seinen Metadaten keinen Dokumenttitel",
    "PDFUA1-METADATA-LANGUAGE-001": "Die Metadaten geben eine ungültige Sprache an",
    "PDFUA1-VIEWER-PREFERENCES-001": "Das PDF zeigt im Fenstertitel den Dateinamen statt des Dokumenttitels",
    "PDFUA1-SUSPECTS-001": "Das PDF ist als möglicherweise fehlerhaft getaggt markiert (/Suspects)",
    "PDFUA1-DYNAMIC-XFA-001": "Das PDF enthält ein dynamisches XFA-Formular, das Hilfsprogramme nicht lesen können",
    # Structure tree
    "PDFUA1-TAGGED-DOCUMENT-001": "Das PDF ist nicht als getaggtes Dokument gekennzeichnet",
    "PDFUA1-STRUCT-TREE-ROOT-001": "Das PDF hat keinen Strukturbaum: Screenreader erkennen keine Überschriften",
    "PDFUA1-STRUCT-TREE-ROLE-MAP-001": "Ein eigener Strukturtyp ist keinem Standardtyp zugeordnet",
    "PDFUA1-STRUCT-TREE-ROLE-MAP-CYCLE-001": "Die Zuordnung eigener Strukturtypen zu Standardtypen ist zirkulär",
    "PDFUA1-STRUCT-TREE-ROLE-MAP-STANDARD-001": "Ein Standardstrukturtyp wird auf einen anderen Typ umgedeutet",
    "PDFUA1-STRUCT-ELEMENT-PARENT-001": "Ein Strukturelement verweist nicht richtig auf sein übergeordnetes Element",
    "PDFUA1-CONTENT-TAGGING-001": "Inhalt einer Seite ist weder getaggt noch als Artefakt (Dekoration) gekennzeichnet",
    "PDFUA1-ARTIFACT-NESTED-001": "Ein Artefakt (Dekoration) liegt innerhalb von getaggtem Inhalt",
    "PDFUA1-TAGGED-CONTENT-INSIDE-ARTIFACT-001": "Getaggter Inhalt liegt in einem Artefakt und wird nicht vorgelesen",
    "PDFUA1-PRINTER-MARK-ARTIFACT-001": "Eine Druckermarke ist nicht als Artefakt gekennzeichnet",
    # Headings
    "PDFUA1-HEADING-NESTING-001": "Die Überschriftenebenen springen (z. B. von H1 direkt zu H3)",
    "PDFUA1-HEADING-CHILD-COUNT-001": "Ein Abschnitt enthält mehr als eine nicht nummerierte Überschrift (H)",
    "PDFUA1-HEADING-STRUCTURE-001": "Nummerierte Überschriften (H1–H6) und nicht nummerierte (H) sind gemischt",
    # Lists
    "PDFUA1-L-KIDS-001": "Eine Liste enthält etwas anderes als Listenpunkte",
    "PDFUA1-L-CAPTION-001": "Die Beschriftung einer Liste steht nicht an erster Stelle",
    "PDFUA1-LI-PARENT-001": "Ein Listenpunkt steht außerhalb einer Liste",
    "PDFUA1-LI-KIDS-001": "Ein Listenpunkt enthält etwas anderes als Aufzählungszeichen und Listentext",
    "PDFUA1-LBODY-PARENT-001": "Ein Listentext steht außerhalb eines Listenpunkts",
    # Tables of contents
    "PDFUA1-TOC-KIDS-001": "Ein Inhaltsverzeichnis enthält etwas anderes als Einträge",
    "PDFUA1-TOC-CAPTION-001": "Die Beschriftung eines Inhaltsverzeichnisses steht nicht an erster Stelle",
    "PDFUA1-TOCI-PARENT-001": "Ein Eintrag des Inhaltsverzeichnisses steht außerhalb eines Inhaltsverzeichnisses",
    # Tables
    "PDFUA1-TABLE-KIDS-001": "Eine Tabelle enthält etwas anderes als Zeilen, Kopf-, Rumpf-, Fußbereich, Beschriftung",
    "PDFUA1-TR-KIDS-001": "Eine Tabellenzeile enthält etwas anderes als Zellen",
    "PDFUA1-TR-PARENT-001": "Eine Tabellenzeile steht außerhalb einer Tabelle",
    "PDFUA1-TH-PARENT-001": "Eine Kopfzelle steht außerhalb einer Tabellenzeile",
    "PDFUA1-TD-PARENT-001": "Eine Tabellenzelle steht außerhalb einer Tabellenzeile",
    "PDFUA1-THEAD-KIDS-001": "Der Kopfbereich einer Tabelle enthält etwas anderes als Zeilen",
    "PDFUA1-TBODY-KIDS-001": "Der Rumpf einer Tabelle enthält etwas anderes als Zeilen",
    "PDFUA1-TFOOT-KIDS-001": "Der Fußbereich einer Tabelle enthält etwas anderes als Zeilen",
    "PDFUA1-THEAD-PARENT-001": "Ein Tabellenkopf steht außerhalb einer Tabelle",
    "PDFUA1-TBODY-PARENT-001": "Ein Tabellenrumpf steht außerhalb einer Tabelle",
    "PDFUA1-TFOOT-PARENT-001": "Ein Tabellenfuß steht außerhalb einer Tabelle",
    "PDFUA1-TABLE-CAPTION-COUNT-001": "Eine Tabelle hat mehr als eine Beschriftung",
    "PDFUA1-TABLE-CAPTION-POSITION-001": "Die Beschriftung einer Tabelle steht weder am Anfang noch am Ende",
    "PDFUA1-TABLE-THEAD-COUNT-001": "Eine Tabelle hat mehr als einen Kopfbereich",
    "PDFUA1-TABLE-TFOOT-COUNT-001": "Eine Tabelle hat mehr als einen Fußbereich",
    "PDFUA1-TABLE-THEAD-TBODY-001": "Eine Tabelle hat einen Kopfbereich, aber keinen Rumpf",
    "PDFUA1-TABLE-TFOOT-TBODY-001": "Eine Tabelle hat einen Fußbereich, aber keinen Rumpf",
    "PDFUA1-TABLE-COLUMN-ROWSPAN-001": "In einer Tabelle gehen Zellen über mehr Zeilen, als die Tabelle hat",
    "PDFUA1-TABLE-ROW-COLUMNSPAN-001": "Die Zeilen einer Tabelle haben unterschiedlich viele Spalten",
    "PDFUA1-TABLE-CELL-INTERSECTION-001": "Zwei verbundene Tabellenzellen überlappen sich",
    "PDFUA1-TABLE-HEADERS-SCOPE-001": "Eine Kopfzelle sagt nicht, ob sie für eine Zeile oder eine Spalte gilt",
    "PDFUA1-TABLE-HEADERS-UNDEFINED-001": "Eine Tabellenzelle verweist auf eine Kopfzelle, die es nicht gibt",
    # Figures, formulas, notes
    "PDFUA1-FIGURE-ALTERNATIVE-TEXT-001": "Eine Abbildung hat keinen Alternativtext",
    "PDFUA1-FORMULA-ALTERNATIVE-TEXT-001": "Eine Formel hat keinen Alternativtext",
    "PDFUA1-NOTE-ID-001": "Eine Fußnote hat keine Kennung (/ID)",
    "PDFUA1-NOTE-ID-UNIQUE-001": "Zwei Fußnoten haben dieselbe Kennung (/ID)",
    # Languages
    "PDFUA1-LANGUAGE-TAG-001": "Eine Sprachangabe ist kein gültiger Sprachcode",
    "PDFUA1-TEXT-LANGUAGE-001": "Für Text im PDF ist keine Sprache angegeben",
    "PDFUA1-OUTLINE-LANGUAGE-001": "Für ein Lesezeichen ist keine Sprache angegeben",
    "PDFUA1-ACTUAL-TEXT-LANGUAGE-001": "Für einen Ersatztext (/ActualText) ist keine Sprache angegeben",
    "PDFUA1-ALT-TEXT-LANGUAGE-001": "Für einen Alternativtext ist keine Sprache angegeben",
    "PDFUA1-E-TEXT-LANGUAGE-001": "Für die Langform einer Abkürzung ist keine Sprache angegeben",
    "PDFUA1-SPAN-ACTUAL-TEXT-LANGUAGE-001": "Für einen Ersatztext im Textfluss ist keine Sprache angegeben",
    "PDFUA1-SPAN-ALT-TEXT-LANGUAGE-001": "Für einen Alternativtext im Textfluss ist keine Sprache angegeben",
    "PDFUA1-SPAN-E-TEXT-LANGUAGE-001": "Für eine Abkürzung im Textfluss ist keine Sprache angegeben",
    "PDFUA1-ANNOTATION-CONTENTS-LANGUAGE-001": "Für die Beschreibung einer Anmerkung ist keine Sprache angegeben",
    "PDFUA1-FORM-FIELD-TU-LANGUAGE-001": "Für die Beschreibung eines Formularfelds ist keine Sprache angegeben",
    # Links, annotations, forms, media
    "PDFUA1-LINK-LINK-TAG-001": "Ein Link ist nicht als Link getaggt und wird von Screenreadern nicht als Link erkannt",
    "PDFUA1-LINK-CONTENTS-001": "Ein Link hat keine Beschreibung (/Contents)",
    "PDFUA1-ANNOTATION-ANNOT-TAG-001": "Eine Anmerkung ist nicht getaggt",
    "PDFUA1-ANNOTATION-CONTENTS-ALT-001": "Eine Anmerkung hat weder Beschreibung noch Alternativtext",
    "PDFUA1-TRAPNET-ANNOTATION-001": "Das PDF enthält eine unzulässige Überfüllungs-Anmerkung (TrapNet)",
    "PDFUA1-PAGE-TABS-001": "Auf einer Seite mit Anmerkungen folgt die Tabulator-Reihenfolge nicht der Struktur",
    "PDFUA1-WIDGET-FORM-TAG-001": "Ein Formularfeld ist nicht als Formular getaggt",
    "PDFUA1-FORM-FIELD-TU-ALT-001": "Ein Formularfeld hat keine Beschreibung",
    "PDFUA1-FORM-CHILDREN-001": "Ein Formular-Element enthält mehr als ein Formularfeld",
    "PDFUA1-FORM-REFERENCE-001": "Ein Formular-Element verweist auf kein Formularfeld",
    "PDFUA1-FORM-STRUCTURE-001": "Ein Formularfeld ist nicht in die Struktur eingebunden",
    "PDFUA1-MEDIA-CLIP-CT-001": "Ein eingebettetes Medium gibt seinen Dateityp nicht an",
    "PDFUA1-MEDIA-CLIP-ALT-001": "Ein eingebettetes Medium hat keinen Alternativtext",
    "PDFUA1-FILE-SPEC-F-AND-UF-001": "Eine eingebettete Datei hat keinen vollständigen Dateinamen",
    "PDFUA1-OPTIONAL-CONTENT-NAME-001": "Eine ein- und ausblendbare Ebene hat keinen Namen",
    "PDFUA1-OPTIONAL-CONTENT-AS-001": "Ein- und ausblendbare Ebenen werden automatisch umgeschaltet",
    # Fonts
    "PDFUA1-FONT-EMBEDDING-001": "Eine Schrift ist nicht eingebettet",
    "PDFUA1-FONT-TYPE1-CHARSET-001": "Eine Type-1-Schrift listet ihre Zeichen nicht vollständig auf",
    "PDFUA1-CID-SUBSET-CIDSET-001": "Eine Teilschrift listet ihre Zeichen nicht vollständig auf (CIDSet)",
    "PDFUA1-FONT-GLYPH-PRESENCE-001": "In einer eingebetteten Schrift fehlt ein verwendetes Zeichen",
    "PDFUA1-FONT-GLYPH-WIDTH-001": "Die Zeichenbreiten stimmen nicht mit der eingebetteten Schrift überein",
    "PDFUA1-TRUETYPE-NONSYMBOLIC-CMAP-001": "Einer TrueType-Schrift fehlt die Zeichentabelle",
    "PDFUA1-TRUETYPE-NONSYMBOLIC-ENCODING-001": "Eine TrueType-Schrift hat eine unzulässige Zeichenkodierung",
    "PDFUA1-TRUETYPE-SYMBOLIC-ENCODING-001": "Eine Symbolschrift darf keine Zeichenkodierung angeben",
    "PDFUA1-TRUETYPE-SYMBOLIC-CMAP-001": "Einer Symbolschrift fehlt die passende Zeichentabelle",
    "PDFUA1-FONT-UNICODE-MAPPING-001": "Zeichen lassen sich nicht in Text zurückübersetzen (Screenreader lesen Unsinn)",
    "PDFUA1-FONT-UNICODE-VALUE-001": "Zeichen einer Schrift werden auf ungültige Unicode-Werte abgebildet",
    "PDFUA1-NOTDEF-GLYPH-001": "Der Text verwendet ein Ersatzzeichen (.notdef), das nichts darstellt",
    "PDFUA1-CIDTOGIDMAP-001": "Einer CID-Schrift fehlt die Zuordnung der Zeichen (CIDToGIDMap)",
    "PDFUA1-CMAP-EMBEDDING-001": "Eine Zeichentabelle (CMap) ist nicht eingebettet",
    "PDFUA1-CMAP-WMODE-001": "Eine Zeichentabelle (CMap) gibt die Schreibrichtung widersprüchlich an",
    "PDFUA1-CMAP-REFERENCE-001": "Eine Zeichentabelle (CMap) verweist auf eine nicht eingebettete Tabelle",
    "PDFUA1-TYPE0-CID-SYSTEM-INFO-001": "Eine zusammengesetzte Schrift macht widersprüchliche Angaben zum Zeichensatz",
}


def pdfua_rule_text(*, rule_id: str, message: str) -> str:
    """What breaking ``rule_id`` means, in German, naming the rule and the validator (no full stop)."""
    source = f"Regel {rule_id} des unabhängigen Prüfprogramms {VALIDATOR_NAME}"
    if rule_id == PARSE_RULE:
        return f"Das unabhängige Prüfprogramm {VALIDATOR_NAME} kann die Datei nicht als PDF lesen („{message}“)"
    if text := RULE_TEXTS.get(rule_id):
        return f"{text} ({source})"
    return f"Das PDF verletzt die {source} („{message}“)"
