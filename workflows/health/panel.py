"""Dashboard panel „Hintergrunddienst“ for the people who run the system."""

import datetime

from django.conf import settings
from django.utils import timezone

from wagtail import hooks
from wagtail.admin.ui.components import Component

from workflows.durations import ago_label, since_label
from workflows.models import WorkerAlert

from .alert import ADMINISTRATION
from .status import tasks_in_database, worker_health


def sees_worker_health(user) -> bool:
    return user.is_superuser or user.groups.filter(name=ADMINISTRATION).exists()


class WorkerHealthPanel(Component):
    name = "worker_health"
    template_name = "workflows/panels/worker_health.html"
    order = 60  # below „Meine Prüfungen“, above Wagtail's own panels

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        now = timezone.now()
        health = worker_health(now=now)
        silent_for = datetime.timedelta(minutes=settings.IQ_WORKER_SILENT_MINUTES)
        context |= {
            "health": health,
            "silent": health.is_silent(silent_for=silent_for, now=now),
            "seen": ago_label(since=health.last_seen, now=now) if health.last_seen else None,
            "waiting": since_label(since=health.waiting_since, now=now) if health.waiting_since else None,
            "failed": [(job, ago_label(since=job.finished_at, now=now)) for job in health.failed],
            "open_alert": WorkerAlert.objects.filter(recovered_at__isnull=True).first(),
        }
        return context


@hooks.register("construct_homepage_panels")
def add_worker_health_panel(request, panels):
    # Only where a job table exists to read, and only for those who can act on it.
    if tasks_in_database() and sees_worker_health(request.user):
        panels.append(WorkerHealthPanel())
