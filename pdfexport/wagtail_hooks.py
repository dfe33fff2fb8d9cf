"""PDF proofs and archive in the Wagtail admin."""

from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from . import admin_urls
from .admin_panels import FailedPdfRendersPanel
from .downloads import urls as downloads_urls
from .downloads.menu import downloads_menu_item
from .publication import is_publication


@hooks.register("register_admin_urls")
def register_pdf_admin_urls():
    return [
        path("pdf/", include(admin_urls, namespace="pdfexport_admin")),
        path("reports/pdf-downloads/", include(downloads_urls, namespace="pdfexport_downloads")),
    ]


@hooks.register("register_reports_menu_item")
def register_downloads_report_menu_item():
    return downloads_menu_item()


@hooks.register("register_page_header_buttons")
def pdf_header_buttons(page, user, view_name, next_url=None):
    if not is_publication(page.specific_class):
        return
    if not page.permissions_for_user(user).can_edit():
        return
    yield PageMenuItem(
        "PDF-Vorschau", reverse("pdfexport_admin:proof", args=[page.pk]), icon_name="doc-full", priority=62, page=page
    )
    yield PageMenuItem(
        "PDF-Archiv", reverse("pdfexport_admin:archive", args=[page.pk]), icon_name="history", priority=63, page=page
    )


@hooks.register("construct_homepage_panels")
def add_failed_pdf_renders_panel(request, panels):
    panels.append(FailedPdfRendersPanel())
