"""The reader's page chrome: the header search box, the links to Leichte
Sprache and Gebärdensprache, breadcrumbs, and what the page tells machines
(Open Graph, schema.org JSON-LD)."""

from django import template
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.html import format_html_join
from django.utils.safestring import SafeString

from wagtail.models import Page

from cms.models import EasyLanguagePage, SignLanguagePage
from cms.search.limits import search_query_capped
from cms.structured_data import breadcrumb_list_json_ld, json_ld_script, open_graph_properties, publication_json_ld
from cms.structured_data.breadcrumbs import breadcrumb_trail
from cms.structured_data.links import page_image_url
from pdfexport.publication import is_publication

register = template.Library()


@register.inclusion_tag("cms/includes/header_search.html", takes_context=True)
def header_search(context) -> dict:
    request = context.get("request")
    query = request.GET.get("q", "") if request is not None else ""
    # Echoed within the search limits: the catalogue refuses longer queries anyway.
    return {"query": search_query_capped(query), "max_length": settings.IQ_SEARCH_MAX_QUERY_CHARS}


def accessible_language_pages(*, request) -> dict[str, Page | None]:
    """The live Leichte-Sprache and Gebärdensprache pages, in one query per request."""
    cached = getattr(request, "_accessible_language_pages", None)
    if cached is not None:
        return cached
    keys = {
        ContentType.objects.get_for_model(EasyLanguagePage).pk: "easy_language",
        ContentType.objects.get_for_model(SignLanguagePage).pk: "sign_language",
    }
    found: dict[str, Page | None] = dict.fromkeys(keys.values())
    for page in Page.objects.live().filter(content_type_id__in=keys).order_by("path"):
        found[keys[page.content_type_id]] = found[keys[page.content_type_id]] or page
    if request is not None:
        request._accessible_language_pages = found
    return found


@register.simple_tag(takes_context=True)
def accessible_language_offers(context) -> dict[str, Page | None]:
    """``{% accessible_language_offers as offers %}``: the two pages for a page's own text."""
    return accessible_language_pages(request=context.get("request"))


@register.inclusion_tag("cms/includes/accessible_language_links.html", takes_context=True)
def accessible_language_links(context) -> dict:
    current = context.get("page")
    return {
        **accessible_language_pages(request=context.get("request")),
        "current_id": getattr(current, "pk", None),
        "request": context.get("request"),
    }


@register.inclusion_tag("cms/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context) -> dict:
    page = context.get("page")
    if not isinstance(page, Page):
        return {"trail": []}
    return {"trail": breadcrumb_trail(page=page, request=context.get("request"))}


@register.simple_tag(takes_context=True)
def page_meta(context) -> SafeString:
    """Open Graph ``<meta>`` and the JSON-LD scripts of the page being rendered."""
    page = context.get("page")
    if not isinstance(page, Page):
        return SafeString("")
    request = context.get("request")
    publication = is_publication(page)
    image_url = page_image_url(page=page, request=request)
    trail = breadcrumb_trail(page=page, request=request)
    parts = [
        format_html_join(
            "\n",
            '<meta property="{}" content="{}">',
            open_graph_properties(page=page, request=request, image_url=image_url, is_publication=publication),
        )
    ]
    if publication and page.live:
        # ``pdf/`` serves the live revision's PDF or, while that renders, the last good one;
        # PdfRouteMixin.get_context has looked both up already (none in a preview).
        pdf = context.get("pdf_download") or context.get("pdf_previous")
        parent = trail[-2] if len(trail) >= 2 else None
        parts.append(
            json_ld_script(publication_json_ld(page=page, request=request, pdf=pdf, parent=parent, image_url=image_url))
        )
    if breadcrumb_data := breadcrumb_list_json_ld(trail=trail, request=request):
        parts.append(json_ld_script(breadcrumb_data))
    return format_html_join("\n", "{}", ((part,) for part in parts))
