"""Editors create good-practice sheets in the admin; the selection rules hold there."""

import datetime

from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from goodpractice.models import GoodPracticePage, ProductType

SLUG = "anerkennungslotsen-im-jobcenter"
CRITERIA = {
    "criterion_transferable": "Eine Kooperationsvereinbarung, ein Raum und feste Zeiten genügen.",
    "criterion_innovative": "Die Anerkennungsberatung kommt in die Regelinstitution.",
    "criterion_sustainable": "Das Jobcenter hat die Sprechstunde in seine Abläufe übernommen.",
    "criterion_efficient": "Ein Beratungstag pro Woche verdoppelt die Zahl der Anträge.",
}


def _list_block(items: list[dict]) -> dict:
    data = {str(index): {"value": item, "deleted": "", "order": str(index)} for index, item in enumerate(items)}
    data["count"] = str(len(items))
    return data


def _form(reference, **overrides) -> dict:
    data = {
        "title": "Anerkennungslotsen im Jobcenter",
        "slug": SLUG,
        "subtitle": "Wöchentliche Anerkennungsberatung in den Räumen des Jobcenters",
        "teaser": "Beratung dort, wo Ratsuchende ohnehin hinkommen.",
        "publication_date": "2024-01-22",
        "data_as_of": "2023-10-31",
        "language": "de",
        "funding_notice": str(reference.funding_notice.pk),
        "project_name": "Anerkennungslotsen – IQ Beratung im Jobcenter",
        "carrier": str(reference.carrier.pk),
        "network": str(reference.network.pk),
        "bundesland": "HE",
        "action_area": str(reference.counselling.pk),
        "target_group_note": "Leistungsberechtigte mit ausländischem Abschluss",
        "product_type": ProductType.CONCEPT,
        "challenge": streamfield([("paragraph", rich_text("<p>Der Weg zur Beratungsstelle war weit.</p>"))]),
        "approach": streamfield(
            [
                ("heading", {"text": "Kurze Wege im Haus", "level": "h3"}),
                ("paragraph", rich_text("<p>Jeden Dienstag eine Sprechstunde im Jobcenter.</p>")),
            ]
        ),
        "results": streamfield([("paragraph", rich_text("<p>Doppelt so viele Anträge.</p>"))]),
        "transfer": streamfield([("paragraph", rich_text("<p>Eine Mustervereinbarung steht bereit.</p>"))]),
        "interview": streamfield(
            [
                (
                    "interview",
                    {
                        "interviewer": "mb",
                        "interviewees": "Jonas Weber, Projektleitung",
                        "pairs": _list_block(
                            [
                                {
                                    "question": "Warum im Jobcenter?",
                                    "answer": rich_text("<p>Weil die Ratsuchenden ohnehin dort sind.</p>"),
                                    "speaker": "Jonas Weber",
                                }
                            ]
                        ),
                    },
                )
            ]
        ),
        "contact": str(reference.consenting.pk),
        **CRITERIA,
        "nomination_date": "2023-09-20",
        "nominated_by": "IQ Netzwerk Hessen",
        "board_decision_date": "2023-11-28",
        "award_year": "2023",
    }
    data.update(overrides)
    form = nested_form_data(data)
    form["target_groups"] = [str(group.pk) for group in reference.target_groups]
    form["publishers"] = [str(reference.carrier.pk)]
    return form


def _add_url(index) -> str:
    return reverse("wagtailadmin_pages:add", args=("goodpractice", "goodpracticepage", index.pk))


@pytest.mark.django_db
def test_editor_creates_a_draft_sheet_with_every_field(client, editor, good_practice_index, reference):
    client.force_login(editor)
    response = client.post(_add_url(good_practice_index), _form(reference))
    assert response.status_code == 302, response.context["form"].errors if response.context else response

    page = GoodPracticePage.objects.get(slug=SLUG)
    assert not page.live
    assert page.get_parent().specific == good_practice_index
    assert (page.carrier, page.network, page.action_area) == (
        reference.carrier,
        reference.network,
        reference.counselling,
    )
    assert (page.bundesland, page.product_type) == ("HE", ProductType.CONCEPT)
    assert set(page.target_groups.all()) == set(reference.target_groups)
    assert page.target_group_note == "Leistungsberechtigte mit ausländischem Abschluss"
    assert [block.block_type for block in page.approach] == ["heading", "paragraph"]
    assert page.approach[0].value["level"] == "h3"
    for section in (page.challenge, page.results, page.transfer):
        assert len(section) == 1
    interview = page.interview[0].value
    assert interview["interviewees"] == "Jonas Weber, Projektleitung"
    assert interview["pairs"][0]["question"] == "Warum im Jobcenter?"
    assert page.contact == reference.consenting
    assert {name: getattr(page, name) for name in CRITERIA} == CRITERIA
    assert page.nomination_date == datetime.date(2023, 9, 20)
    assert page.nominated_by == "IQ Netzwerk Hessen"
    assert page.board_decision_date == datetime.date(2023, 11, 28)
    assert page.award_year == 2023
    assert list(page.publishers.all()) == [reference.carrier]


@pytest.mark.django_db
def test_readers_see_the_sheet_once_its_workflow_publishes_it(client, editor, good_practice_index, reference):
    client.force_login(editor)
    client.post(_add_url(good_practice_index), _form(reference))
    page = GoodPracticePage.objects.get(slug=SLUG)
    # Publishing is the last stage of the selection workflow (test_review_journey.py).
    page.get_latest_revision().publish()
    page.refresh_from_db()
    assert page.live
    client.logout()

    html = client.get(page.url).content.decode()
    assert "Anerkennungslotsen im Jobcenter" in html
    assert "Ausgewählt vom IQ Beratungsgremium am 28. November 2023" in html


@pytest.mark.django_db
def test_board_decision_before_nomination_is_refused_and_nothing_is_saved(
    client, editor, good_practice_index, reference
):
    client.force_login(editor)
    response = client.post(
        _add_url(good_practice_index), _form(reference, nomination_date="2023-09-20", board_decision_date="2023-09-01")
    )

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["board_decision_date"]
    message = errors["board_decision_date"][0]
    assert "Das Beratungsgremium kann nicht vor dem Vorschlag entscheiden" in message
    assert "1. September 2023" in message and "20. September 2023" in message
    assert message in response.content.decode()
    assert not GoodPracticePage.objects.exists()


@pytest.mark.django_db
def test_a_draft_may_lack_criteria_but_submitting_it_for_review_needs_all_four(
    client, editor, good_practice_index, reference
):
    client.force_login(editor)
    incomplete = _form(reference, criterion_efficient="", board_decision_date="", award_year="")
    assert client.post(_add_url(good_practice_index), incomplete).status_code == 302
    page = GoodPracticePage.objects.get(slug=SLUG)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)), {**incomplete, "action-submit": "action-submit"}
    )

    assert response.status_code == 200
    assert {"criterion_efficient", "board_decision_date", "award_year"} <= set(response.context["form"].errors)
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_state is None, "nothing was submitted"


@pytest.mark.django_db
def test_editor_sees_the_form_with_target_group_checkboxes_and_the_sheet_list(
    client, editor, good_practice_index, make_sheet, reference
):
    make_sheet(title="Lotsen Hessen")
    client.force_login(editor)

    form = client.get(_add_url(good_practice_index)).content.decode()
    for label in ("Auswahlkriterien", "Vorgeschlagen am", "Entscheidung des Beratungsgremiums am", "Ansprechperson"):
        assert label in form, label
    for group in reference.target_groups:
        assert f'type="checkbox" name="target_groups" value="{group.pk}"' in form

    listing = client.get(reverse("good_practice_pages:index"), {"bundesland": "HE"})
    assert listing.status_code == 200
    assert "Lotsen Hessen" in listing.content.decode()
