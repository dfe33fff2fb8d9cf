from django import template
from django.utils.formats import number_format

register = template.Library()

KB = 1024
MB = 1024 * 1024


@register.filter
def pdf_size(byte_size: int | None) -> str:
    """„640 KB“, „1,2 MB“: how big a download is, as a reader reads it."""
    if not byte_size:
        return ""
    if byte_size < MB:
        return f"{max(1, round(byte_size / KB))} KB"
    return f"{number_format(byte_size / MB, 1)} MB"


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
