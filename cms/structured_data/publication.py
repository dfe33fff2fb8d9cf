"""schema.org JSON-LD of a publication, with its PDF as an ``encoding`` that
states the PDF's accessibility.

Each publication type names its schema.org type as ``schema_org_type``
(``"PublicationIssue"``, ``"Article"``, ``"Report"``); docs/decisions.md says why.
"""

from cms.i18n.editions import page_language
from pdfexport.publication import is_publication

from .links import absolute_url, page_description

DEFAULT_SCHEMA_ORG_TYPE = "CreativeWork"
PROGRAMME_NAME = "Förderprogramm „Integration durch Qualifizierung (IQ)“"

#: PDF/UA-1 is ISO 14289-1. Claimed only for a PDF the independent validator
#: passed (``PublicationPDF.pdfua_passed``): our own tagging is no proof.
PDF_UA_1 = {"@type": "CreativeWork", "name": "PDF/UA-1", "alternateName": "ISO 14289-1"}

#: What every PDF of ours offers: bookmarks from the headings, and alternative
#: texts, which the alt-text rule (cms/alt_text.py) makes editors write.
PDF_FEATURES = ["structuralNavigation", "alternativeText"]
#: What only a tagged PDF offers (an untagged fallback, ``PublicationPDF.tagged``, does not).
TAGGED_PDF_FEATURES = ["taggedPDF", "readingOrder"]


def schema_org_type(page_or_class) -> str:
    return getattr(page_or_class, "schema_org_type", DEFAULT_SCHEMA_ORG_TYPE)


def publication_json_ld(*, page, request, pdf=None, parent=None, image_url: str | None = None) -> dict:
    """The publication as schema.org sees it. ``pdf`` is the ``PublicationPDF``
    that ``pdf/`` serves (None: no ``encoding``); ``parent`` the breadcrumb of
    the page's parent, which makes an article ``isPartOf`` its issue."""
    url = page.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": schema_org_type(page),
        "@id": url,
        "url": url,
        "name": page.title,
        "inLanguage": page_language(page, request=request),
        "isAccessibleForFree": True,
        "publisher": _publishers(page, request),
    }
    if description := page_description(page):
        data["description"] = description
    if subtitle := getattr(page, "subtitle", ""):
        data["alternativeHeadline"] = subtitle
    if published := _date_published(page):
        data["datePublished"] = published
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if about := [{"@type": "Thing", "name": topic.name} for topic in page.topics.all()]:
        data["about"] = about
    if image_url:
        data["image"] = image_url
    if parent is not None and parent.page_class is not None and is_publication(parent.page_class):
        data["isPartOf"] = {
            "@type": schema_org_type(parent.page_class),
            "name": parent.title,
            "url": absolute_url(url=parent.url, request=request),
        }
    if pdf is not None and url:
        data["encoding"] = pdf_media_object(pdf=pdf, page=page, content_url=url + page.reverse_subpage("pdf"))
    return data


def pdf_media_object(*, pdf, page, content_url: str) -> dict:
    """The PDF as a ``MediaObject`` with its accessibility metadata."""
    features = PDF_FEATURES + (TAGGED_PDF_FEATURES if pdf.tagged else [])
    sufficient = [{"@type": "ItemList", "itemListElement": ["textual", "visual"], "description": "Text und Bilder"}]
    if pdf.tagged:
        # Tagged, with alternative texts: a screen reader gets everything as text.
        sufficient.insert(
            0, {"@type": "ItemList", "itemListElement": ["textual"], "description": "Text mit Alternativtexten"}
        )
    conforms = pdf.pdfua_passed
    media = {
        "@type": "MediaObject",
        "name": page.pdf_filename(),
        "encodingFormat": "application/pdf",
        "contentUrl": content_url,
        "contentSize": _content_size(pdf.byte_size),
        "sha256": pdf.sha256,
        "uploadDate": pdf.created_at.isoformat(),
        "inLanguage": page_language(page),
        "accessibilityFeature": features,
        "accessMode": ["textual", "visual"],
        "accessModeSufficient": sufficient,
        "accessibilityHazard": "none",
        "accessibilitySummary": (
            "Getaggtes PDF nach PDF/UA-1 (unabhängig geprüft) mit Lesereihenfolge, Lesezeichen und Alternativtexten."
            if conforms
            else "Getaggtes PDF mit Lesereihenfolge, Lesezeichen und Alternativtexten."
            if pdf.tagged
            else "PDF mit Lesezeichen und Alternativtexten, ohne Tags."
        ),
    }
    if conforms:
        media["conformsTo"] = PDF_UA_1
    return media


def _content_size(byte_size: int) -> str:
    # schema.org: "File size in (mega/kilo)bytes"; decimal units as file managers show them.
    if byte_size >= 1_000_000:
        return f"{byte_size / 1_000_000:.1f} MB"
    return f"{byte_size / 1_000:.1f} kB"


def _date_published(page) -> str | None:
    if date := getattr(page, "publication_date", None):
        return date.isoformat()
    return page.first_published_at.date().isoformat() if page.first_published_at else None


def _publishers(page, request) -> list[dict]:
    publishers = [
        {"@type": "Organization", "name": org.name, **({"url": org.website} if org.website else {})}
        for org in page.publishers.all()
    ]
    if not publishers:
        # Every publication comes from the programme, whoever edits it.
        publishers = [{"@type": "Organization", "name": PROGRAMME_NAME, "url": absolute_url(url="/", request=request)}]
    return publishers
