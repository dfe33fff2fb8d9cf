"""The workflow tasks of IQ Publisher and what they record.

Each task type is its own module; Wagtail finds them as concrete ``Task``
subclasses.
"""

from .automated_checks import AutomatedChecksTask, CheckRun
from .deadline import ReleaseBy, StageDeadline
from .forced_publication import ForcedPublication
from .four_eyes_task import FourEyesApprovalTask
from .notification import DigestEntry, NotificationPreference
from .quorum import QuorumApprovalTask
from .quorum_vote import QuorumVote
from .reminder import ReviewReminder
from .revision_change import RevisionChange
from .worker_alert import WorkerAlert
from .workflow_rules import WorkflowRules

__all__ = [
    "AutomatedChecksTask",
    "CheckRun",
    "DigestEntry",
    "ForcedPublication",
    "FourEyesApprovalTask",
    "NotificationPreference",
    "QuorumApprovalTask",
    "QuorumVote",
    "ReleaseBy",
    "ReviewReminder",
    "RevisionChange",
    "StageDeadline",
    "WorkerAlert",
    "WorkflowRules",
]
