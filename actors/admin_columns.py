"""Columns of the admin's actor listing."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column


class DuplicateColumn(Column):
    """A link to the merge page when an actor likely duplicates another of its territory.

    The hints are computed for the whole page at once (``ActorIndexView.get_table``, one
    query) and left on each actor as ``likely_duplicates``.
    """

    cell_template_name = "actors/admin/duplicate_cell.html"

    def __init__(self):
        super().__init__("likely_duplicates", label=_("Doublon possible"))

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        hints = getattr(instance, "likely_duplicates", None) or []
        merge = reverse("actors_admin:merge_actors")
        context["links"] = [
            {
                "url": f"{merge}?id={instance.pk}&id={hint.actor_id}",
                "name": hint.actor_name,
                "reasons": ", ".join(hint.reason_labels),
            }
            for hint in hints[:3]
        ]
        return context


class PositionColumn(Column):
    """Whether the actor is on the map: a published actor without a position is on neither
    the map nor its list, and the team is told so here."""

    cell_template_name = "actors/admin/position_cell.html"

    def __init__(self):
        super().__init__("latitude", label=_("Sur la carte"))

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["placed"] = instance.latitude is not None and instance.longitude is not None
        context["pending"] = instance.geocoding_status == instance.Geocoding.PENDING
        context["live"] = instance.live
        return context
