"""What every seeder shares: the context it reports to and the idempotent
helpers it builds with. A seeder looks things up by natural name or slug and
publishes a page only when it is new or its content changed, so running the
seed again adds no revisions."""

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.serializers.json import DjangoJSONEncoder

from wagtail.fields import StreamField
from wagtail.models import Page

from cms.i18n.reference import in_source_locale
from cms.models import HomePage
from workflows.publish_guard import publishing_authorised


@dataclass
class DemoContext:
    """What seeders share: where to report, the home page, the logins to print."""

    write: Callable[[str], None]
    home: HomePage | None = None
    logins: list[tuple[str, str]] = field(default_factory=list)


def page_ensure(*, parent: Page, model: type[Page], slug: str, fields: dict) -> tuple[Page, bool]:
    """The ``slug`` child of ``parent`` with ``fields``; returns ``(page, published)``.

    Publishes a revision only when the page is new, not live, or differs from
    ``fields``, so running the seed again adds no revisions. Many-to-many fields
    take lists; StreamFields take raw block data.
    """
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        plain = {name: value for name, value in fields.items() if not _is_many(model, name)}
        page = model(slug=slug, live=False, has_unpublished_changes=True, **plain)
        parent.add_child(instance=page)
    elif page.live and not any(_differs(page, name, value) for name, value in fields.items()):
        return page, False
    for name, value in fields.items():
        if _is_many(model, name):
            getattr(page, name).set(value)
        else:
            setattr(page, name, copy.deepcopy(value))
    # Demo publications stand for ones already reviewed: seeding publishes them
    # as the final approval would, past the workflows' publish guard.
    with publishing_authorised():
        page.save_revision().publish()
    return page, True


def upsert(model, *, lookup: tuple[str, ...] | None = None, **values):
    """Get or create by the natural name (``name``, or ``number`` for action areas)
    and save only what changed: every save queues search and reference-index jobs."""
    keys = lookup or (("number",) if "number" in values else ("name",))
    # The German row: a translatable model has one per locale (cms/i18n/reference.py).
    instance, _ = in_source_locale(model).get_or_create(**{key: values.pop(key) for key in keys}, defaults=values)
    changed = [name for name, value in values.items() if _differs(instance, name, value)]
    if changed:
        for name in changed:
            setattr(instance, name, copy.deepcopy(values[name]))
        instance.save(update_fields=changed)
    return instance


def _is_many(model: type[Page], name: str) -> bool:
    return bool(model._meta.get_field(name).many_to_many)


def _differs(instance, name: str, value) -> bool:
    model_field = instance._meta.get_field(name)
    if model_field.many_to_many:
        return set(getattr(instance, name).all()) != set(value)
    if isinstance(model_field, StreamField):
        return _stream_json(model_field, getattr(instance, name)) != _stream_json(model_field, copy.deepcopy(value))
    if model_field.many_to_one:
        return getattr(instance, model_field.attname) != (value.pk if value is not None else None)
    return getattr(instance, name) != value


def _stream_json(model_field: StreamField, value) -> str:
    stream = model_field.to_python(value)
    list(stream)  # convert every child, so stored and new data go through the same get_prep_value
    return json.dumps(_without_ids(model_field.get_prep_value(stream)), cls=DjangoJSONEncoder, sort_keys=True)


def _without_ids(data):
    # Block ids are random per save; they say nothing about the content.
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    if isinstance(data, dict):
        return {key: _without_ids(item) for key, item in data.items() if key != "id"}
    return data
