"""A read-only panel in the sheet's editor: what the advisory board decided,
with every vote and its judgements. Nothing in it can be edited: it is the
record of the procedure, not content."""

from wagtail.admin.panels import Panel

from .selection.selectors import board_decisions_recorded


class BoardDecisionsPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "goodpractice/admin/board_decisions_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            records = board_decisions_recorded(page_id=self.instance.pk)
            context["records"] = records
            # The latest decision says whether the proposal is archived now.
            context["archived"] = bool(records) and not records[0].decision.selected
            return context
