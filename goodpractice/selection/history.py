"""What the board's votes and decisions write into the page history, and how
the history reads it back (German). The judgements are copied into each
entry, so the history stays complete on its own."""

import datetime

from django.utils.formats import date_format

from wagtail.log_actions import LogFormatter

from ..models.board_decision import BoardDecision, Outcome
from ..models.criteria import Judgement
from .ballot import CHOICE_LABELS

VOTE = "goodpractice.board.vote"
#: Written once by the migration ``goodpractice.0005``: what editors had typed before the board voted here.
LEGACY = "goodpractice.selection.legacy"
SELECTED = "goodpractice.board.selected"
NOT_SELECTED = "goodpractice.board.not_selected"
OUTCOME = {Outcome.SELECTED: SELECTED, Outcome.NOT_SELECTED: NOT_SELECTED}


def vote_data(*, task, task_state, choice: str, inputs, cast: int, comment: str) -> dict:
    return {
        "task": {"id": task.pk, "title": task.name},
        "task_state_id": task_state.pk,
        "choice": choice,
        "cast": cast,
        "needed": task.required_approvals,
        "judgements": [
            {"criterion": item.criterion.label, "judgement": Judgement(item.judgement).label, "reason": item.reason}
            for item in inputs
        ],
        "comment": comment,
    }


def outcome_data(*, task, decision: BoardDecision) -> dict:
    return {
        "task": {"id": task.pk, "title": task.name},
        "task_state_id": decision.task_state_id,
        "decision_id": decision.pk,
        "votes_for": decision.votes_for,
        "votes_cast": decision.votes_cast,
    }


class BoardVoteFormatter(LogFormatter):
    label = "Beratungsgremium: Stimme"

    def format_message(self, log_entry):
        data = log_entry.data
        choice = CHOICE_LABELS.get(data.get("choice"), data.get("choice", ""))
        judgements = "; ".join(
            f"{item['criterion']}: {item['judgement']} („{item['reason']}“)" for item in data.get("judgements", [])
        )
        return f"Stimme „{choice}“ bei „{data['task']['title']}“ ({data['cast']} von {data['needed']}). {judgements}"

    def format_comment(self, log_entry):
        return log_entry.data.get("comment", "")


class BoardSelectedFormatter(LogFormatter):
    label = "Beratungsgremium: ausgewählt"

    def format_message(self, log_entry):
        data = log_entry.data
        return (
            f"Ausgewählt durch das Beratungsgremium ({data['votes_for']} von {data['votes_cast']} Stimmen für die "
            "Auswahl)."
        )


class BoardNotSelectedFormatter(LogFormatter):
    label = "Beratungsgremium: nicht ausgewählt"

    def format_message(self, log_entry):
        data = log_entry.data
        return (
            f"Nicht ausgewählt durch das Beratungsgremium ({data['votes_for']} von {data['votes_cast']} Stimmen für "
            "die Auswahl). Der Vorschlag ist mit den Urteilen archiviert und wird nicht veröffentlicht."
        )


class LegacySelectionFormatter(LogFormatter):
    label = "Auswahlverfahren: frühere Angaben"

    def format_message(self, log_entry):
        data = log_entry.data
        parts = []
        if data.get("board_decision_date"):
            day = datetime.date.fromisoformat(data["board_decision_date"])
            parts.append(f"Entscheidung am {date_format(day, 'j. F Y')}")
        if data.get("award_year"):
            parts.append(f"Auszeichnungsjahr {data['award_year']}")
        parts.extend(f"{label}: „{text}“" for label, text in data.get("justifications", {}).items())
        return (
            "Von der Redaktion eingetragene Angaben zum Auswahlverfahren aus der Zeit vor der Abstimmung im System "
            "(ersetzt durch die Stimmen des Beratungsgremiums): " + "; ".join(parts)
        )


def board_log_actions_register(actions) -> None:
    """For the ``register_log_actions`` hook."""
    actions.register_action(VOTE)(BoardVoteFormatter)
    actions.register_action(SELECTED)(BoardSelectedFormatter)
    actions.register_action(NOT_SELECTED)(BoardNotSelectedFormatter)
    actions.register_action(LEGACY)(LegacySelectionFormatter)
