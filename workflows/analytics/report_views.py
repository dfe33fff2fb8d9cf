"""The admin report „Prüfzeiten“ under Berichte: per publication type, stage
and month how many reviews finished, how long they took (median, 90th
percentile), how often they asked for changes and how often they ran late.

Wagtail's ``ReportView`` gives the CSV and XLSX export (the same rows as the
table, numbers as numbers). Who may see it: Administration and Freigabe, who
answer for the review process; reviewers and Redaktion do not, the figures
name stages, not people, but they are the programme's management figures.
"""

import datetime

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.models import TaskState, WorkflowState

import django_filters

from cms.charts.svg import chart_svg

from .figures import STAGE_DEFAULT_DURATION, FigureRow, StageMedian, figure_rows, stage_medians, stage_runs

REPORT_GROUPS = ("Administration", "Freigabe")
MONTH_FORMATS = ["%Y-%m"]


def may_view_review_analytics(user) -> bool:
    if not (user and user.is_authenticated):
        return False
    return user.is_superuser or user.groups.filter(name__in=REPORT_GROUPS).exists()


def _type_choices():
    # The types that have been in a workflow, by verbose name (no content app imported).
    used = ContentType.objects.filter(pk__in=WorkflowState.objects.values("content_type_id"))
    choices = []
    for content_type in used:
        model = content_type.model_class()
        choices.append((content_type.pk, str(model._meta.verbose_name) if model else content_type.model))
    return sorted(choices, key=lambda choice: choice[1])


def _month_field(label: str):
    return django_filters.DateFilter(
        label=label,
        method="keep",
        input_formats=MONTH_FORMATS,
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
        help_text="Monat als JJJJ-MM, z. B. 2026-11",
    )


class AnalyticsFilterSet(WagtailFilterSet):
    publication_type = django_filters.ChoiceFilter(
        label="Publikationsart", choices=_type_choices, empty_label="Alle", method="keep"
    )
    first_month = _month_field("Von Monat")
    last_month = _month_field("Bis Monat")

    class Meta:
        model = TaskState
        fields = []

    def keep(self, queryset, name, value):
        # The view passes the filters to the figures: they group before they list.
        return queryset


def _decimal(value: float) -> str:
    return number_format(value, decimal_pos=1)


class FigureColumn(Column):
    """A number formatted the German way („4,5“), with its unit."""

    def __init__(self, name, *, unit: str, **kwargs):
        super().__init__(name, **kwargs)
        self.unit = unit

    def get_value(self, instance):
        return f"{_decimal(getattr(instance, self.accessor))} {self.unit}"


class ReviewAnalyticsView(ReportView):
    page_title = "Prüfzeiten"
    header_icon = "time"
    results_template_name = "workflows/analytics/report_results.html"
    index_url_name = "workflows_analytics:report"
    index_results_url_name = "workflows_analytics:report_results"
    filterset_class = AnalyticsFilterSet
    paginate_by = None
    no_results_message = "Im gewählten Zeitraum wurde kein Prüfschritt abgeschlossen."
    columns = [
        Column("type_label", label="Publikationsart"),
        Column("stage", label="Prüfschritt"),
        Column("month_label", label="Monat"),
        Column("count", label="Abgeschlossen"),
        FigureColumn("median_hours", label="Median", unit="Std."),
        FigureColumn("p90_hours", label="90. Perzentil", unit="Std."),
        FigureColumn("rejection_percent", label="Rückweisungsquote", unit="%"),
        FigureColumn("overdue_percent", label="Überfällig", unit="%"),
    ]
    list_export = [
        "type_label",
        "stage",
        "month_label",
        "count",
        "median_hours",
        "p90_hours",
        "rejection_percent",
        "overdue_percent",
    ]
    # The units go into the headings: the export's cells are plain numbers.
    export_headings = {
        "type_label": "Publikationsart",
        "stage": "Prüfschritt",
        "month_label": "Monat",
        "count": "Abgeschlossen",
        "median_hours": "Median (Stunden)",
        "p90_hours": "90. Perzentil (Stunden)",
        "rejection_percent": "Rückweisungsquote (%)",
        "overdue_percent": "Überfällig (%)",
    }

    def dispatch(self, request, *args, **kwargs):
        if not may_view_review_analytics(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def chosen(self) -> dict:
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data
        return {}

    @cached_property
    def runs(self):
        type_id = self.chosen.get("publication_type")
        return stage_runs(
            content_type_id=int(type_id) if type_id else None,
            first_month=self.chosen.get("first_month"),
            last_month=self.chosen.get("last_month"),
        )

    def get_filename(self):
        return f"pruefzeiten_{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self) -> list[FigureRow]:
        return figure_rows(runs=self.runs)

    def get_filtered_queryset(self):
        return self.get_queryset()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        medians = stage_medians(runs=self.runs)
        context["medians"] = medians
        context["chart"] = _chart(medians=medians)
        context["allowance_days"] = STAGE_DEFAULT_DURATION.days
        return context


def _chart(*, medians: list[StageMedian]):
    if not medians:
        return ""
    description = "; ".join(
        f"{median.stage}: {_decimal(median.median_hours)} Stunden ({median.count} abgeschlossen)" for median in medians
    )
    svg = chart_svg(
        chart_type="bar",
        categories=[median.stage for median in medians],
        series=[("Median (Stunden)", [median.median_hours for median in medians])],
        caption="Median der Prüfdauer je Prüfschritt in Stunden",
        description=description,
        unit="h",
    )
    # Safe: chart_svg escapes every text (ElementTree serialises the SVG).
    return mark_safe(svg)  # noqa: S308
