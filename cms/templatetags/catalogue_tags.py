from django import template

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
