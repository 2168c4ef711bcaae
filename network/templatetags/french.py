"""French grammar in templates: ``{{ commune.name|of_place }}`` gives « des Mureaux »."""

from django import template

from network.text import of_place as _of_place

register = template.Library()


@register.filter
def of_place(name: str) -> str:
    return _of_place(str(name or ""))
