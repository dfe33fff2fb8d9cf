"""The demo's subproject directory at /teilprojekte/: the subprojects of
``docs/examples/teilprojekte.csv``, imported through the admin's import
service, and the demo good-practice sheets linked to theirs.

Runs after the good-practice selection, because only then do the sheets exist.
The magazine's portrait „Sprache im Dienst“ is not linked here: its block data
comes from ``demo/magazine/content``, and a link set afterwards would make
every seed publish the article again.
"""

from pathlib import Path

from wagtail.models import ReferenceIndex, Revision

from cms.models import Subproject, SubprojectDirectoryPage
from cms.subprojects.importing import subprojects_import
from goodpractice.models import GoodPracticePage

from .context import DemoContext, page_ensure

EXAMPLE_FILE = Path(__file__).resolve().parent.parent / "docs" / "examples" / "teilprojekte.csv"
# Sheet slug -> subproject name in the example file.
SHEET_SUBPROJECTS = {
    "sprachcafe-technik": "Sprachcafé Technik – Fachsprache im Betrieb",
    "anerkennungslotsen-im-jobcenter": "Anerkennungslotsen – Beratung im Jobcenter",
    "mentoring-fuer-ingenieurinnen": "Mentoring für Ingenieurinnen",
}


def seed_subprojects(*, context: DemoContext) -> None:
    with EXAMPLE_FILE.open("rb") as file:
        result = subprojects_import(file=file, filename=EXAMPLE_FILE.name)
    if not result.ok:
        raise RuntimeError(f"Die Beispieldatei der Teilprojekte ist fehlerhaft: {result.errors}")
    page_ensure(
        parent=context.home,
        model=SubprojectDirectoryPage,
        slug="teilprojekte",
        fields={
            "title": "Teilprojekte",
            "intro": "Die Teilprojekte des Förderprogramms IQ: wer sie trägt, wo und für wen – und was über sie "
            "erschienen ist.",
        },
    )
    linked = sum(_sheet_link(slug=slug, name=name) for slug, name in SHEET_SUBPROJECTS.items())
    context.write(
        f"Teilprojekte: {result.created} neu, {result.updated} abgeglichen; {linked} Good-Practice-Blätter verknüpft."
    )


def _sheet_link(*, slug: str, name: str) -> bool:
    """Link the sheet as if it had been written with its subproject: on the page
    and in every revision, without a new one, so that the board's procedure
    that published it stays the last word and a second seed changes nothing."""
    sheet = GoodPracticePage.objects.filter(slug=slug).first()
    subproject = Subproject.objects.get(name=name)
    if sheet is None or sheet.subproject_id == subproject.pk:
        return False
    GoodPracticePage.objects.filter(pk=sheet.pk).update(subproject=subproject)
    for revision in Revision.page_revisions.filter(object_id=str(sheet.pk)):
        # An update, not save(): a revision's save is read as an editor's change.
        Revision.objects.filter(pk=revision.pk).update(content={**revision.content, "subproject": subproject.pk})
    sheet.refresh_from_db()
    ReferenceIndex.create_or_update_for_object(sheet)
    return True
