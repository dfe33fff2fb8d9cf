"""What withdrawing refuses, each with a German message, changing nothing."""

from django.contrib.messages import get_messages

import pytest

from cms.withdrawal.permissions import NOT_ALLOWED
from cms.withdrawal.services import REASON_MISSING, REASON_TOO_LONG
from factsheets.factories import FactSheetPageFactory
from pdfexport.models import PublicationPDF
from tests.withdrawal.admin import nothing_withdrawn, withdraw, withdraw_url
from tests.withdrawal.conftest import REASON
from tests.workflows.journey import edit_url


def _messages(response) -> list[str]:
    # Wagtail appends the markup of message buttons; the text is what people read.
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


@pytest.mark.django_db
def test_redaktion_cannot_withdraw(client, team, live_fact_sheet):
    client.force_login(team.redaktion)
    assert withdraw_url(live_fact_sheet) not in client.get(edit_url(live_fact_sheet)).content.decode()
    for response in (
        client.get(withdraw_url(live_fact_sheet)),
        withdraw(client, team.redaktion, live_fact_sheet, reason=REASON),
    ):
        assert response.status_code == 403
        assert NOT_ALLOWED in response.content.decode()
    assert nothing_withdrawn(live_fact_sheet)


@pytest.mark.django_db
@pytest.mark.parametrize("reason", ["", "   \n  "])
def test_a_withdrawal_without_a_reason_is_refused(client, team, live_fact_sheet, reason):
    response = withdraw(client, team.freigabe, live_fact_sheet, reason=reason)
    assert response.status_code == 200
    html = response.content.decode()
    assert REASON_MISSING in html
    assert "Nicht zurückgezogen: Bitte korrigieren Sie die markierten Angaben." in html
    assert nothing_withdrawn(live_fact_sheet)
    assert "withdrawal-notice" not in client.get(live_fact_sheet.url).content.decode()


@pytest.mark.django_db
def test_a_reason_too_long_for_the_pdf_footer_is_refused(client, team, live_fact_sheet):
    response = withdraw(client, team.freigabe, live_fact_sheet, reason="Zu lang. " * 40)
    assert REASON_TOO_LONG in response.content.decode()
    assert nothing_withdrawn(live_fact_sheet)


@pytest.mark.django_db
def test_a_page_that_is_not_live_cannot_be_withdrawn(client, team, fact_sheet_index):
    draft = FactSheetPageFactory(parent=fact_sheet_index, live=False, title="Entwurf ohne Veröffentlichung")
    client.force_login(team.freigabe)
    assert withdraw_url(draft) not in client.get(edit_url(draft)).content.decode()
    response = withdraw(client, team.freigabe, draft, reason=REASON, follow=False)
    assert response.status_code == 302 and response["Location"] == edit_url(draft)
    assert _messages(response) == [
        "„Entwurf ohne Veröffentlichung“ ist nicht veröffentlicht und kann daher nicht zurückgezogen werden. "
        "Zurückziehen gilt für Publikationen, die online sind; ein Entwurf wird einfach nicht eingereicht."
    ]
    assert nothing_withdrawn(draft)


@pytest.mark.django_db
def test_an_unpublished_page_cannot_be_withdrawn(client, team, live_fact_sheet):
    live_fact_sheet.unpublish()
    response = withdraw(client, team.freigabe, live_fact_sheet, reason=REASON, follow=False)
    assert response.status_code == 302
    assert "ist nicht veröffentlicht" in _messages(response)[0]
    assert nothing_withdrawn(live_fact_sheet)


@pytest.mark.django_db
def test_a_withdrawn_page_cannot_be_withdrawn_again(client, team, live_fact_sheet, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        withdraw(client, team.freigabe, live_fact_sheet, reason=REASON)
    pdfs = PublicationPDF.objects.count()
    assert withdraw_url(live_fact_sheet) not in client.get(edit_url(live_fact_sheet)).content.decode()
    response = withdraw(client, team.freigabe, live_fact_sheet, reason="Ein anderer Grund", follow=False)
    assert "wurde bereits am" in _messages(response)[0]
    assert live_fact_sheet.withdrawal.reason == REASON
    assert PublicationPDF.objects.count() == pdfs


@pytest.mark.django_db
def test_a_page_cannot_be_its_own_successor(client, team, live_fact_sheet):
    response = withdraw(client, team.freigabe, live_fact_sheet, reason=REASON, successor=live_fact_sheet)
    assert "Eine Publikation kann nicht auf sich selbst als Nachfolgerin verweisen." in response.content.decode()
    assert nothing_withdrawn(live_fact_sheet)
