"""Rules an administrator sets per workflow, beside Wagtail's own fields."""

from django.db import models

from wagtail.models import Workflow


class WorkflowRules(models.Model):
    """Wagtail's ``Workflow`` cannot take fields of ours, so they live here.

    Without a row a workflow keeps the defaults: the final sign-off is given by
    someone who approved no earlier stage of the run, other stages may share
    approvers.
    """

    workflow = models.OneToOneField(
        Workflow, on_delete=models.CASCADE, related_name="iq_rules", verbose_name="Workflow"
    )
    distinct_approvers = models.BooleanField(
        "Verschiedene Personen in jedem Schritt",
        default=False,
        help_text=(
            "Wer in einem Durchlauf einen Schritt freigegeben hat, kann keinen weiteren Schritt desselben "
            "Durchlaufs freigeben. Die abschließende Freigabe gibt immer jemand, der vorher nicht freigegeben hat."
        ),
    )

    class Meta:
        verbose_name = "Workflow-Regel"
        verbose_name_plural = "Workflow-Regeln"

    def __str__(self):
        return f"Regeln für „{self.workflow.name}“"
