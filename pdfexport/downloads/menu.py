"""The report's entry in Wagtail's „Berichte“ menu."""

from django.urls import reverse

from wagtail.admin.menu import MenuItem


class DownloadsReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("pdfexport.view_pdfdownloadday")


def downloads_menu_item() -> MenuItem:
    return DownloadsReportMenuItem(
        "PDF-Downloads", reverse("pdfexport_downloads:report"), name="pdf-downloads", icon_name="download", order=1300
    )
