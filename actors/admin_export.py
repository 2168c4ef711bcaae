"""The team's export of its actors from the admin listing, private fields included.

Wagtail's snippet listings export CSV and XLSX; ours writes the CSV like the public export
(UTF-8 with BOM, `;`, formulas neutralised) so French Excel opens it cleanly, and fetches
themes, offers and seeks with the listing's queryset (no query per actor).
"""

import csv

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.views.snippets import IndexView

from .duplicates import suspects_for
from .exports import BOM, neutralise

EXPORT_FIELDS = [
    "name",
    "kind",
    "theme_names",
    "offer_names",
    "seek_names",
    "description",
    "address",
    "postcode",
    "city",
    "commune_insee",
    "latitude",
    "longitude",
    "email",
    "phone",
    "website",
    "joined_on",
    "live",
    "private_contact_name",
    "private_contact_email",
    "private_contact_phone",
    "private_notes",
    "source",
    "external_id",
]
EXPORT_HEADINGS = {
    "theme_names": _("Thèmes"),
    "offer_names": _("Offres"),
    "seek_names": _("Recherches"),
    "live": _("Publié"),
}


class _Echo:
    def write(self, value):
        return value


class ActorIndexView(IndexView):
    """The listing, with the exports as labelled buttons beside « Ajouter » (Wagtail hides
    them in an unlabelled « … » menu)."""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.show_export_buttons:
            buttons += [
                HeaderButton(
                    _("Exporter les acteurs (CSV)"), url=self.csv_export_url, icon_name="download"
                ),
                HeaderButton(
                    _("Exporter les acteurs (Excel)"),
                    url=self.xlsx_export_url,
                    icon_name="download",
                ),
            ]
        return buttons

    @cached_property
    def header_more_buttons(self):
        exports = {self.csv_export_url, self.xlsx_export_url}
        return [b for b in super().header_more_buttons if getattr(b, "url", None) not in exports]

    def get_base_queryset(self):
        # The kind and territory columns: fetched with the page, not once per row.
        return super().get_base_queryset().select_related("kind", "territory")

    def get_table(self, object_list):
        # The listing's "Doublon possible" column: hints for the whole page in one query.
        object_list = list(object_list)
        hints = suspects_for(object_list)
        for actor in object_list:
            actor.likely_duplicates = hints.get(actor.pk, [])
        return super().get_table(object_list)

    def preprocess_field_value(self, field, value, export_format):
        if value is None:
            return ""
        if isinstance(value, bool):
            return str(_("oui") if value else _("non"))
        return super().preprocess_field_value(field, value, export_format)

    def stream_csv(self, queryset):
        writer = csv.writer(_Echo(), delimiter=";")
        yield BOM + writer.writerow(
            [self.get_heading(queryset, field) for field in self.list_export]
        )
        for item in queryset.select_related("kind").prefetch_related("themes", "offers", "seeks"):
            row = self.to_row_dict(item)
            yield writer.writerow(
                [
                    neutralise(str(self.preprocess_field_value(field, row[field], self.FORMAT_CSV)))
                    for field in self.list_export
                ]
            )

    def write_xlsx(self, queryset, output):
        return super().write_xlsx(
            queryset.select_related("kind").prefetch_related("themes", "offers", "seeks"), output
        )
