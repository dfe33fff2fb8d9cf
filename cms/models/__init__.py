from .home import HomePage
from .index import PublicationIndexPage
from .legal import AccessibilityStatementPage, ImprintPage, PrivacyPage
from .organisations import Fachstelle, Organisation, Person, RegionalNetwork
from .publication import BasePublicationPage
from .reference import ActionArea, FundingNotice, FundingPeriod, Topic
from .withdrawal import WithdrawableMixin, Withdrawal

__all__ = [
    "AccessibilityStatementPage",
    "ActionArea",
    "BasePublicationPage",
    "Fachstelle",
    "FundingNotice",
    "FundingPeriod",
    "HomePage",
    "ImprintPage",
    "Organisation",
    "Person",
    "PrivacyPage",
    "PublicationIndexPage",
    "RegionalNetwork",
    "Topic",
    "WithdrawableMixin",
    "Withdrawal",
]
