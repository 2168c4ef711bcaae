"""French grammar in templates: ``{{ commune.name|of_place }}`` gives « des Mureaux »,
``{{ event.start|time_of_day }}`` « 9 h » or « 14 h 30 »."""

import datetime

from django import template

from network.text import of_place as _of_place

register = template.Library()


@register.filter
def of_place(name: str) -> str:
    return _of_place(str(name or ""))


@register.filter(expects_localtime=True)
def time_of_day(value: datetime.datetime | datetime.time | None) -> str:
    """The hour as French writes it (« 9 h », « 14 h 30 »), not « 09:00 »; no-break spaces
    keep it on one line. Localised first, as Django's ``date`` filter is."""
    if value is None or value == "":
        return ""
    if value.minute == 0:
        return f"{value.hour}\u00a0h"
    return f"{value.hour}\u00a0h\u00a0{value.minute:02d}"
