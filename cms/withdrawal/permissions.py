"""Who may withdraw a publication."""

from wagtail.models import Page

#: The role groups (workflows/roles.py) that answer for what is published.
WITHDRAWING_GROUPS = ("Freigabe", "Administration")

NOT_ALLOWED = (
    "Zurückziehen dürfen nur Mitglieder der Freigabe oder der Administration: Sie verantworten, was "
    "veröffentlicht ist. Bitte wenden Sie sich an die Freigabe."
)


def user_may_withdraw(*, user, page: Page) -> bool:
    """Members of Freigabe or Administration (and superusers) who may also
    unpublish this page: withdrawing is the milder form of taking it offline."""
    if not user.is_active:
        return False
    if not user.is_superuser and not user.groups.filter(name__in=WITHDRAWING_GROUPS).exists():
        return False
    return page.permissions_for_user(user).can_publish()
