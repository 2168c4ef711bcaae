import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from ..glossary import link_terms
from ..views import library_href

register = template.Library()


@register.filter
def library_url(page) -> str:
    return library_href(page)


@register.filter
def glossary_links(text) -> str:
    """Plain text → escaped HTML with the first occurrence of each glossary term linked."""
    return mark_safe(link_terms(str(text or "")))


@register.filter
def paragraphs(html) -> str:
    """Escaped/linked text → paragraphs on blank lines, <br> on single newlines."""
    blocks = re.split(r"\n\s*\n", str(html).strip())
    return mark_safe("".join(f"<p>{b.replace(chr(10), '<br>')}</p>" for b in blocks if b))


@register.simple_tag
def escape_text(text):
    return escape(text)
