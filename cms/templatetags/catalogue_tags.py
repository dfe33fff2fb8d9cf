from django import template

from cms.catalogue.labels import type_name
from cms.subprojects.facets import status_label

register = template.Library()


@register.simple_tag
def catalogue_url(page_url: str, query) -> str:
    """The catalogue's URL for ``query``: the one place a state becomes a link."""
    querystring = query.querystring()
    return f"{page_url}?{querystring}" if querystring else page_url


@register.simple_tag
def catalogue_url_without(page_url: str, query, param: str, value: str) -> str:
    return catalogue_url(page_url, query.without_value(param, value))


@register.simple_tag
def catalogue_url_page(page_url: str, query, number: int) -> str:
    return catalogue_url(page_url, query.with_page(number))


@register.filter
def catalogue_type_name(label: str) -> str:
    """``{{ entry.type_label|catalogue_type_name }}``: the stored German type in the reader's language."""
    return type_name(label)


@register.filter
def subproject_status(status: str) -> str:
    """``{{ subproject.status|subproject_status }}``: the status in the reader's language."""
    return status_label(status)
