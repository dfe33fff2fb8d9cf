"""The workflow tasks of IQ Publisher and what they record.

Each task type is its own module; Wagtail finds them as concrete ``Task``
subclasses.
"""

from .automated_checks import AutomatedChecksTask, CheckRun
from .four_eyes import FourEyesApprovalTask
from .quorum import QuorumApprovalTask, QuorumVote
from .reminder import ReviewReminder

__all__ = [
    "AutomatedChecksTask",
    "CheckRun",
    "FourEyesApprovalTask",
    "QuorumApprovalTask",
    "QuorumVote",
    "ReviewReminder",
]
