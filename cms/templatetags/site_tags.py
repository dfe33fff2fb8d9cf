"""The site shell's template tags: navigation and footer."""

from django import template

from wagtail.models import Page, Site

from cms.models import FundingNotice
from cms.selectors import footer_pages

register = template.Library()


@register.inclusion_tag("cms/includes/main_navigation.html", takes_context=True)
def main_navigation(context) -> dict:
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    # The home page in the reader's language, where it is translated (the /en/ tree).
    items = site.root_page.localized.get_children().live().in_menu() if site else Page.objects.none()
    current_path = getattr(context.get("page"), "path", "")
    return {"items": [(item, current_path.startswith(item.path)) for item in items]}


@register.inclusion_tag("cms/includes/site_footer.html")
def site_footer() -> dict:
    return {
        "legal": footer_pages(),
        "funding_notice": FundingNotice.objects.select_related("period").order_by("-period__start").first(),
    }
