"""Administrators set the rules of each workflow (Einstellungen › Workflow-Regeln)."""

from wagtail.admin.viewsets.model import ModelViewSet

from .models import WorkflowRules


class WorkflowRulesViewSet(ModelViewSet):
    model = WorkflowRules
    name = "workflow_rules"
    icon = "tasks"
    menu_label = "Workflow-Regeln"
    add_to_settings_menu = True
    form_fields = ["workflow", "distinct_approvers"]
    list_display = ["workflow", "distinct_approvers"]
