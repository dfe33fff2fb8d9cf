"""The admin API's ``pages/<id>/action/unpublish/`` with a required reason.

Wagtail's admin UI does not use this endpoint, but anyone who may unpublish
can call it; without this it would unpublish without a reason. Wagtail looks
the action up in ``PagesAdminAPIViewSet.actions`` per request, so ``CmsConfig``
puts this one in its place at start-up.
"""

from wagtail.admin.api.actions.unpublish import UnpublishPageAPIAction, UnpublishPageAPIActionSerializer
from wagtail.admin.api.views import PagesAdminAPIViewSet

from rest_framework import fields, serializers

from .unpublish_reason import (
    REASON_MISSING,
    unpublish_reason_clean,
    unpublish_reason_problem,
    unpublish_reason_record,
)


class UnpublishWithReasonSerializer(UnpublishPageAPIActionSerializer):
    # Blank passes the field so that validate_reason answers with our message.
    reason = fields.CharField(required=True, allow_blank=True, error_messages={"required": REASON_MISSING})

    def validate_reason(self, value: str) -> str:
        reason = unpublish_reason_clean(value)
        if problem := unpublish_reason_problem(reason):
            raise serializers.ValidationError(problem)
        return reason


class UnpublishWithReasonAPIAction(UnpublishPageAPIAction):
    serializer = UnpublishWithReasonSerializer

    def execute(self, instance, data):
        was_live = instance.live
        response = super().execute(instance, data)
        if was_live:
            unpublish_reason_record(page=instance, user=self.request.user, reason=data["reason"])
        return response


def unpublish_api_require_reason() -> None:
    """Replace Wagtail's unpublish action of the admin API. Idempotent."""
    PagesAdminAPIViewSet.actions = {**PagesAdminAPIViewSet.actions, "unpublish": UnpublishWithReasonAPIAction}
