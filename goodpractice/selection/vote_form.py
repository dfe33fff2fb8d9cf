"""The form a board member fills in with their vote: per criterion a
judgement and a short reason. Wagtail shows it in the action's modal."""

from dataclasses import dataclass

from django import forms

from ..models.criteria import Criterion, Judgement
from ..models.judgement import REASON_MAX_LENGTH
from .ballot import NOT_SELECT, SELECT


@dataclass(frozen=True)
class CriterionInput:
    criterion: Criterion
    judgement: str
    reason: str


def _judgement_field_name(criterion: Criterion) -> str:
    return f"{criterion.value}_judgement"


def _reason_field_name(criterion: Criterion) -> str:
    return f"{criterion.value}_reason"


class BoardVoteForm(forms.Form):
    """Every criterion needs a judgement and a reason, whichever way the member votes:
    the judgements of both outcomes are kept (a proposal that is not selected is
    archived with them). Blank reasons fail as missing: the fields strip them."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for criterion in Criterion:
            self.fields[_judgement_field_name(criterion)] = forms.ChoiceField(
                label=f"{criterion.label}: Ihr Urteil",
                choices=Judgement.choices,
                widget=forms.RadioSelect,
                error_messages={
                    "required": f"Bitte bewerten Sie das Kriterium „{criterion.label}“.",
                    "invalid_choice": f"Bitte wählen Sie für „{criterion.label}“ eines der Urteile: "
                    f"{', '.join(str(label) for label in Judgement.labels)}.",
                },
            )
            self.fields[_reason_field_name(criterion)] = forms.CharField(
                label=f"{criterion.label}: Begründung",
                max_length=REASON_MAX_LENGTH,
                widget=forms.Textarea({"rows": 2}),
                help_text=f"Ein bis drei Sätze, höchstens {REASON_MAX_LENGTH} Zeichen. Erscheint auf dem Blatt.",
                error_messages={
                    "required": f"Bitte begründen Sie Ihr Urteil zu „{criterion.label}“ in wenigen Sätzen.",
                    "max_length": f"Die Begründung zu „{criterion.label}“ ist zu lang: höchstens "
                    f"{REASON_MAX_LENGTH} Zeichen (jetzt %(show_value)d).",
                },
            )
        self.fields["comment"] = forms.CharField(
            label="Kommentar (optional)",
            required=False,
            widget=forms.Textarea({"rows": 2}),
            help_text="Nur für Redaktion und Gremium; erscheint im Verlauf, nicht auf dem Blatt.",
        )

    def criterion_rows(self) -> list[tuple[Criterion, forms.BoundField, forms.BoundField]]:
        """For the modal template: one fieldset per criterion."""
        return [
            (criterion, self[_judgement_field_name(criterion)], self[_reason_field_name(criterion)])
            for criterion in Criterion
        ]

    def criterion_inputs(self) -> list[CriterionInput]:
        """The validated judgements in the order of the criteria."""
        return [
            CriterionInput(
                criterion=criterion,
                judgement=self.cleaned_data[_judgement_field_name(criterion)],
                reason=self.cleaned_data[_reason_field_name(criterion)].strip(),
            )
            for criterion in Criterion
        ]


class SelectVoteForm(BoardVoteForm):
    def clean(self) -> dict:
        cleaned = super().clean()
        # The board selects only approaches that meet all four criteria;
        # "teilweise erfüllt" is a reservation, "nicht erfüllt" contradicts a selection.
        failed = [
            criterion.label
            for criterion in Criterion
            if cleaned.get(_judgement_field_name(criterion)) == Judgement.NOT_MET
        ]
        if failed:
            names = ", ".join(f"„{label}“" for label in failed)
            raise forms.ValidationError(
                f"Auswählen setzt voraus, dass kein Kriterium „nicht erfüllt“ ist; Sie haben {names} so bewertet. "
                "Ändern Sie das Urteil oder stimmen Sie mit „Nicht auswählen“."
            )
        return cleaned


VOTE_FORMS: dict[str, type[BoardVoteForm]] = {SELECT: SelectVoteForm, NOT_SELECT: BoardVoteForm}
