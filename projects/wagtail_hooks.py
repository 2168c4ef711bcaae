"""Admin of needs and contributions: territory-scoped snippets (see territories/scoping.py)."""

from django.db.models import Case, When
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, InspectView, SnippetViewSetGroup

from territories.scoping import (
    TerritoryFilter,
    TerritoryScopedSnippetViewSet,
    declare_scope,
    declare_territorial,
    user_territory_ids,
)
from territories.wagtail_scopes import explorable_pages

from . import dashboard, introduction_admin, views
from .admin_forms import NeedAdminForm
from .choices import ContributionStatus
from .contributions import contribution_follow_up
from .models import Contribution, Introduction, Need, ProjectPage

# Scopes (territories/scoping.py): a need is attached to a project of its own territory.
declare_territorial(Need)
declare_territorial(Contribution)
declare_territorial(Introduction)
declare_scope(
    ProjectPage,
    visible=explorable_pages,
    choosable=lambda user: ProjectPage.objects.filter(territory_id__in=user_territory_ids(user)),
)
Need.base_form_class = NeedAdminForm  # type: ignore[attr-defined]  # read by Wagtail


class NeedFilterSet(WagtailFilterSet):
    territory = TerritoryFilter()

    class Meta:
        model = Need
        fields = ["status", "is_approved", "kind"]


class ContributionFilterSet(WagtailFilterSet):
    territory = TerritoryFilter()

    class Meta:
        model = Contribution
        fields = ["status"]


def approval_label(need: Need) -> str:
    return str(_("oui") if need.is_approved else _("non, à valider"))


class NeedViewSet(TerritoryScopedSnippetViewSet):
    model = Need
    icon = "help"
    menu_label = _("Besoins")
    list_display = [
        "title",
        Column("kind", label=_("Type")),
        Column("status", label=_("État"), accessor="get_status_display"),
        Column("is_approved", label=_("Validé"), accessor=approval_label),
        "territory",
        "created_at",
    ]
    filterset_class = NeedFilterSet
    search_fields = ["title", "description"]
    ordering = ["is_approved", "-created_at"]


class ContributionEditView(EditView):
    """Saving a contribution also records the team's answer (e-mailed to the contributor)
    and its change of state, in the same transaction (projects/contribution_admin.py)."""

    def save_instance(self):
        previous = Contribution.objects.filter(pk=self.object.pk).values_list("status", flat=True)
        previous_status = previous.first() or ""
        instance = super().save_instance()
        self.follow_up = contribution_follow_up(
            instance,
            author=self.request.user,
            answer=self.form.cleaned_data.get("answer", ""),
            previous_status=previous_status,
        )
        return instance

    def get_success_message(self):
        follow_up = getattr(self, "follow_up", None)
        if follow_up is not None and follow_up.answer:
            return _("Réponse envoyée à %(name)s (%(email)s).") % {
                "name": self.object.name,
                "email": self.object.email,
            }
        return _("Proposition de %(name)s enregistrée.") % {"name": self.object.name}


class ContributionViewSet(TerritoryScopedSnippetViewSet):
    model = Contribution
    icon = "mail"
    menu_label = _("Propositions d’aide")
    list_display = [
        "name",
        Column("subject_title", label=_("Projet ou besoin")),
        "organisation",
        Column("status", label=_("État"), accessor="get_status_display"),
        "created_at",
    ]
    filterset_class = ContributionFilterSet
    ordering = ["status_rank", "-created_at"]  # new first, then answered, then closed
    edit_view_class = ContributionEditView

    def get_queryset(self, request):
        ranks = [When(status=value, then=rank) for rank, value in enumerate(ContributionStatus)]
        return (
            super()
            .get_queryset(request)
            .select_related("need", "project")
            .annotate(status_rank=Case(*ranks, default=len(ranks)))
        )


class IntroductionFilterSet(WagtailFilterSet):
    territory = TerritoryFilter()

    class Meta:
        model = Introduction
        fields = ["outcome"]


def introduction_outcome(introduction: Introduction) -> str:
    return introduction.outcome_label


def introduction_follow_up(introduction: Introduction) -> str:
    if introduction.follow_up_sent_at is None:
        return str(_("pas encore"))
    return introduction.follow_up_sent_at.strftime("%d/%m/%Y")


class IntroductionInspectView(InspectView):
    """Empty values as « – », never « None »; the outcome « en attente » before any answer."""

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return "–" if value is None or value == "" else value

    def get_outcome_display_value(self):
        return self.object.outcome_label


class IntroductionViewSet(TerritoryScopedSnippetViewSet):
    """What was introduced and what came of it: read-only (made through « Mettre en
    relation », answered through the follow-up links)."""

    model = Introduction
    icon = "group"
    menu_label = _("Mises en relation")
    inspect_view_enabled = True
    inspect_view_class = IntroductionInspectView
    list_display = [
        Column("need_side_name", label=_("Ce qui est cherché")),
        Column("answerer_name", label=_("Acteur qui peut répondre")),
        Column("outcome", label=_("Résultat"), accessor=introduction_outcome),
        Column("follow_up_sent_at", label=_("Relance"), accessor=introduction_follow_up),
        "created_at",
    ]
    inspect_view_fields = [
        "need",
        "seeker",
        "need_kind",
        "answerer",
        "subject",
        "message",
        "created_at",
        "follow_up_sent_at",
        "outcome",
        "outcome_at",
        "outcome_by",
    ]
    filterset_class = IntroductionFilterSet
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("need", "seeker", "answerer")


class ProjectsGroup(SnippetViewSetGroup):
    items = (NeedViewSet, ContributionViewSet, IntroductionViewSet)
    menu_icon = "clipboard-list"
    menu_label = _("Projets et besoins")
    menu_name = "projects"


register_snippet(ProjectsGroup)


# --- Dashboard: the territory's figures (projects/dashboard.py) -----------------------------


@hooks.register("construct_homepage_panels")
def add_territory_figures_panel(request, panels):
    dashboard.add_territory_figures_panel(request, panels)


# --- Introductions: the suggested pairs and « Mettre en relation » (introduction_admin) ---


@hooks.register("construct_homepage_panels")
def add_introductions_panel(request, panels):
    introduction_admin.add_introductions_panel(request, panels)


@hooks.register("register_admin_urls")
def register_introduction_urls():
    urls = [
        path("", introduction_admin.pairs_page, name="pairs"),
        path(
            "besoin/<int:need_id>/<int:answerer_id>/",
            introduction_admin.introduce_need,
            name="need",
        ),
        path(
            "acteur/<int:seeker_id>/<int:answerer_id>/",
            introduction_admin.introduce_seeker,
            name="seeker",
        ),
    ]
    return [
        path(
            "mises-en-relation/",
            include((urls, "projects_introductions"), namespace="projects_introductions"),
        )
    ]


@hooks.register("register_admin_menu_item")
def register_introductions_menu_item():
    class IntroductionsMenuItem(MenuItem):
        def is_shown(self, request):
            return introduction_admin.can_introduce(request.user)

    return IntroductionsMenuItem(
        _("Mises en relation à faire"),
        reverse("projects_introductions:pairs"),
        icon_name="group",
        order=143,
    )


# --- « Je m’y greffe »: the join form posted to a project page --------------------------------


@hooks.register("on_serve_page", order=100)  # inside Wagtail's view-restriction check
def serve_project_join(serve):
    """A project page's POST is its join form's (``views.serve_project``); the page model
    itself knows nothing of views."""

    def inner(page, request, args, kwargs):
        if isinstance(page, ProjectPage) and request.method == "POST":
            return views.serve_project(page, request, page.serve, *args, **kwargs)
        return serve(page, request, args, kwargs)

    return inner
