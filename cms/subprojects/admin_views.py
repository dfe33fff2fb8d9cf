"""The admin view „Teilprojekte importieren“: upload a table, see every error
of it at once, or how many subprojects were created and updated.

The import runs in the request: a table of the programme's ~400 subprojects
is checked and written in a few seconds (docs/decisions.md, „Import der
Teilprojekte ohne Hintergrundjob“), so the page says so instead of showing a
progress bar; ``manage.py subprojects_import`` shows one.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods

from .importing import COLUMNS, subprojects_import

PERMISSIONS = ("cms.add_subproject", "cms.change_subproject")


class SubprojectImportForm(forms.Form):
    file = forms.FileField(
        label="Tabelle (CSV oder XLSX)",
        help_text="Erste Zeile: die Spaltenüberschriften. Jede weitere Zeile ist ein Teilprojekt.",
        error_messages={"required": "Bitte eine CSV- oder XLSX-Datei auswählen."},
    )


@require_http_methods(["GET", "POST"])
def subproject_import_view(request: HttpRequest, *, list_url_name: str) -> HttpResponse:
    if not request.user.has_perms(PERMISSIONS):
        raise PermissionDenied
    errors = []
    form = SubprojectImportForm(request.POST, request.FILES) if request.method == "POST" else SubprojectImportForm()
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        result = subprojects_import(file=upload, filename=upload.name)
        if result.ok:
            text = f"Import abgeschlossen: {result.created} Teilprojekte neu angelegt, {result.updated} aktualisiert."
            if result.carriers_created:
                text += f" Neu angelegte Träger: {', '.join(result.carriers_created)}."
            messages.success(request, text)
            return redirect(list_url_name)
        errors = result.errors
    title = "Teilprojekte importieren"
    return TemplateResponse(
        request,
        "cms/subprojects/admin/import.html",
        {
            "form": form,
            "errors": errors,
            "columns": COLUMNS,
            "list_url_name": list_url_name,
            "header_title": title,
            "page_title": title,
        },
        status=400 if errors else 200,
    )
