from .archive import MagazineArchivePage
from .article import ArticleType, MagazineArticlePage
from .issue import MagazineIssuePage

__all__ = ["ArticleType", "MagazineArchivePage", "MagazineArticlePage", "MagazineIssuePage"]
