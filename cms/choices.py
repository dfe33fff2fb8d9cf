"""Fixed vocabularies of the IQ programme."""

from django.db import models


class Bundesland(models.TextChoices):
    BW = "BW", "Baden-Württemberg"
    BY = "BY", "Bayern"
    BE = "BE", "Berlin"
    BB = "BB", "Brandenburg"
    HB = "HB", "Bremen"
    HH = "HH", "Hamburg"
    HE = "HE", "Hessen"
    MV = "MV", "Mecklenburg-Vorpommern"
    NI = "NI", "Niedersachsen"
    NW = "NW", "Nordrhein-Westfalen"
    RP = "RP", "Rheinland-Pfalz"
    SL = "SL", "Saarland"
    SN = "SN", "Sachsen"
    ST = "ST", "Sachsen-Anhalt"
    SH = "SH", "Schleswig-Holstein"
    TH = "TH", "Thüringen"


class LegalForm(models.TextChoices):
    EV = "ev", "e. V."
    GGMBH = "ggmbh", "gGmbH"
    GMBH = "gmbh", "GmbH"
    AUTHORITY = "authority", "Behörde"
    CHAMBER = "chamber", "Kammer"
    UNIVERSITY = "university", "Hochschule"
    OTHER = "other", "Sonstige"


class FundingSource(models.TextChoices):
    FEDERAL = "bund", "Bund"
    ESF = "esf", "ESF"
    ESF_PLUS = "esf_plus", "ESF Plus"


class NetworkType(models.TextChoices):
    STATE_NETWORK = "landesnetzwerk", "Landesnetzwerk"
    RIN = "rin", "Regionales Integrationsnetzwerk (RIN)"


class PublicationLanguage(models.TextChoices):
    GERMAN = "de", "Deutsch"
    ENGLISH = "en", "Englisch"
