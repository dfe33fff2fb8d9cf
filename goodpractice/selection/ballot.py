"""The two ways a board member can vote, and how a vote is stored."""

from workflows.models import QuorumVote

SELECT = "select"
NOT_SELECT = "not_select"

#: „Nicht auswählen“ in ``QuorumVote.decision``: neither the quorum's approval nor a
#: request for changes.
DECLINE = QuorumVote.DECLINE

#: Action name → ``QuorumVote.decision``. „Auswählen“ is the quorum's approval.
DECISION_OF_CHOICE = {SELECT: QuorumVote.APPROVE, NOT_SELECT: DECLINE}
CHOICE_OF_DECISION = {decision: choice for choice, decision in DECISION_OF_CHOICE.items()}
CHOICE_LABELS = {SELECT: "Auswählen", NOT_SELECT: "Nicht auswählen"}


def ballot_label(decision: str) -> str:
    """The German label of a stored vote: „Auswählen“, „Nicht auswählen“ or „Änderungen angefordert“."""
    choice = CHOICE_OF_DECISION.get(decision)
    return CHOICE_LABELS[choice] if choice else "Änderungen angefordert"
