"""Editors create good-practice sheets in the admin with their nomination; the
board's selection is not theirs to type (test_board_selection.py)."""

import datetime
import html

from django.urls import reverse

from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from goodpractice.models import Criterion, GoodPracticePage, ProductType

SLUG = "anerkennungslotsen-im-jobcenter"


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
        "nominated_at": "2023-09-20",
        "nominated_by": "IQ Netzwerk Hessen",
        "nominator": "Miriam Öztürk",
    }
    nominated_for = overrides.pop("nominated_for", [Criterion.TRANSFERABLE.value, Criterion.INNOVATIVE.value])
    data.update(overrides)
    form = nested_form_data(data)
    form["nominated_for"] = nominated_for
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
    assert page.nominated_at == datetime.date(2023, 9, 20)
    assert (page.nominated_by, page.nominator) == ("IQ Netzwerk Hessen", "Miriam Öztürk")
    assert page.nominated_for == ["transferfaehig", "innovativ"]
    assert page.nomination_summary == (
        "von IQ Netzwerk Hessen am 20. September 2023 für die Kriterien transferfähig und innovativ"
    )
    assert list(page.publishers.all()) == [reference.carrier]


@pytest.mark.django_db
def test_readers_do_not_see_a_draft_only_the_workflow_publishes_it(client, editor, good_practice_index, reference):
    client.force_login(editor)
    client.post(_add_url(good_practice_index), {**_form(reference), "action-publish": "action-publish"})
    page = GoodPracticePage.objects.get(slug=SLUG)
    assert not page.live, "publishing is the last stage of the selection workflow (test_board_selection.py)"
    client.logout()
    assert client.get(page.url).status_code == 404


@pytest.mark.django_db
def test_a_nomination_in_the_future_is_refused_and_nothing_is_saved(client, editor, good_practice_index, reference):
    client.force_login(editor)
    response = client.post(_add_url(good_practice_index), _form(reference, nominated_at="2099-01-01"))

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["nominated_at"]
    message = errors["nominated_at"][0]
    assert message == (
        "Der Vorschlag kann nicht in der Zukunft liegen (1. Januar 2099). Bitte das Datum des Eingangs eintragen."
    )
    assert message in response.content.decode()
    assert not GoodPracticePage.objects.exists()


@pytest.mark.django_db
def test_a_draft_may_lack_the_nomination_but_submitting_it_for_review_needs_it(
    client, editor, good_practice_index, reference
):
    client.force_login(editor)
    incomplete = _form(reference, nominated_by="", nominated_at="", nominated_for=[])
    assert client.post(_add_url(good_practice_index), incomplete).status_code == 302
    page = GoodPracticePage.objects.get(slug=SLUG)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)), {**incomplete, "action-submit": "action-submit"}
    )

    assert response.status_code == 200
    assert {"nominated_by", "nominated_at", "nominated_for"} <= set(response.context["form"].errors)
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
    for label in ("Vorschlag", "Vorgeschlagen am", "Vorgeschlagen für die Kriterien", "Ansprechperson"):
        assert label in form, label
    # The board's decision is a read-only record, not a field the editor fills in.
    assert "Entscheidungen des Beratungsgremiums" in form and "noch nicht entschieden" in form
    assert 'name="board_decision_date"' not in form and 'name="criterion_transferable"' not in form
    for criterion in Criterion:
        assert f'type="checkbox" name="nominated_for" value="{criterion.value}"' in form
    for group in reference.target_groups:
        assert f'type="checkbox" name="target_groups" value="{group.pk}"' in form

    listing = client.get(reverse("good_practice_pages:index"), {"bundesland": "HE"})
    assert listing.status_code == 200
    assert "Lotsen Hessen" in listing.content.decode()


@pytest.mark.django_db
def test_what_editors_typed_before_the_board_voted_here_stays_readable_in_the_history(client, editor, make_sheet):
    # Written by the migration goodpractice.0005 when it dropped the free-text selection fields.
    sheet = make_sheet(title="Lotsen Hessen")
    PageLogEntry.objects.log_action(
        instance=sheet,
        action="goodpractice.selection.legacy",
        data={
            "board_decision_date": "2023-11-28",
            "award_year": 2023,
            "justifications": {"Transferfähig": "Zwei Jobcenter haben es übernommen."},
        },
    )
    client.force_login(editor)
    history = client.get(reverse("wagtailadmin_pages:history", args=(sheet.pk,))).content.decode()
    assert "Auswahlverfahren: frühere Angaben" in history
    assert (
        "Von der Redaktion eingetragene Angaben zum Auswahlverfahren aus der Zeit vor der Abstimmung im System "
        "(ersetzt durch die Stimmen des Beratungsgremiums): Entscheidung am 28. November 2023; "
        "Auszeichnungsjahr 2023; Transferfähig: „Zwei Jobcenter haben es übernommen.“"
    ) in html.unescape(history)
