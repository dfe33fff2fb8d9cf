"""Seeders of the demo IQ Good Practice: the listing with the content, and
after the roles the selection procedures that publish the proposals the board
selects; last an update left waiting for the board's second vote.

The sheets are published by the workflow, with the board's votes and
judgements, never directly. Texts live in ``sheets.py``, the votes in
``judgements.py``."""

from cms.i18n.reference import in_source_locale
from cms.models import FundingNotice, FundingPeriod, Organisation
from demo.context import DemoContext, page_ensure
from demo.reference_data import FUNDING_NOTICE_LABEL, PERIOD_ESF_PLUS, PUBLISHER_NAME
from demo.review import demo_review_ensure
from goodpractice.models import GoodPracticeIndexPage, GoodPracticePage
from goodpractice.selection.stage import board_stage_ensure

from .judgements import PENDING_UPDATE_VOTE, PROCEDURES
from .proposals import proposals
from .selection import demo_selection_ensure, demo_vote_cast


def seed_good_practice(*, context: DemoContext) -> None:
    index, _ = page_ensure(
        parent=context.home,
        model=GoodPracticeIndexPage,
        slug="iq-good-practice",
        fields={
            "title": "IQ Good Practice",
            "intro": "Erprobte Ansätze aus dem Förderprogramm IQ, die andere übernehmen können – ausgewählt vom "
            "IQ Beratungsgremium nach den Kriterien transferfähig, innovativ, nachhaltig und effizient.",
            "show_in_menus": True,
        },
    )
    context.write("IQ Good Practice: Übersicht angelegt; die Vorschläge folgen mit dem Auswahlverfahren.")


def seed_good_practice_selection(*, context: DemoContext) -> None:
    # seed_users, which runs before, may have recreated the default workflows with a plain quorum stage.
    board_stage_ensure()
    index = GoodPracticeIndexPage.objects.get(slug="iq-good-practice")
    shared = _shared_fields()
    decided = [
        demo_selection_ensure(
            sheet=_proposal_ensure(index=index, slug=slug, fields={**shared, **fields}), procedure=PROCEDURES[slug]
        )
        for slug, fields in proposals()
    ]
    live = GoodPracticePage.objects.child_of(index).live().count()
    context.write(
        f"IQ Good Practice: {len(decided)} Vorschläge, {live} ausgewählt und veröffentlicht "
        f"({sum(decided)} neu vom Beratungsgremium entschieden)."
    )


def _proposal_ensure(*, index: GoodPracticeIndexPage, slug: str, fields: dict) -> GoodPracticePage:
    """The proposal ``slug``, created as a draft if missing. Only the workflow publishes it."""
    sheet = GoodPracticePage.objects.child_of(index).filter(slug=slug).first()
    if sheet is not None:
        return sheet
    many = {name: value for name, value in fields.items() if GoodPracticePage._meta.get_field(name).many_to_many}
    plain = {name: value for name, value in fields.items() if name not in many}
    sheet = GoodPracticePage(slug=slug, live=False, has_unpublished_changes=True, **plain)
    index.add_child(instance=sheet)
    for name, value in many.items():
        # Kept with the page in memory; the first revision stores them, the publication writes them.
        getattr(sheet, name).set(value)
    return sheet


def _shared_fields() -> dict:
    return {
        "publishers": [in_source_locale(Organisation).get(name=PUBLISHER_NAME)],
        "funding_period": FundingPeriod.objects.get(name=PERIOD_ESF_PLUS),
        "funding_notice": in_source_locale(FundingNotice).get(label=FUNDING_NOTICE_LABEL),
    }


def seed_good_practice_before_the_board(*, context: DemoContext) -> None:
    sheet = GoodPracticePage.objects.get(slug="mentoring-fuer-ingenieurinnen")
    changes = {"subtitle": sheet.subtitle + " (aktualisierte Fassung 2025)"}
    approvals = (("fachreview", "Wirkung mit Zahlen belegt, Transferhinweise vollständig."),)
    if demo_review_ensure(page=sheet, submitter="redaktion", changes=changes, approvals=approvals):
        demo_vote_cast(page=sheet, vote=PENDING_UPDATE_VOTE)
        context.write(f"In Prüfung: „{sheet.title}“ wartet auf die zweite Stimme des Beratungsgremiums.")
