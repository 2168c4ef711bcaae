"""The one parser of what visitors send: query parameters and the fields of public forms.

Strict, so that no odd value reaches a query or a template:

- numbers are ASCII digits within bounds (``str.isdigit`` takes « ² », which ``int``
  refuses, and ``int`` takes « ٣ »);
- no control character anywhere (PostgreSQL refuses NUL in text; none has a use in a
  parameter), line breaks and tabs only in the text areas of forms;
- a length cap on every value and a count cap on lists; a parameter given twice is refused
  unless it is a list.

Each refusal is a ``ParameterError`` (a ``ValidationError``) whose French message names the
parameter. Raised by a view or a page's ``get_context``, ``ParameterMiddleware`` answers it
with 400 (a page, or ``{"parameter", "error"}`` for views marked ``@json_errors``); raised in
a filter form's ``clean_<name>``, it is that field's error, shown next to the filter.

``ParameterMiddleware`` also refuses a path or any query parameter, read or not, holding a
control character before the URL is resolved; ``StrictTextForm`` refuses them in form fields before
any field is cleaned (a model choice field would otherwise look a NUL up in PostgreSQL).
"""

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NoReturn, overload

from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBase, JsonResponse, QueryDict
from django.shortcuts import render
from django.urls import Resolver404, resolve
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _

# What the readers take: ``request.GET`` (every value of a repeated parameter is seen), or
# a plain mapping of one value per name.
type Query = Mapping[str, str]

# C0 controls, DEL and C1 controls (Unicode category Cc).
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# The same without tab, line feed and carriage return: what a text area may hold.
CONTROL_BUT_LINES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
DIGITS = re.compile(r"[0-9]+")
DECIMAL = re.compile(r"-?[0-9]{1,3}(?:\.[0-9]{1,15})?")
SLUG = re.compile(r"[-a-zA-Z0-9_]+")

MAX_LENGTH = 200  # a single value, unless the reader says otherwise
MAX_VALUES = 30  # values of a list parameter: more is not a person using a form
MAX_SLUG_LENGTH = 120
MAX_DIGITS = 12  # an integer parameter: beyond, no bound of ours is met anyway
MAX_PAGE = 100_000


class ParameterError(ValidationError):
    """A refused parameter: ``parameter`` its name (None for the path), ``message`` the
    French sentence naming it."""

    def __init__(self, parameter: str | None, message: str) -> None:
        super().__init__(message, code="bad_parameter")
        self.parameter = parameter
        self.message: str = message

    def __str__(self) -> str:
        return self.message


def shown(text: str, limit: int = 40) -> str:
    """A name or value as it may be quoted in a message: control characters written
    U+XXXX, cut to ``limit`` characters."""
    text = CONTROL.sub(lambda match: f"U+{ord(match.group()):04X}", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _number(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f")  # 100 000, the French way


def _raise(name: str, message: str, **values: object) -> NoReturn:
    raise ParameterError(name, message % {"name": shown(name), **values})


# --- Values -----------------------------------------------------------------------------


def check_text(
    name: str, value: str, *, max_length: int | None = MAX_LENGTH, lines: bool = False
) -> str:
    """``value`` unchanged, or a ParameterError: a control character (line breaks and tabs
    allowed with ``lines``), or more than ``max_length`` characters."""
    bad = (CONTROL_BUT_LINES if lines else CONTROL).search(value)
    if bad:
        _raise(
            name,
            _(
                "Le paramètre « %(name)s » contient un caractère de contrôle (%(char)s), "
                "qui n’est pas accepté : retirez-le."
            ),
            char=f"U+{ord(bad.group()):04X}",
        )
    if max_length is not None and len(value) > max_length:
        _raise(
            name,
            _("Le paramètre « %(name)s » compte %(length)s caractères : %(max)s au plus."),
            length=_number(len(value)),
            max=_number(max_length),
        )
    return value


def parse_integer(name: str, raw: str, *, minimum: int, maximum: int) -> int:
    raw = raw.strip()
    if len(raw) <= MAX_DIGITS and DIGITS.fullmatch(raw) and minimum <= int(raw) <= maximum:
        return int(raw)
    _raise(
        name,
        _("Le paramètre « %(name)s » doit être un nombre entier entre %(min)s et %(max)s."),
        min=_number(minimum),
        max=_number(maximum),
    )


def parse_decimal(raw: str) -> float | None:
    """A decimal number written ``-12.345`` (ASCII, at most three digits before the point,
    no exponent, no « nan »), or None."""
    raw = raw.strip()
    return float(raw) if DECIMAL.fullmatch(raw) else None


# --- Query parameters -------------------------------------------------------------------


def _all(query: Query, name: str) -> list[str]:
    if isinstance(query, MultiValueDict):
        return list(query.getlist(name, []))
    return [query[name]] if name in query else []


def single(query: Query, name: str, *, max_length: int | None = MAX_LENGTH) -> str:
    """The parameter's one value ("" when absent), checked by ``check_text``."""
    values = _all(query, name)
    if not values:
        return ""
    if len(values) > 1:
        _raise(
            name,
            _(
                "Le paramètre « %(name)s » est donné %(count)s fois : "
                "une seule valeur est attendue."
            ),
            count=len(values),
        )
    return check_text(name, values[0], max_length=max_length)


def text(query: Query, name: str, *, max_length: int = MAX_LENGTH) -> str:
    """Free text, its runs of spaces made one; at most ``max_length`` characters then."""
    value = " ".join(single(query, name, max_length=None).split())
    return check_text(name, value, max_length=max_length)


@overload
def integer(query: Query, name: str, *, minimum: int, maximum: int, default: int) -> int: ...
@overload
def integer(
    query: Query, name: str, *, minimum: int, maximum: int, default: None = None
) -> int | None: ...
def integer(
    query: Query, name: str, *, minimum: int, maximum: int, default: int | None = None
) -> int | None:
    """An integer of ASCII digits within [minimum, maximum]; ``default`` when absent."""
    raw = single(query, name, max_length=None)
    if not raw.strip():
        return default
    return parse_integer(name, raw, minimum=minimum, maximum=maximum)


def page(query: Query, name: str = "page") -> int:
    """A page number, 1 when absent; past the last page is the caller's to clamp."""
    return integer(query, name, minimum=1, maximum=MAX_PAGE, default=1)


def choice(query: Query, name: str, allowed: Iterable[str], default: str = "") -> str:
    """One of ``allowed`` ("" or absent: ``default``)."""
    raw = single(query, name, max_length=None).strip()
    options = list(allowed)
    if not raw:
        return default
    if raw not in options:
        quoted = [f"« {value} »" for value in options]
        listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + _(" ou ") + quoted[-1]
        _raise(name, _("Le paramètre « %(name)s » doit valoir %(values)s."), values=listed)
    return raw


def values(
    query: Query, name: str, *, max_count: int = MAX_VALUES, max_length: int = MAX_LENGTH
) -> list[str]:
    """Every value of a list parameter (``?theme=a&theme=b``), stripped, without empty
    ones or repeats, in order."""
    found: list[str] = []
    for value in _all(query, name):
        value = check_text(name, value, max_length=max_length).strip()
        if value and value not in found:
            found.append(value)
    if len(found) > max_count:
        _raise(
            name,
            _("Le paramètre « %(name)s » compte %(count)s valeurs : %(max)s au plus."),
            count=len(found),
            max=max_count,
        )
    return found


def check_slug(name: str, value: str) -> str:
    if len(value) > MAX_SLUG_LENGTH or not SLUG.fullmatch(value):
        _raise(
            name,
            _(
                "Le paramètre « %(name)s » attend un identifiant (lettres sans accents, "
                "chiffres, tirets), comme « association » : « %(value)s » n’en est pas un."
            ),
            value=shown(value),
        )
    return value


def slug(query: Query, name: str) -> str:
    """One identifier (``?acteur=les-jardins``), "" when absent."""
    value = single(query, name, max_length=None).strip()
    return check_slug(name, value) if value else ""


def slugs(query: Query, name: str, *, max_count: int = MAX_VALUES) -> list[str]:
    """Identifiers, repeated or comma-separated (``?kind=a,b&kind=c``)."""
    items = [
        item.strip()
        for value in _all(query, name)
        for item in check_text(name, value, max_length=None).split(",")
        if item.strip()
    ]
    if len(items) > max_count:
        _raise(
            name,
            _("Le paramètre « %(name)s » compte %(count)s valeurs : %(max)s au plus."),
            count=len(items),
            max=max_count,
        )
    return list(dict.fromkeys(check_slug(name, item) for item in items))


def bbox(query: Query, name: str = "bbox") -> tuple[float, float, float, float] | None:
    """(west, south, east, north) in WGS84 degrees, or None when absent."""
    raw = single(query, name, max_length=None).strip()
    if not raw:
        return None
    parts = [parse_decimal(part) for part in raw.split(",")]
    numbers = [part for part in parts if part is not None]
    if len(parts) == 4 and len(numbers) == 4:
        west, south, east, north = numbers
        if -180 <= west < east <= 180 and -90 <= south < north <= 90:
            return west, south, east, north
    _raise(
        name,
        _(
            "Le paramètre « %(name)s » attend quatre nombres « ouest,sud,est,nord » en degrés "
            "WGS84 (longitude ouest, latitude sud, longitude est, latitude nord), "
            "par exemple 2.2,48.7,2.6,48.95."
        ),
    )


def point(query: Query, name: str) -> tuple[float, float] | None:
    """(latitude, longitude) in WGS84 degrees written « lat,lng », or None when absent."""
    raw = single(query, name, max_length=None).strip()
    if not raw:
        return None
    parts = [parse_decimal(part) for part in raw.split(",")]
    numbers = [part for part in parts if part is not None]
    if len(parts) == 2 and len(numbers) == 2:
        lat, lng = numbers
        if -90 <= lat <= 90 and -180 <= lng <= 180:
            return lat, lng
    _raise(
        name,
        _(
            "Le paramètre « %(name)s » attend deux nombres « latitude,longitude » en degrés "
            "WGS84, par exemple 48.8215,2.4120."
        ),
    )


def check_query(query: QueryDict) -> None:
    """Every name and value of ``query`` free of control characters."""
    for name, items in query.lists():
        check_text(name, name, max_length=None)
        for value in items:
            check_text(name, value, max_length=None)


def check_path(path: str) -> None:
    bad = CONTROL.search(path)
    if bad:
        raise ParameterError(
            None,
            _(
                "L’adresse demandée contient un caractère de contrôle (%(char)s), "
                "qui n’est pas accepté : retirez-le."
            )
            % {"char": f"U+{ord(bad.group()):04X}"},
        )


# --- Answers ----------------------------------------------------------------------------


def json_errors[V: Callable[..., HttpResponseBase]](view: V) -> V:
    """Mark a view whose refused parameters are answered in JSON."""
    marked: Any = view  # a function object takes attributes; ``V`` does not say so
    marked.json_parameter_errors = True
    return view


def answers_json(view: object) -> bool:
    """Whether ``view`` was marked ``@json_errors``."""
    return bool(getattr(view, "json_parameter_errors", False))


def bad_parameter(request: HttpRequest, error: ParameterError, *, json: bool) -> HttpResponse:
    """The 400 answer to ``error``: JSON for views marked ``@json_errors``, else a page."""
    if json:
        body = {"error": error.message}
        if error.parameter is not None:
            body["parameter"] = error.parameter
        response = JsonResponse(body, status=400)
        response["Access-Control-Allow-Origin"] = "*"  # the open API's errors, as its data
        return response
    back_url = request.path if error.parameter is not None else "/"
    context = {"message": error.message, "parameter": error.parameter, "back_url": back_url}
    return render(request, "includes/bad_parameter.html", context, status=400)


class ParameterMiddleware:
    """Control characters in the path or the query answer 400 before the URL is even
    resolved (a 404 would look the path up among Wagtail's redirects, in PostgreSQL); a
    ``ParameterError`` raised by a view (or a page's context) answers 400."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        try:
            check_path(request.path)
            check_query(request.GET)
        except ParameterError as error:
            try:
                view: object = resolve(request.path_info).func
            except Resolver404:
                view = None
            return bad_parameter(request, error, json=answers_json(view))
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, ParameterError):
            match = request.resolver_match
            return bad_parameter(request, exception, json=answers_json(match and match.func))
        return None


# --- Path parameters ------------------------------------------------------------------


class IdConverter:
    """``<id:pk>``: a row id in a public path, at most 18 ASCII digits (Django's ``<int:>``
    takes any length, which SQLite cannot bind); longer is a 404 like any unknown path."""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int | str) -> str:
        return str(value)


# --- Filter forms ---------------------------------------------------------------------


class Parameter(forms.Field):
    """A field of a ``ParameterForm``: its value is whatever the form's ``clean_<name>``
    reads from the whole query (every value, not only the last one a form field sees)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, **kwargs)


class ParameterForm(forms.Form):
    """Query parameters read as a form, so each error is shown next to its filter: every
    field is a ``Parameter`` and its ``clean_<name>`` reads ``self.query`` with the readers
    above."""

    def __init__(self, query: Query | None = None, **kwargs: Any) -> None:
        self.query: Query = query if query is not None else QueryDict()
        super().__init__(self.query, **kwargs)


# --- Public forms -----------------------------------------------------------------------


class StrictTextForm(forms.Form):
    """A public form whose every field refuses control characters (line breaks and tabs
    allowed in text areas) with a French message naming the field, before the field's own
    cleaning runs."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if not isinstance(field, forms.FileField):
                # This form's own copy of the field: its ``clean`` checks first.
                field.clean = self._strict(name, field)  # type: ignore[method-assign,assignment]

    def _strict(self, name: str, field: forms.Field) -> Callable[[Any], Any]:
        control = CONTROL_BUT_LINES if isinstance(field.widget, forms.Textarea) else CONTROL
        clean = field.clean

        def strict_clean(value: Any) -> Any:
            for item in value if isinstance(value, list | tuple) else [value]:
                bad = control.search(item) if isinstance(item, str) else None
                if bad:
                    labels: dict[str, str] = getattr(self, "summary_labels", {})
                    label = labels.get(name) or field.label or name
                    raise ValidationError(
                        _(
                            "« %(label)s » contient un caractère de contrôle (%(char)s), "
                            "qui n’est pas accepté : retirez-le."
                        )
                        % {"label": label, "char": f"U+{ord(bad.group()):04X}"},
                        code="control_character",
                    )
            return clean(value)

        return strict_clean
