"""The admin report „PDF-Downloads“: the most downloaded publications of a
period, and per publication its downloads per month as a chart and a table.

Both export CSV and XLSX (Wagtail's ``SpreadsheetExportMixin``) with one row
per publication and month: ID, title, type, month, downloads, the figures the
programme's monitoring reports ask for. Who may see it: whoever has
``pdfexport.view_pdfdownloadday`` (Administration and Freigabe, by migration).
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

import django_filters

from ..models import PdfDownloadDay
from ..publication import is_publication
from .chart import chart_of_months
from .periods import DEFAULT, Period, period_choices, period_resolve
from .selectors import (
    DownloadRow,
    downloads_by_month,
    downloads_describe,
    downloads_first_day,
    downloads_rows,
    downloads_top,
)

PRIVACY_NOTE = (
    "Gezählt wird je Publikation und Tag, wie oft ihr öffentliches PDF heruntergeladen wurde – "
    "jeder Download einmal, auch wenn ein PDF-Betrachter die Datei in Teilen lädt. "
    "Gespeichert werden nur diese Zahlen: keine IP-Adressen, keine Cookies, keine Browserkennungen. "
    "Korrekturabzüge, Downloads aus dem Admin-Bereich und zugangsbeschränkte Seiten zählen nicht. "
    "Die Zahlen werden alle paar Minuten übernommen; die jüngsten Downloads fehlen daher unter Umständen noch."
)


def _period_choices():
    first = downloads_first_day()
    return period_choices(first_year=first.year if first else None)


class PeriodFilterSet(WagtailFilterSet):
    period = django_filters.ChoiceFilter(
        label="Zeitraum", choices=_period_choices, empty_label=None, method="period_keep"
    )

    class Meta:
        model = PdfDownloadDay
        fields = []

    def period_keep(self, queryset, name, value):
        # The views apply the period themselves: they aggregate before they list.
        return queryset


class DownloadsReportView(ReportView):
    page_title = "PDF-Downloads"
    header_icon = "download"
    template_name = "pdfexport/downloads/report.html"
    results_template_name = "pdfexport/downloads/report_results.html"
    index_url_name = "pdfexport_downloads:report"
    index_results_url_name = "pdfexport_downloads:report_results"
    filterset_class = PeriodFilterSet
    permission_policy = ModelPermissionPolicy(PdfDownloadDay)
    permission_required = "view"
    verbose_name_plural = "Downloads"
    paginate_by = 50
    columns = [
        TitleColumn(
            "title",
            label="Publikation",
            get_url=lambda row: reverse("pdfexport_downloads:publication", args=[row.page_id]),
        ),
        Column("type_label", label="Typ"),
        Column("downloads", label="Downloads"),
    ]
    list_export = ["page_id", "title", "type_label", "month_label", "downloads"]
    export_headings = {
        "page_id": "Seiten-ID",
        "title": "Titel",
        "type_label": "Typ",
        "month_label": "Monat",
        "downloads": "Downloads",
    }

    @cached_property
    def period_key(self) -> str:
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get("period") or DEFAULT
        return DEFAULT

    @cached_property
    def period(self) -> Period:
        return period_resolve(self.period_key)

    @cached_property
    def no_results_message(self):
        return f"Im Zeitraum „{self.period.label}“ wurden keine PDFs heruntergeladen."

    def get_page_subtitle(self):
        return self.period.label

    def get_filename(self):
        return f"pdf-downloads_{self.period_key}"

    def get_queryset(self):
        return downloads_top(period=self.period)

    def get_filtered_queryset(self):
        return self.get_queryset()

    def paginate_queryset(self, queryset, page_size):
        # Rows are described after paginating (one query for the titles of one
        # page of results) and before the table is built from them.
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = downloads_rows(entries=[(row["page_id"], None, row["downloads"]) for row in object_list])
        return paginator, page, page.object_list, is_paginated

    def export_rows(self) -> list[DownloadRow]:
        return downloads_rows(entries=downloads_by_month(period=self.period))

    def get(self, request, *args, **kwargs):
        if self.is_export:
            return self.as_spreadsheet(self.export_rows(), request.GET.get("export"))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["privacy_note"] = PRIVACY_NOTE
        context["period"] = self.period
        return context


class PublicationDownloadsView(DownloadsReportView):
    results_template_name = "pdfexport/downloads/publication_results.html"
    index_url_name = "pdfexport_downloads:publication"
    index_results_url_name = "pdfexport_downloads:publication_results"
    paginate_by = None
    columns = [Column("month_display", label="Monat"), Column("downloads", label="Downloads")]

    @cached_property
    def publication(self) -> Page:
        page = get_object_or_404(Page, pk=self.kwargs["page_id"])
        if not is_publication(page.specific_class):
            raise Http404("Diese Seite ist keine Publikation.")
        return page

    @cached_property
    def no_results_message(self):
        return f"Im Zeitraum „{self.period.label}“ wurde dieses PDF nicht heruntergeladen."

    def get_page_title(self):
        return f"PDF-Downloads: {self.publication.title}"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("pdfexport_downloads:report"), "label": "PDF-Downloads"},
            {"url": "", "label": self.publication.title, "sublabel": self.period.label},
        ]

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.publication.pk])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.publication.pk])

    def get_filename(self):
        return f"pdf-downloads_{self.publication.pk}_{self.period_key}"

    def get_queryset(self):
        return self.export_rows()

    def export_rows(self) -> list[DownloadRow]:
        page = self.publication
        by_month = {month: downloads for _, month, downloads in downloads_by_month(period=self.period, page_id=page.pk)}
        title, type_label = downloads_describe(page_ids=[page.pk])[page.pk]
        months = self.period.months(since=downloads_first_day(page_id=page.pk))
        return [
            DownloadRow(
                page_id=page.pk, title=title, type_label=type_label, downloads=by_month.get(month, 0), month=month
            )
            for month in months
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = context["object_list"]
        context["publication"] = self.publication
        context["chart"] = chart_of_months(values=[(row.month, row.downloads) for row in rows])
        context["total"] = sum(row.downloads for row in rows)
        return context
