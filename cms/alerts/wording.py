"""The frequencies as readers read them, in their language.

``AlertFrequency``'s labels are the admin's (German) and part of the migrations,
so the reader's pages and mails name a frequency through this table instead.
"""

from django.utils.translation import gettext_lazy as _

from cms.models.alert import AlertFrequency

FREQUENCY_NAMES = {AlertFrequency.IMMEDIATE: _("sofort"), AlertFrequency.WEEKLY: _("wöchentlich")}


def frequency_name(frequency: str) -> str:
    return str(FREQUENCY_NAMES.get(frequency, frequency))
