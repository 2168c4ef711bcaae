"""The site's own 404 and 500 pages, in French, in development too.

With ``DEBUG`` on, Django answers an error with its technical page, in English: the demo
(``make run``) is the first thing a territory's team sees, so the development settings add
this middleware. A 500 is still logged with its traceback on the console."""

import logging
from collections.abc import Callable

from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string

logger = logging.getLogger("django.request")


class OwnErrorPagesMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        """Called after every other middleware's (it comes first in ``MIDDLEWARE``): what
        they answer (a 400 naming a parameter…) stays theirs."""
        if isinstance(exception, Http404):
            return render(request, "404.html", status=404)
        if isinstance(exception, (PermissionDenied, BadRequest, SuspiciousOperation)):
            return None  # Django's own 403 / 400 handling
        logger.exception("Erreur du serveur : %s", request.path, exc_info=exception)
        # The 500 page needs no context: it must render even when the database is away.
        return HttpResponse(render_to_string("500.html"), status=500)
