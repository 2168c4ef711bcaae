"""Admin pages to import actors from a file: upload, progress, report. Thin views."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.validators import FileExtensionValidator
from django.db import transaction
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.admin import messages

from actors.models import Actor, ActorImport
from territories.models import Territory
from territories.scoping import TerritoryPermissionPolicy

from . import import_progress
from .actor_merge import MergeError, actors_merge
from .import_runs import actor_import_start

MAX_UPLOAD = 20 * 1024 * 1024
territory_scope = TerritoryPermissionPolicy(Territory, territory_field="")
import_scope = TerritoryPermissionPolicy(ActorImport)


def _require_import_permission(user):
    if not user.has_perm("actors.add_actor"):
        raise PermissionDenied


def validate_upload_size(file):
    if file.size > MAX_UPLOAD:
        raise forms.ValidationError(
            _("Fichier trop lourd : %(max)s Mo au plus.") % {"max": MAX_UPLOAD // (1024 * 1024)}
        )


class ActorImportForm(forms.Form):
    territory = forms.ModelChoiceField(
        queryset=Territory.objects.none(), label=gettext_lazy("Territoire")
    )
    file = forms.FileField(
        label=gettext_lazy("Fichier"),
        help_text=gettext_lazy("CSV (séparateur , ou ;), XLSX ou GeoJSON. 20 Mo au plus."),
        validators=[
            FileExtensionValidator(["csv", "xlsx", "geojson", "json"]),
            validate_upload_size,
        ],
    )
    source = forms.CharField(
        label=gettext_lazy("Source"),
        initial="import",
        max_length=60,
        help_text=gettext_lazy(
            "Nom de l’outil d’origine. Réimporter un fichier de la même source met à jour les "
            "acteurs déjà importés (par leur external_id) au lieu de les dupliquer."
        ),
    )
    dry_run = forms.BooleanField(
        label=gettext_lazy("Simulation : vérifier sans rien écrire"), required=False
    )
    skip_invalid = forms.BooleanField(
        label=gettext_lazy("Importer les lignes valides et ignorer les autres"), required=False
    )
    draft = forms.BooleanField(
        label=gettext_lazy("Créer les acteurs en brouillon (à publier après relecture)"),
        required=False,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        territories = territory_scope.scope(user, Territory.objects.all())
        self.fields["territory"].queryset = territories
        if territories.count() == 1:
            self.fields["territory"].initial = territories.first()


def import_form(request):
    _require_import_permission(request.user)
    form = ActorImportForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        # The run and the task it owes the workers are saved together: with the broker
        # down the upload still succeeds, and the outbox queues the run once it is back.
        with transaction.atomic():
            actor_import = ActorImport.objects.create(
                territory=data["territory"],
                file=data["file"],
                source=data["source"],
                dry_run=data["dry_run"],
                skip_invalid=data["skip_invalid"],
                publish=not data["draft"],
                created_by=request.user,
            )
            actor_import_start(actor_import)
        return redirect("actors_admin:import_status", pk=actor_import.pk)
    recent = import_scope.scope(request.user, ActorImport.objects.select_related("territory"))[:10]
    return render(
        request,
        "actors/admin/import_form.html",
        {
            "form": form,
            "recent": recent,
            "page_title": _("Importer des acteurs"),
            "header_icon": "upload",
        },
    )


def _get_import(request, pk) -> ActorImport:
    _require_import_permission(request.user)
    actor_import = (
        import_scope.scope(request.user, ActorImport.objects.select_related("territory"))
        .filter(pk=pk)
        .first()
    )
    if actor_import is None:
        raise Http404
    return import_progress.apply(actor_import)


def import_status(request, pk):
    actor_import = _get_import(request, pk)
    rows_label = import_progress.rows_label(actor_import)
    if request.GET.get("format") == "json":  # polled by the page while the run goes on
        return JsonResponse(
            {
                "status": actor_import.status,
                "status_label": actor_import.get_status_display(),
                "percent": actor_import.percent,
                "rows_done": actor_import.rows_done,
                "rows_total": actor_import.rows_total,
                "rows_label": rows_label,
                "finished": actor_import.finished,
                "summary": actor_import.summary,
            }
        )
    return render(
        request,
        "actors/admin/import_status.html",
        {
            "import": actor_import,
            "rows_label": rows_label,
            "page_title": _("Import d’acteurs"),
            "header_icon": "upload",
        },
    )


@require_POST
def import_valid_rows(request, pk):
    """Run a refused import again on the same file, writing its valid rows only."""
    refused = _get_import(request, pk)
    if not refused.can_import_valid_rows:
        raise Http404
    with transaction.atomic():
        actor_import = ActorImport.objects.create(
            territory=refused.territory,
            file=refused.file.name,
            source=refused.source,
            dry_run=refused.dry_run,
            skip_invalid=True,
            publish=refused.publish,
            created_by=request.user,
        )
        actor_import_start(actor_import)
    return redirect("actors_admin:import_status", pk=actor_import.pk)


def import_report(request, pk):
    actor_import = _get_import(request, pk)
    if not actor_import.finished:
        raise Http404
    response = HttpResponse(
        actor_import.report_csv or "\ufeff", content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="rapport-import-{actor_import.pk}.csv"'
    return response


def import_url() -> str:
    return reverse("actors_admin:import_form")


actor_scope = TerritoryPermissionPolicy(Actor)


def merge_actors(request):
    """Compare two cards side by side and fold the second into the first."""
    ids = [
        value for value in request.GET.getlist("id") + request.POST.getlist("id") if value.isdigit()
    ][:2]
    actors = list(
        actor_scope.scope(request.user, Actor.objects.select_related("kind", "territory")).filter(
            pk__in=ids
        )
    )
    if len(set(ids)) != 2 or len(actors) != 2:
        raise Http404
    if not all(
        actor_scope.user_has_permission_for_instance(request.user, "delete", a) for a in actors
    ):
        raise PermissionDenied
    error = None
    if request.method == "POST":
        keep_id = request.POST.get("keep", "")
        keep = next((a for a in actors if str(a.pk) == keep_id), None)
        if keep is None:
            error = _("Choisissez la fiche à conserver.")
        else:
            remove = next(a for a in actors if a is not keep)
            try:
                merged = actors_merge(keep, remove)
            except MergeError as exc:
                error = str(exc)
            else:
                messages.success(
                    request,
                    _("Fiches fusionnées : « %(name)s » est conservée.") % {"name": merged.name},
                )
                return redirect("wagtailsnippets_actors_actor:edit", merged.pk)
    rows = [
        (Actor._meta.get_field(name).verbose_name, [getattr(actor, name) for actor in actors])
        for name in (
            "name",
            "kind",
            "address",
            "postcode",
            "city",
            "email",
            "phone",
            "website",
            "description",
        )
    ]
    return render(
        request,
        "actors/admin/merge_actors.html",
        {"actors": actors, "rows": rows, "error": error},
        status=400 if error else 200,
    )
