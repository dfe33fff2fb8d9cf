"""The site shell's template tags: navigation and footer."""

from django import template
from django.conf import settings

from wagtail.models import Locale, Page, Site

from cms.i18n.editions import active_language
from cms.i18n.reference import in_source_locale, translated_for
from cms.models import FundingNotice
from cms.selectors import footer_pages

register = template.Library()


@register.inclusion_tag("cms/includes/main_navigation.html", takes_context=True)
def main_navigation(context) -> dict:
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    # The home page in the reader's language, where it is translated (the /en/ tree).
    home = (
        (site.root_page if active_language() == settings.LANGUAGE_CODE else site.root_page.localized) if site else None
    )
    items = home.get_children().live().in_menu() if home else Page.objects.none()
    current_path = getattr(context.get("page"), "path", "")
    return {"items": [(item, current_path.startswith(item.path)) for item in items]}


@register.inclusion_tag("cms/includes/site_footer.html")
def site_footer() -> dict:
    return {
        "legal": footer_pages(),
        "funding_notice": _funding_notice(),
    }


def _funding_notice() -> FundingNotice | None:
    """The current period's notice, in the reader's language where it is translated."""
    notice = in_source_locale(FundingNotice).select_related("period").order_by("-period__start").first()
    if notice is None or active_language() == settings.LANGUAGE_CODE:
        return notice
    return translated_for(notice, locale=Locale.get_active())
