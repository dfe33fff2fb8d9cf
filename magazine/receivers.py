"""Issue PDFs follow the withdrawal of their articles.

The issue PDF prints a withdrawn article's notice where the article starts
(``magazine/print/article.html``). Nothing else would queue the issue: its own
revision did not change, only its print HTML.
"""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page

from cms.models import Withdrawal
from pdfexport.composite_renders import pdf_composites_enqueue


def enqueue_issues_on_withdrawal(sender, instance, **kwargs) -> None:
    try:
        page = instance.page
    except Page.DoesNotExist:
        return  # deleted with its page, whose unpublishing queued the issue
    pdf_composites_enqueue(page=page)


def receivers_connect() -> None:
    for signal, uid in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(enqueue_issues_on_withdrawal, sender=Withdrawal, dispatch_uid=f"magazine.withdrawal_{uid}")
