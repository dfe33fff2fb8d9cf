"""No file is ever embedded in a PDF.

WeasyPrint embeds the target of ``<link rel="attachment">`` and of
``<a rel="attachment">`` as a PDF attachment (``/EmbeddedFiles``), fetched
through the URL fetcher when the PDF is written. A rich-text link to a
document with that ``rel`` would have put the document itself, restricted or
not, into a publication's PDF. Our publications embed nothing, so the
attachments WeasyPrint collected are dropped after layout and before writing:
they are never fetched, and an attachment link stays an ordinary link.
"""

import logging

from weasyprint import Document

logger = logging.getLogger(__name__)


def attachments_drop(*, document: Document) -> int:
    """Remove every attachment from a rendered ``document``; returns how many there were."""
    dropped = len(document.metadata.attachments)
    document.metadata.attachments = []
    link_targets = []
    for page in document.pages:
        links = []
        for link_type, target, rectangle, box in page.links:
            if link_type == "attachment":
                link_targets.append(target[:200])
                # "external" is what WeasyPrint calls the same link without rel="attachment".
                link_type = "external"
            links.append((link_type, target, rectangle, box))
        page.links = links
    dropped += len(link_targets)
    if dropped:
        logger.warning("PDF render left out %s attachment(s), PDFs embed no files: %s", dropped, link_targets)
    return dropped
