from .board_decision import BoardDecision, Outcome
from .board_selection import BoardSelectionTask
from .criteria import Criterion, Judgement
from .index import GoodPracticeIndexPage
from .judgement import CriterionJudgement
from .sheet import GoodPracticePage, ProductType
from .target_groups import TargetGroup

__all__ = [
    "BoardDecision",
    "BoardSelectionTask",
    "Criterion",
    "CriterionJudgement",
    "GoodPracticeIndexPage",
    "GoodPracticePage",
    "Judgement",
    "Outcome",
    "ProductType",
    "TargetGroup",
]
