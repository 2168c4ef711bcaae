"""The communes' admin: a searchable, paginated listing of the user's territories' communes,
their edit and delete views (a snippet), and the bulk addition (``commune_bulk``).

A territory may cover 35,000 communes: they are never inline forms of the territory. The
listing reads the scope layer (``TerritoryScopedSnippetViewSet``), its ids are checked by
``territories.admin_scope`` like every admin URL's, and the bulk addition names its
territory in its path (``@admin_objects(territory_id=Territory)``).
"""

from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.validators import FileExtensionValidator
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.views.snippets import IndexView

from .commune_bulk import (
    BulkResult,
    Parsed,
    communes_add,
    departement_rows,
    parse_departements,
    parse_lines,
)
from .models import Commune, Territory, commune_key
from .scoping import TerritoryFilter, TerritoryScopedSnippetViewSet, user_territories, visible

MAX_UPLOAD = 5 * 1024 * 1024
ADD_PERMISSION = "territories.add_commune"


class CommuneFilterSet(WagtailFilterSet):
    territory = TerritoryFilter()  # the user's territories only

    class Meta:
        model = Commune
        fields: list[str] = []


def commune_matches(text: str) -> Q:
    """Name (accents, case, hyphens ignored), INSEE code or postcode."""
    text = " ".join(text.split())
    condition = Q(insee_code__startswith=text.upper()) | Q(postcodes__contains=text)
    key = commune_key(text)
    if key:
        condition |= Q(search_name__contains=key)
    return condition


class CommuneIndexView(IndexView):
    default_ordering = "name"

    def get_base_queryset(self) -> QuerySet[Commune]:
        # The territory column is fetched with the page, not once per row.
        queryset: QuerySet[Commune] = super().get_base_queryset()
        return queryset.select_related("territory").order_by("name", "insee_code")

    def search_queryset(self, queryset: QuerySet[Commune]) -> QuerySet[Commune]:
        if not self.is_searching:
            return queryset
        return queryset.filter(commune_matches(self.search_query))

    @cached_property
    def header_buttons(self) -> list[Any]:
        buttons: list[Any] = super().header_buttons
        if self.request.user.has_perm(ADD_PERMISSION):
            territory = self.request.GET.get("territory", "")
            url = reverse("territories_communes:bulk_choose")
            if territory.isdigit():
                url = reverse("territories_communes:bulk_add", args=[int(territory)])
            buttons.append(HeaderButton(_("Ajouter en lot"), url=url, icon_name="upload"))
        return buttons


class CommuneViewSet(TerritoryScopedSnippetViewSet):
    model = Commune
    icon = "site"
    menu_label = gettext_lazy("Communes")
    menu_order = 151
    add_to_admin_menu = True
    list_display = ["name", "insee_code", "postcodes", "population", "territory"]
    list_per_page = 50
    search_fields = ["name"]  # makes the listing searchable; CommuneIndexView searches
    sort_order_field = None  # no drag-and-drop over thousands of communes
    filterset_class = CommuneFilterSet
    index_view_class = CommuneIndexView


# --- Bulk addition ------------------------------------------------------------------------


def validate_upload_size(file: Any) -> None:
    if file.size > MAX_UPLOAD:
        raise forms.ValidationError(
            _("Fichier trop lourd : %(max)s Mo au plus.") % {"max": MAX_UPLOAD // (1024 * 1024)}
        )


class CommuneBulkForm(forms.Form):
    codes = forms.CharField(
        label=gettext_lazy("Codes INSEE ou lignes de communes"),
        required=False,
        max_length=2_000_000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=gettext_lazy(
            "Des codes INSEE séparés par des espaces, virgules, points-virgules ou retours à "
            "la ligne (94018 94080…), ou une commune par ligne : « code INSEE;nom;code "
            "postal;latitude;longitude ». Le nom et le reste peuvent manquer si la commune "
            "est déjà connue d’un autre territoire de la plateforme."
        ),
    )
    departements = forms.CharField(
        label=gettext_lazy("Départements"),
        required=False,
        max_length=400,
        help_text=gettext_lazy(
            "Par exemple « 94 » ou « 93, 94 » : ajoute les communes de ces départements "
            "déjà connues de la plateforme."
        ),
    )
    file = forms.FileField(
        label=gettext_lazy("Fichier CSV"),
        required=False,
        validators=[FileExtensionValidator(["csv", "txt"]), validate_upload_size],
        help_text=gettext_lazy(
            "Mêmes lignes que ci-dessus (UTF-8, séparateur « ; », « , » ou tabulation) ; une "
            "première ligne d’en-têtes (« insee;nom;… ») est ignorée. 5 Mo au plus."
        ),
    )

    def clean(self) -> dict[str, Any]:
        data: dict[str, Any] = super().clean() or {}
        given = data.get("codes", "").strip() or data.get("departements", "").strip()
        if not given and not data.get("file") and not self.errors:
            raise forms.ValidationError(
                _("Collez des codes INSEE, donnez un département ou choisissez un fichier.")
            )
        upload = data.get("file")
        if upload:
            try:
                data["file_text"] = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError:
                self.add_error("file", _("Le fichier doit être encodé en UTF-8."))
        return data


def _require_add_permission(request: HttpRequest) -> None:
    if not request.user.has_perm(ADD_PERMISSION):
        raise PermissionDenied


def _territory(request: HttpRequest, territory_id: int) -> Territory:
    territory: Territory | None = visible(request.user, Territory).filter(pk=territory_id).first()
    if territory is None:
        raise Http404
    return territory


def bulk_choose(request: HttpRequest) -> HttpResponse:
    """Which territory to add communes to: straight to it when the user has one."""
    _require_add_permission(request)
    territories = list(user_territories(request)[:2])
    if len(territories) == 1:
        return redirect("territories_communes:bulk_add", territory_id=territories[0].pk)
    return render(
        request,
        "territories/admin/commune_bulk_choose.html",
        {"territories": user_territories(request)},
    )


def _read(form: CommuneBulkForm, territory: Territory) -> Parsed:
    data = form.cleaned_data
    parsed = Parsed()
    codes, errors = parse_departements(data.get("departements", ""))
    parsed.errors.extend(errors)
    for part in (
        parse_lines(data.get("codes", ""), _("du texte collé")),
        parse_lines(data.get("file_text", ""), _("du fichier")),
        departement_rows(territory, codes),
    ):
        parsed.rows.extend(part.rows)
        parsed.errors.extend(part.errors)
    return parsed


def bulk_add(request: HttpRequest, territory_id: int) -> HttpResponse:
    """Paste codes or lines, name départements, or upload a CSV: all checked, then all
    written in one transaction, or nothing."""
    _require_add_permission(request)
    territory = _territory(request, territory_id)
    posted = request.method == "POST"
    form = CommuneBulkForm(request.POST if posted else None, request.FILES if posted else None)
    result: BulkResult | None = None
    if posted and form.is_valid():
        parsed = _read(form, territory)
        result = communes_add(territory, parsed.rows, parsed.errors)
        if not result.errors:
            messages.success(
                request,
                _(
                    "%(created)s communes ajoutées à %(territory)s ; %(skipped)s ignorées "
                    "(%(there)s déjà présentes, %(repeated)s données plusieurs fois)."
                )
                % {
                    "created": result.created,
                    "territory": territory.name,
                    "skipped": result.skipped,
                    "there": result.already_there,
                    "repeated": result.repeated,
                },
            )
            listing = reverse("wagtailsnippets_territories_commune:list")
            return redirect(f"{listing}?territory={territory.pk}")
    return render(
        request,
        "territories/admin/commune_bulk_add.html",
        {"form": form, "territory": territory, "result": result},
    )
