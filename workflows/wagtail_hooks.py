"""Admin hooks of the review workflows."""

from wagtail import hooks
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel

from . import (
    editor_hooks,  # noqa: F401  (registers the editor and publishing hooks)
    force_publish_hooks,  # noqa: F401  (header action, editor flag, history wording)
    go_live_hooks,  # noqa: F401  (the planned go-live date in the editor)
    translation_editor,  # noqa: F401  (English editions: publish becomes save, submit to the workflow)
)
from .analytics import hooks as analytics_hooks  # noqa: F401  (the report „Prüfzeiten“ under Berichte)
from .force_publish_panel import ForcedPublicationsPanel
from .health import panel as health_panel  # noqa: F401  (dashboard panel „Hintergrunddienst“)
from .notifications import account  # noqa: F401  (account setting: immediate mails or daily digest)
from .panels import MyReviewsPanel
from .rules_viewset import WorkflowRulesViewSet


@hooks.register("register_admin_viewset")
def register_workflow_rules_viewset():
    return WorkflowRulesViewSet()


@hooks.register("construct_homepage_panels")
def replace_review_panel(request, panels):
    # Wagtail's „Awaiting your review“ lists what a reviewer may not decide
    # (four-eyes) and is in English; „Meine Prüfungen“ replaces it.
    panels[:] = [panel for panel in panels if not isinstance(panel, WorkflowObjectsToModeratePanel)]
    panels.append(MyReviewsPanel())
    panels.append(ForcedPublicationsPanel())
