"""Reference data in the admin: one "Referenzdaten" menu with a viewset per snippet.

Wagtail discovers only this module of the app; the hooks of withdrawals and of
the unpublish reason and the login lockout list register when their modules are
imported here.
"""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms import unpublish_reason  # noqa: F401
from cms.i18n import move_translations  # noqa: F401  (a moved page's English edition moves with it)
from cms.login_lockout import hooks as login_lockout_hooks  # noqa: F401
from cms.models import (
    ActionArea,
    Fachstelle,
    FundingNotice,
    FundingPeriod,
    Organisation,
    Person,
    RegionalNetwork,
    Topic,
)
from cms.subprojects.viewsets import SubprojectViewSet
from cms.withdrawal import hooks as withdrawal_hooks  # noqa: F401


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "parent"]
    search_fields = ["name"]
    # SQLite's full-text backend cannot search named fields (wagtail#10217: "no such column"); the database can.
    search_backend_name = None


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "short_name", "city", "bundesland"]
    list_filter = ["bundesland", "legal_form"]
    search_fields = ["name", "short_name"]
    # The database searches, as for topics.
    search_backend_name = None


class FachstelleViewSet(SnippetViewSet):
    model = Fachstelle
    icon = "site"
    list_display = ["name", "carrier", "active"]
    list_filter = ["active"]


class RegionalNetworkViewSet(SnippetViewSet):
    model = RegionalNetwork
    icon = "site"
    list_display = ["name", "network_type", "bundesland"]
    list_filter = ["network_type", "bundesland"]


class ActionAreaViewSet(SnippetViewSet):
    model = ActionArea
    icon = "list-ol"
    list_display = ["number", "short_name", "esf_funded"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["full_name", "initials", "organisation", "consent_published"]
    list_filter = ["consent_published"]
    search_fields = ["first_name", "last_name"]
    # The database searches, as for topics.
    search_backend_name = None


class FundingPeriodViewSet(SnippetViewSet):
    model = FundingPeriod
    icon = "date"
    list_display = ["name", "start", "end", "funding_source"]


class FundingNoticeViewSet(SnippetViewSet):
    model = FundingNotice
    icon = "pick"
    list_display = ["label", "period"]


class ReferenceDataGroup(SnippetViewSetGroup):
    menu_label = "Referenzdaten"
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (
        TopicViewSet,
        OrganisationViewSet,
        FachstelleViewSet,
        RegionalNetworkViewSet,
        ActionAreaViewSet,
        PersonViewSet,
        FundingPeriodViewSet,
        FundingNoticeViewSet,
    )


register_snippet(ReferenceDataGroup)
register_snippet(SubprojectViewSet)
