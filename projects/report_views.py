"""Public pages of a territory site: the partnership view and the per-commune reports.

- ``/partenariats/``: who works with whom (graph and list), filterable by theme and commune;
  ``/partenariats/graphe.json``: the same graph as cytoscape.js elements, for the drawing.
- ``/communes/``: the territory's communes and their figures; ``/communes/<insee>/``: one
  commune's report, printable. A commune outside the territory answers 404.

The network host has none of them (404).
"""

from django import forms
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from network import params
from network.models import Theme
from network.validators import INSEE_CODE
from territories import commune_search
from territories.commune_search import MAX_QUERY_LENGTH, Resolution, resolve, scope_communes
from territories.portal import territory_or_portal
from territories.services import current_territory

from . import commune_report, partnerships
from .partnerships import page_url_builder


class PartnershipFilterForm(params.ParameterForm):
    """``?theme=<slug>&commune=<insee>``, read by ``network.params`` and checked against the
    known themes and the territory's communes (French messages naming the parameter)."""

    theme = params.Parameter(label=gettext_lazy("Thème"))
    commune = params.Parameter(label=gettext_lazy("Commune"))

    def __init__(self, data, *, territory):
        super().__init__(data)
        self.territory = territory
        self.themes = list(Theme.objects.only("pk", "name", "slug").order_by("name"))
        self.commune_field = Resolution()

    def clean_theme(self):
        slug = params.single(self.query, "theme", max_length=params.MAX_SLUG_LENGTH)
        if not slug:
            return None
        for theme in self.themes:
            if theme.slug == slug:
                return theme
        raise forms.ValidationError(
            _("« %(value)s » ne fait pas partie des thèmes proposés."),
            params={"value": slug},
        )

    def clean_commune(self):
        """An INSEE code of the territory, or a name or postcode typed without JavaScript
        (``territories.commune_search.resolve``: one commune, or the matches to choose)."""
        text = params.single(self.query, "commune", max_length=MAX_QUERY_LENGTH)
        if not text.strip():
            return None
        self.commune_field = resolve(self.territory, text)
        if self.commune_field.commune is None:
            raise forms.ValidationError(self.commune_field.error)
        return self.commune_field.commune


def _territory_or_404(request):
    territory = current_territory(request)
    if territory is None:
        raise Http404
    return territory


def _filtered_graph(request, territory):
    form = PartnershipFilterForm(request.GET, territory=territory)
    if not form.is_valid():
        return form, None
    actors = partnerships.territory_actors(
        territory, theme=form.cleaned_data["theme"], commune=form.cleaned_data["commune"]
    )
    return form, partnerships.build_graph(territory, actors, page_url_builder(request))


def _errors(form) -> dict:
    """One message per parameter, naming it: « Thème : … »."""
    return {
        name: f"{form.fields[name].label} : {messages[0]}" if name in form.fields else messages[0]
        for name, messages in form.errors.items()
    }


@territory_or_portal("partenariats/")
def partnerships_page(request):
    territory = _territory_or_404(request)
    form, graph = _filtered_graph(request, territory)
    context = {
        "territory": territory,
        "form": form,
        "errors": _errors(form),
        "graph": graph,
        "selected_theme": request.GET.get("theme", ""),
        "commune_field": form.commune_field,
        "graph_query": request.GET.urlencode(),
    }
    status = 200 if graph is not None else 400
    return render(request, "projects/reports/partnerships_page.html", context, status=status)


@params.json_errors
def partnerships_json(request):
    territory = _territory_or_404(request)
    form, graph = _filtered_graph(request, territory)
    if graph is None:
        return JsonResponse({"errors": _errors(form)}, status=400)
    return JsonResponse(graph.as_cytoscape())


COMMUNES_PER_PAGE = 50


@territory_or_portal("communes/")
def commune_index(request):
    """``/communes/?q=&page=``: the territory's communes by name, 50 a page, searchable by
    name, postcode or INSEE code (the page weighs the same at 13 or 35,000 communes)."""
    territory = _territory_or_404(request)
    text = params.text(request.GET, "q", max_length=MAX_QUERY_LENGTH)
    number = params.page(request.GET)
    communes = commune_search.matching(scope_communes(territory), text)
    paginator = Paginator(
        commune_report.communes_with_figures(territory, communes), COMMUNES_PER_PAGE
    )
    page = paginator.get_page(number)
    return render(
        request,
        "projects/reports/commune_index.html",
        {"territory": territory, "communes": page.object_list, "page_obj": page, "q": text},
    )


def commune_detail(request, insee):
    territory = _territory_or_404(request)
    if not INSEE_CODE.match(insee):
        raise Http404
    report = commune_report.cached_commune_report(
        territory,
        insee,
        request.get_host().rsplit(":", 1)[0].lower(),
        page_url_builder(request),
    )
    if report is None:
        raise Http404
    return render(
        request,
        "projects/reports/commune_report.html",
        {**report, "territory": territory},
    )
