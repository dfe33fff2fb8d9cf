"""Commands show one progress bar; a render's log line is printed above it, not into it."""

import io
import logging

from django.core.management.base import OutputWrapper

from pdfexport.progress import progress


def test_log_lines_of_the_items_go_above_the_bar_and_the_logger_is_restored_afterwards():
    out = io.StringIO()
    logger = logging.getLogger("pdfexport.revision_render")
    handlers_before = list(logging.getLogger("pdfexport").handlers)

    for number in progress(range(2), stream=OutputWrapper(out), desc="PDFs", unit="PDF"):
        logger.info("PDF %s fertig", number)

    written = out.getvalue()
    assert "INFO pdfexport.revision_render: PDF 0 fertig\n" in written
    assert "INFO pdfexport.revision_render: PDF 1 fertig\n" in written
    assert "2/2" in written.split("PDF 1 fertig")[-1]  # the bar is drawn again below the line
    assert logging.getLogger("pdfexport").handlers == handlers_before
