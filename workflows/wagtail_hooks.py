"""Admin hooks of the review workflows."""

from wagtail import hooks
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel

from . import editor_hooks  # noqa: F401  (registers the editor and publishing hooks)
from .panels import MyReviewsPanel


@hooks.register("construct_homepage_panels")
def replace_review_panel(request, panels):
    # Wagtail's „Awaiting your review“ lists what a reviewer may not decide
    # (four-eyes) and is in English; „Meine Prüfungen“ replaces it.
    panels[:] = [panel for panel in panels if not isinstance(panel, WorkflowObjectsToModeratePanel)]
    panels.append(MyReviewsPanel())
