"""Pages every federal publication site must have: imprint, privacy, accessibility."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

LEGAL_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class LegalPage(Page):
    """Shared shape of the footer pages; each is a singleton under the home page."""

    body = RichTextField("Text", features=LEGAL_TEXT_FEATURES)
    last_reviewed = models.DateField("Zuletzt geprüft", null=True, blank=True)

    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        abstract = True


class ImprintPage(LegalPage):
    """Impressum nach § 5 DDG and § 18 Abs. 2 MStV."""

    provider = models.TextField("Anbieter (Name und Anschrift)")
    responsible_person = models.CharField("Verantwortlich i. S. d. § 18 Abs. 2 MStV", max_length=200)
    contact_email = models.EmailField("Kontakt-E-Mail")

    content_panels = Page.content_panels + [
        FieldPanel("provider"),
        FieldRowPanel([FieldPanel("responsible_person"), FieldPanel("contact_email")]),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    template = "cms/legal_page.html"

    class Meta:
        verbose_name = "Impressum"


class PrivacyPage(LegalPage):
    """Datenschutzerklärung nach Art. 13 DSGVO."""

    controller = models.TextField("Verantwortliche Stelle")
    data_protection_officer = models.TextField("Datenschutzbeauftragte*r", blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("controller"),
        FieldPanel("data_protection_officer"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    template = "cms/legal_page.html"

    class Meta:
        verbose_name = "Datenschutzerklärung"


class NonAccessibleItemBlock(blocks.StructBlock):
    content = blocks.CharBlock(label="Nicht barrierefreier Inhalt")
    reason = blocks.TextBlock(label="Begründung")
    alternative = blocks.TextBlock(label="Barrierefreie Alternative", required=False)

    class Meta:
        icon = "warning"
        label = "Nicht barrierefreier Inhalt"
        template = "cms/blocks/non_accessible_item_block.html"


class AccessibilityStatementPage(LegalPage):
    """Erklärung zur Barrierefreiheit nach § 12b BGG."""

    class Conformity(models.TextChoices):
        # Lazy: the English statement names its status in English; the admin stays German.
        FULL = "full", _("vollständig vereinbar")
        PARTIAL = "partial", _("teilweise vereinbar")
        NONE = "none", _("nicht vereinbar")

    conformity_status = models.CharField(
        "Stand der Vereinbarkeit", max_length=10, choices=Conformity.choices, default=Conformity.PARTIAL
    )
    non_accessible_items = StreamField(
        [("item", NonAccessibleItemBlock())], verbose_name="Nicht barrierefreie Inhalte", blank=True
    )
    statement_created = models.DateField("Erklärung erstellt am")
    assessment_basis = models.CharField(
        "Prüfgrundlage", max_length=200, default="Selbstbewertung nach BITV 2.0 / WCAG 2.1 AA"
    )
    feedback_email = models.EmailField("Feedback-Kontakt (E-Mail)")
    arbitration_link = models.URLField(
        "Schlichtungsverfahren (§ 16 BGG)",
        default="https://www.schlichtungsstelle-bgg.de/",
    )

    content_panels = Page.content_panels + [
        FieldPanel("conformity_status"),
        FieldPanel("non_accessible_items"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("statement_created"), FieldPanel("last_reviewed")]),
                FieldPanel("assessment_basis"),
            ],
            heading="Erstellung und Prüfung",
        ),
        FieldRowPanel([FieldPanel("feedback_email"), FieldPanel("arbitration_link")]),
        FieldPanel("body"),
    ]
    template = "cms/accessibility_statement_page.html"

    class Meta:
        verbose_name = "Erklärung zur Barrierefreiheit"
