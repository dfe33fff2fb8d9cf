"""Blocks of a good-practice sheet: the shared story blocks, with headings one
level below the sheet's fixed section headings, and the shared interview."""

from wagtail import blocks

from cms.blocks import STORY_BLOCKS, HeadingBlock, InterviewBlock


class SectionHeadingBlock(HeadingBlock):
    """A subheading inside Ausgangslage, Umsetzung, Ergebnisse or Transfer, which are
    themselves h2: offering h2 here would let editors break the outline."""

    level = blocks.ChoiceBlock(label="Ebene", choices=[("h3", "Ebene 3"), ("h4", "Ebene 4")], default="h3")

    class Meta:
        icon = "title"
        label = "Zwischenüberschrift"
        template = "cms/blocks/heading_block.html"


GOOD_PRACTICE_SECTION_BLOCKS = [
    (name, SectionHeadingBlock() if name == "heading" else block) for name, block in STORY_BLOCKS
]

GOOD_PRACTICE_INTERVIEW_BLOCKS = [("interview", InterviewBlock())]
