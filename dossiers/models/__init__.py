from .dossier import DossierPage
from .index import DossierIndexPage

__all__ = ["DossierIndexPage", "DossierPage"]
