"""The reader's filter form of the good-practice listing (GET, works without JavaScript)."""

from django import forms
from django.utils.translation import gettext_lazy as _

UNAVAILABLE = _("Für diese Auswahl gibt es zurzeit kein Good-Practice-Beispiel; der Filter wurde nicht angewendet.")


class GoodPracticeFilterForm(forms.Form):
    """Offers only the action areas and federal states that have published sheets,
    so no choice leads to an empty list. The options come in precomputed, the
    action areas with their names in the listing's language: the form runs no
    queries of its own."""

    hsp = forms.TypedChoiceField(
        label=_("Handlungsschwerpunkt"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": UNAVAILABLE},
    )
    bundesland = forms.ChoiceField(
        label=_("Bundesland"), required=False, error_messages={"invalid_choice": UNAVAILABLE}
    )

    def __init__(self, *args, action_areas, action_area_names: dict[int, str], bundeslaender, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._action_areas = {area.pk: area for area in action_areas}
        self.fields["hsp"].choices = [("", _("Alle Handlungsschwerpunkte"))] + [
            (area.pk, action_area_names.get(area.pk, str(area))) for area in action_areas
        ]
        self.fields["bundesland"].choices = [("", _("Alle Bundesländer")), *bundeslaender]

    def selected(self) -> dict:
        """The valid filter values (``action_area``, ``bundesland``); invalid ones are dropped."""
        if not self.is_bound:
            return {"action_area": None, "bundesland": ""}
        self.is_valid()  # cleaned_data then holds exactly the fields that passed
        return {
            "action_area": self._action_areas.get(self.cleaned_data.get("hsp")),
            "bundesland": self.cleaned_data.get("bundesland") or "",
        }
