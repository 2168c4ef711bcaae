"""Wagtail's page view restrictions, read once per public request.

Wagtail reads them again at every turn: serving a page costs two queries (its ancestors,
then their restrictions), and every ``public()`` queryset one more (the menu, each
listing). A site has a handful of restrictions at most, so a public request reads them all
once (``RequestRestrictionsMiddleware``) and everything else filters that list:

- ``ViewRestrictionsMixin.get_view_restrictions``: the restrictions of a page and of its
  ancestors (a prefix of its tree path), without a query when none applies;
- ``public(queryset)``: in place of ``queryset.public()``.

Outside such a request (admin, commands, tests calling functions directly) each call reads
the table, as Wagtail does. Alias pages keep Wagtail's own check (it applies their source's
restrictions); an ordinary page is checked against its own tree path only.
"""

from collections.abc import Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from django.db.models import Manager, Q, QuerySet
from django.http import HttpRequest, HttpResponse

from wagtail.models import PageViewRestriction

_cached: ContextVar[list[tuple[int, str]] | None] = ContextVar("view_restrictions", default=None)
_cached_active: ContextVar[bool] = ContextVar("view_restrictions_active", default=False)


def restrictions() -> list[tuple[int, str]]:
    """(restriction id, path of its page) of every view restriction."""
    cached = _cached.get()
    if cached is None:
        cached = list(PageViewRestriction.objects.values_list("pk", "page__path"))
        if _cached_active.get():
            _cached.set(cached)
    return cached


def private_q() -> Q:
    """Pages in a restricted tree (``Q(pk__in=[])`` when there is none)."""
    condition = Q()
    for _pk, path in restrictions():
        condition |= Q(path__startswith=path)
    return condition if condition else Q(pk__in=[])


def is_public_path(path: str) -> bool:
    """Whether a page at this tree path is outside every restricted tree (no query when the
    request has read the restrictions)."""
    return not any(path.startswith(restricted) for _pk, restricted in restrictions())


def public[QS: QuerySet[Any]](queryset: QS) -> QS:
    """``queryset.public()`` from the request's restrictions (no query when there is none)."""
    if not restrictions():
        return queryset
    return queryset.exclude(private_q())


def restricted_trees() -> Q:
    """A ``Q`` matching every page under a view restriction (empty if none); at most one
    query (none when the request has already read them)."""
    return private_q() if restrictions() else Q()


class ViewRestrictionsMixin:
    """For page models: their restrictions, read from the request's list."""

    if TYPE_CHECKING:  # fields of the Page it is mixed into
        alias_of_id: int | None
        path: str

    def get_view_restrictions(self) -> QuerySet[Any]:
        if self.alias_of_id or not self.path:
            # Wagtail resolves aliases to their source (Page, next in the MRO, is untyped).
            return super().get_view_restrictions()  # type: ignore[misc,no-any-return]
        ids = [pk for pk, path in restrictions() if self.path.startswith(path)]
        objects: Manager[Any] = PageViewRestriction.objects
        if not ids:
            return objects.none()
        return objects.filter(pk__in=ids)


class RequestRestrictionsMiddleware:
    """Public GET and HEAD requests read the restrictions once; the admin keeps reading them
    fresh (it is where they change)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method not in ("GET", "HEAD") or request.path.startswith("/admin/"):
            return self.get_response(request)
        active = _cached_active.set(True)
        cached = _cached.set(None)
        try:
            return self.get_response(request)
        finally:
            _cached.reset(cached)
            _cached_active.reset(active)
