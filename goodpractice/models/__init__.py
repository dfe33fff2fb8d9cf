from .index import GoodPracticeIndexPage
from .sheet import GoodPracticePage, ProductType
from .target_groups import TargetGroup

__all__ = ["GoodPracticeIndexPage", "GoodPracticePage", "ProductType", "TargetGroup"]
