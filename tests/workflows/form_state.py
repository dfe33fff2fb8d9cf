"""The POST data of an admin form as a browser would send it unchanged.

Journeys start from pages built by factories; a reviewer or editor then acts
through the real edit view, which needs the whole form. ``page_form_data``
reads the edit form's initial state (Wagtail's own ``get_form_state`` for
StreamFields) and turns it into the field names the widgets read back; other
admin forms are read from their HTML by ``html_form_data``.
"""

import datetime
import json

from django import forms

from wagtail.blocks import BooleanBlock, ListBlock, StreamBlock, StructBlock
from wagtail.blocks.base import BlockField
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.models import Page

from bs4 import BeautifulSoup


def page_form_data(page: Page, *, user, **changes) -> dict:
    page = page.specific
    latest = page.get_latest_revision_as_object()
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(instance=latest, for_user=user, parent_page=page.get_parent())
    data = _form_fields(form, prefix="")
    data.update(_formsets_data(form))
    data.update(changes)
    return data


def _formsets_data(form) -> dict:
    """Child formsets, nested ones too (comments carry their replies)."""
    data = {}
    for formset in getattr(form, "formsets", {}).values():
        prefix = formset.prefix
        data[f"{prefix}-TOTAL_FORMS"] = len(formset.forms)
        data[f"{prefix}-INITIAL_FORMS"] = formset.initial_form_count()
        data[f"{prefix}-MIN_NUM_FORMS"] = 0
        data[f"{prefix}-MAX_NUM_FORMS"] = 1000
        for subform in formset.forms:
            data.update(_form_fields(subform, prefix=subform.prefix))
            data.update(_formsets_data(subform))
    return data


def _form_fields(form: forms.BaseForm, *, prefix: str) -> dict:
    data = {}
    for bound in form:
        name = bound.html_name
        field, value = bound.field, bound.value()
        if isinstance(field, BlockField):
            data.update(_block_data(name, field.block, field.block.get_form_state(value)))
        elif isinstance(field.widget, forms.CheckboxInput):
            if value:
                data[name] = "on"
        elif isinstance(value, list | tuple):
            data[name] = [str(item.pk if hasattr(item, "pk") else item) for item in value]
        elif isinstance(value, datetime.date):
            data[name] = value.isoformat()
        elif value is None:
            data[name] = ""
        else:
            formatted = field.widget.format_value(value)
            data[name] = "" if formatted is None else formatted
    return data


def _block_data(prefix: str, block, state) -> dict:
    data = {}
    if isinstance(block, StreamBlock):
        data[f"{prefix}-count"] = len(state)
        for i, child in enumerate(state):
            data.update({f"{prefix}-{i}-type": child["type"], f"{prefix}-{i}-deleted": "", f"{prefix}-{i}-order": i})
            data[f"{prefix}-{i}-id"] = child.get("id") or ""
            data.update(_block_data(f"{prefix}-{i}-value", block.child_blocks[child["type"]], child["value"]))
    elif isinstance(block, ListBlock):
        data[f"{prefix}-count"] = len(state)
        for i, child in enumerate(state):
            data.update(
                {f"{prefix}-{i}-deleted": "", f"{prefix}-{i}-order": i, f"{prefix}-{i}-id": child.get("id", "")}
            )
            data.update(_block_data(f"{prefix}-{i}-value", block.child_block, child["value"]))
    elif isinstance(block, StructBlock):
        for name, child_block in block.child_blocks.items():
            data.update(_block_data(f"{prefix}-{name}", child_block, state.get(name)))
    elif isinstance(block, BooleanBlock):
        if state:
            data[prefix] = "on"
    elif isinstance(state, dict) and "id" in state:
        data[prefix] = state["id"]  # chooser blocks: the widget posts only the id
    elif isinstance(block, TableBlock):
        # The table editor posts its state as JSON text; a dict sent as it is
        # arrives as its Python repr, which the block rightly refuses.
        data[prefix] = json.dumps(state)
    else:
        data[prefix] = "" if state is None else state
    return data


def html_form_data(page_html: str, *, containing: str) -> dict[str, list[str]]:
    """What a browser posts for the form on the page that holds the field
    ``containing``, unchanged (templates of empty inline forms left out)."""
    soup = BeautifulSoup(page_html, "html.parser")
    form = soup.find(attrs={"name": containing}).find_parent("form")
    data: dict[str, list[str]] = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name, kind = field.get("name"), (field.get("type") or "text").lower()
        if not name or field.find_parent("template") or field.has_attr("disabled"):
            continue
        if kind in ("submit", "button", "image", "file"):
            continue
        if kind in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif field.name == "textarea":
            data.setdefault(name, []).append(field.text)
        elif field.name == "select":
            options = field.find_all("option")
            chosen = [option for option in options if option.has_attr("selected")]
            if not chosen and options and not field.has_attr("multiple"):
                chosen = options[:1]  # a single choice always sends one
            data.setdefault(name, []).extend(option.get("value", option.text) for option in chosen)
        else:
            data.setdefault(name, []).append(field.get("value", ""))
    return data
