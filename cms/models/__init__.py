from .accessible_language import EasyLanguagePage, SignLanguagePage
from .alert import AlertFrequency, AlertSubscription
from .catalogue import CataloguePage
from .catalogue_entry import CatalogueEntry, CatalogueFacetValue, EntryStatus
from .home import HomePage
from .index import PublicationIndexPage
from .legal import AccessibilityStatementPage, ImprintPage, PrivacyPage
from .organisations import Fachstelle, Organisation, Person, RegionalNetwork
from .publication import BasePublicationPage
from .reference import ActionArea, FundingNotice, FundingPeriod, Topic
from .subproject import Subproject, SubprojectStatus
from .subproject_directory import SubprojectDirectoryPage
from .withdrawal import WithdrawableMixin, Withdrawal

__all__ = [
    "AccessibilityStatementPage",
    "ActionArea",
    "AlertFrequency",
    "AlertSubscription",
    "BasePublicationPage",
    "CatalogueEntry",
    "CatalogueFacetValue",
    "CataloguePage",
    "EasyLanguagePage",
    "EntryStatus",
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
    "SignLanguagePage",
    "Subproject",
    "SubprojectDirectoryPage",
    "SubprojectStatus",
    "Topic",
    "WithdrawableMixin",
    "Withdrawal",
]
