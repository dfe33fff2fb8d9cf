"""Fixed vocabularies of the IQ programme."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Bundesland(models.TextChoices):
    BW = "BW", _("Baden-Württemberg")
    BY = "BY", _("Bayern")
    BE = "BE", _("Berlin")
    BB = "BB", _("Brandenburg")
    HB = "HB", _("Bremen")
    HH = "HH", _("Hamburg")
    HE = "HE", _("Hessen")
    MV = "MV", _("Mecklenburg-Vorpommern")
    NI = "NI", _("Niedersachsen")
    NW = "NW", _("Nordrhein-Westfalen")
    RP = "RP", _("Rheinland-Pfalz")
    SL = "SL", _("Saarland")
    SN = "SN", _("Sachsen")
    ST = "ST", _("Sachsen-Anhalt")
    SH = "SH", _("Schleswig-Holstein")
    TH = "TH", _("Thüringen")


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
