"""Voting as a board member does: the action's modal form, posted from the
editor (Wagtail's modal sends it with ``X-Requested-With: XMLHttpRequest``)."""

import json

from django.urls import reverse

from goodpractice.models import Criterion, Judgement
from tests.workflows.journey import current_task_state

# Judgements and reasons as a board member types them, per criterion.
MET = {
    Criterion.TRANSFERABLE: (Judgement.MET, "Vorlagen liegen vor; zwei Jobcenter haben das Modell übernommen."),
    Criterion.INNOVATIVE: (Judgement.MET, "Die Beratung kommt in die Regelinstitution."),
    Criterion.SUSTAINABLE: (Judgement.PARTLY_MET, "Der Raum ist gesichert, die Finanzierung ab 2026 noch nicht."),
    Criterion.EFFICIENT: (Judgement.MET, "Ein Beratungstag pro Woche verdoppelt die Anträge."),
}
NOT_MET = {
    Criterion.TRANSFERABLE: (Judgement.PARTLY_MET, "Nur mit dem Personal dieses Trägers erprobt."),
    Criterion.INNOVATIVE: (Judgement.NOT_MET, "Sprechstunden im Jobcenter gibt es vielerorts schon."),
    Criterion.SUSTAINABLE: (Judgement.NOT_MET, "Endet mit der Förderung; keine Übernahme vereinbart."),
    Criterion.EFFICIENT: (Judgement.PARTLY_MET, "Wirkung ohne Vergleichszahlen nicht belegt."),
}


def ballot(judgements: dict | None = None, *, comment: str = "", **overrides) -> dict:
    """The POST data of the vote form; ``overrides`` set or blank single fields."""
    judgements = MET if judgements is None else judgements
    data = {"comment": comment}
    for criterion, (judgement, reason) in judgements.items():
        data[f"{criterion.value}_judgement"] = judgement.value
        data[f"{criterion.value}_reason"] = reason
    data.update(overrides)
    return data


def vote_url(page, action: str) -> str:
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, current_task_state(page).pk))


XHR = {"x-requested-with": "XMLHttpRequest"}


def vote(client, user, page, action: str = "select", data: dict | None = None):
    """Post the modal's form; returns the JSON the modal reads (``step`` is
    "success", or "action" with the form and its errors re-rendered)."""
    client.force_login(user)
    response = client.post(vote_url(page, action), ballot() if data is None else data, headers=XHR)
    assert response.status_code == 200, (response.status_code, response.content[:500])
    return json.loads(response.content)


def vote_status(client, user, page, action: str = "select") -> int:
    """The status of a complete vote by ``user`` (403 when they may not vote)."""
    client.force_login(user)
    return client.post(vote_url(page, action), ballot(), headers=XHR).status_code
