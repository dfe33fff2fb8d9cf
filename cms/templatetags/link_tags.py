"""Links to addresses stored with a page or snippet, web and print: only an
http(s) address becomes a link.

URL fields and blocks refuse other schemes in the admin, but what reaches the
database another way (an import, restored data, the shell) is not checked: a
website or reference stored as ``javascript:alert(1)`` was a script link on the
page and a script link in the PDF (tests/security/test_xss_every_block.py).
"""

import re
from urllib.parse import urlsplit

from django import template

register = template.Library()

# Browsers skip these inside a scheme: "jav\tascript:" runs as javascript:.
_SKIPPED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f-\xa0]+")


@register.filter
def web_link(url) -> str:
    """``url`` if it is an http(s) address, else "": the template then prints it as text."""
    url = str(url or "")
    try:
        scheme = urlsplit(_SKIPPED_IN_SCHEME.sub("", url)).scheme.lower()
    except ValueError:
        return ""
    return url if scheme in {"http", "https"} else ""
