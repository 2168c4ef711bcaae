"""The actor chooser of experience write-ups.

An experience often involves actors of other territories (a partner company, a regional
network). The directory's own chooser (``TerritoryScopedSnippetViewSet``) shows only the
user's territories, so write-ups get their own chooser: every *published* actor of the
network (public data, already on the public maps), plus the user's own territories' actors
whatever their state. Drafts of other territories are never offered nor returned (404).
Nothing can be created from here: actors are added in the directory by the territory team.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets.chooser import BaseChooser

from actors.models import Actor
from territories.scoping import choosable


def choosable_actors(user):
    """The actors the scope lets the user link (``territories/wagtail_hooks.py``)."""
    return choosable(user, Actor).select_related("territory", "kind")


class _ScopedMixin:
    def get_object_list(self):
        return choosable_actors(self.request.user).order_by("name")

    def get_object(self, pk):
        return choosable_actors(self.request.user).get(pk=pk)

    def get_objects(self, pks):
        return choosable_actors(self.request.user).filter(pk__in=pks)

    def can_create(self):
        return False


class _ListingMixin(_ScopedMixin):
    @property
    def columns(self):
        return [
            *super().columns,
            Column("kind", label=_("Type")),
            Column("territory", label=_("Territoire")),
            Column("city", label=_("Commune")),
        ]


class ChooseView(_ListingMixin, chooser_views.ChooseView):
    pass


class ChooseResultsView(_ListingMixin, chooser_views.ChooseResultsView):
    pass


class ChosenView(_ScopedMixin, chooser_views.ChosenView):
    pass


class ChosenMultipleView(_ScopedMixin, chooser_views.ChosenMultipleView):
    pass


class CreateView(_ScopedMixin, chooser_views.CreateView):
    pass


class BaseActorChooser(BaseChooser):
    # Another territory's actor has no edit page for this user: no "edit" link.
    show_edit_link = False

    def get_display_title(self, instance):
        return f"{instance.name} ({instance.territory})"


class ExperienceActorChooserViewSet(ChooserViewSet):
    model = "actors.Actor"
    icon = "group"
    choose_one_text = _("Choisir un acteur de l’annuaire")
    choose_another_text = _("Choisir un autre acteur")
    edit_item_text = _("Voir la fiche")
    page_title = _("Choisir un acteur (tous territoires)")
    per_page = 20
    # Only the experience form uses this widget; the directory keeps its scoped chooser.
    register_widget = False
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
    create_view_class = CreateView
    base_widget_class = BaseActorChooser


actor_chooser_viewset = ExperienceActorChooserViewSet("experience_actor_chooser")
ActorChooserWidget = actor_chooser_viewset.widget_class
