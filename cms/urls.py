from pathlib import Path

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms.catalogue.search_redirect import search_redirect
from cms.i18n.serving import serve as serve_in_language
from cms.robots import robots_txt
from cms.sitemap import PublicationSitemap
from workflows.task_types import task_add

urlpatterns = [
    # Before Wagtail's: its password forms and password reset, throttled, on the same paths.
    path("", include("cms.throttling.urls")),
    # Before Wagtail's admin: only the project's review task types may be created.
    path("admin/workflows/tasks/add/<str:app_label>/<str:model_name>/", task_add),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"seiten": PublicationSitemap}}),
    path("robots.txt", robots_txt),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    from pdfexport.media_storage import PUBLIC_MEDIA_FOLDERS

    urlpatterns += staticfiles_urlpatterns()
    # Only the public folders, as in production (docs/deployment.md): documents and
    # PDFs, proofs of drafts among them, are in the private root and leave through the app.
    for folder in PUBLIC_MEDIA_FOLDERS:
        urlpatterns += static(f"{settings.MEDIA_URL}{folder}/", document_root=Path(settings.MEDIA_ROOT) / folder)

# Wagtail's frontend login and password form, unprefixed like the rest above.
urlpatterns += [pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"]
# What readers see per language: German without a prefix, at today's URLs;
# English under /en/ (docs/i18n.md). Everything above stays unprefixed.
urlpatterns += i18n_patterns(
    path("suche/", search_redirect, name="search"),
    # The alert pages, and the mails of a subscription, in the language it was made in.
    path("benachrichtigungen/", include("cms.alerts.urls")),
    # Wagtail's page view, which serves a page only in its own locale's language.
    re_path(wagtail_urls.serve_pattern, serve_in_language, name="wagtail_serve"),
    prefix_default_language=False,
)
