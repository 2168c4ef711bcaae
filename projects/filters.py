"""Validated filter forms of the project index and the needs board.

Every parameter is a single value chosen from a list, read by ``network.params``; anything
else (an unknown slug, a control character, a list of values) gives a French error naming
the parameter, and the page then lists nothing rather than guessing (status 400, never a
500).
"""

from typing import cast

from django import forms
from django.db.models import Q
from django.http import QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actors.models import NeedKind
from network import params
from network.models import Theme
from territories.commune_search import MAX_QUERY_LENGTH, Resolution, resolve
from territories.models import Territory

from .choices import ProjectStatus

ANY = ("", gettext_lazy("Tous"))


class FilterChoiceField(forms.ChoiceField):
    def validate(self, value):
        if value and not self.valid_value(value):
            raise forms.ValidationError(
                _("%(field)s : cette valeur n’existe pas, choisissez-en une dans la liste.")
                % {"field": self.label},
                code="invalid_choice",
            )


def _choice(label) -> FilterChoiceField:
    return FilterChoiceField(label=label, required=False)


def _commune() -> forms.CharField:
    # A text field, not a list of every commune (a territory may cover 35,000 of them).
    return forms.CharField(
        label=gettext_lazy("Commune"), required=False, max_length=MAX_QUERY_LENGTH
    )


class BaseFilterForm(forms.Form):
    """Filters read from the query string; ``.errors_list()`` names each wrong parameter."""

    PARAMETERS: tuple = ()

    def __init__(self, data=None, *, territory: Territory | None = None):
        self.territory = territory
        self.commune_field = Resolution()
        query = data if data is not None else QueryDict()
        # Only our parameters, each once and free of control characters: ``?theme=a&theme=b``
        # is refused, not half-read; a refused one is its filter's error.
        values: dict[str, str] = {}
        self.refused: dict[str, params.ParameterError] = {}
        for name in self.PARAMETERS:
            try:
                values[name] = params.single(query, name)
            except params.ParameterError as error:
                self.refused[name] = error
        super().__init__(values)
        cast(forms.ChoiceField, self.fields["theme"]).choices = [
            ANY,
            *Theme.objects.values_list("slug", "name"),
        ]

    def clean_commune(self) -> str:
        """An INSEE code, a name or a postcode (the text field without JavaScript), resolved
        in the scope to one commune's code; else the matches to choose from, as the error."""
        text = self.cleaned_data.get("commune", "")
        if not text:
            return ""
        self.commune_field = resolve(self.territory, text)
        if self.commune_field.commune is None:
            raise forms.ValidationError(
                "%(field)s : %(error)s",
                params={"field": self.fields["commune"].label, "error": self.commune_field.error},
            )
        return self.commune_field.code

    def clean(self):
        data = super().clean()
        for name, error in self.refused.items():
            if name in self.fields:
                self.add_error(name, error)
        return data

    @property
    def active(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if v} if self.is_valid() else {}

    def errors_list(self) -> list[str]:
        return [str(message) for errors in self.errors.values() for message in errors]


class ProjectFilterForm(BaseFilterForm):
    PARAMETERS = ("statut", "theme", "commune")

    statut = _choice(gettext_lazy("État d’avancement"))
    theme = _choice(gettext_lazy("Thème"))
    commune = _commune()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["statut"].choices = [ANY, *ProjectStatus.choices]

    def apply(self, projects):
        values = self.active
        if "statut" in values:
            projects = projects.filter(status=values["statut"])
        if "theme" in values:
            projects = projects.filter(themes__slug=values["theme"])
        if "commune" in values:
            projects = projects.filter(communes__insee_code=values["commune"])
        return projects.distinct() if {"theme", "commune"} & set(values) else projects


class NeedFilterForm(BaseFilterForm):
    PARAMETERS = ("type", "theme", "commune", "territoire")

    type = _choice(gettext_lazy("Type de besoin"))
    theme = _choice(gettext_lazy("Thème"))
    commune = _commune()
    territoire = _choice(gettext_lazy("Territoire"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [ANY, *NeedKind.objects.values_list("slug", "name")]
        if self.territory is None:
            self.fields["territoire"].choices = [
                ANY,
                *Territory.objects.filter(is_listed=True, site__isnull=False)
                .order_by("name")
                .values_list("slug", "name"),
            ]
        else:
            del self.fields["territoire"]

    def apply(self, needs):
        values = self.active
        if "type" in values:
            needs = needs.filter(kind__slug=values["type"])
        if "theme" in values:
            needs = needs.filter(themes__slug=values["theme"])
        if "commune" in values:
            code = values["commune"]
            needs = needs.filter(
                Q(communes__insee_code=code) | Q(project__communes__insee_code=code)
            )
        if "territoire" in values:
            needs = needs.filter(territory__slug=values["territoire"])
        return needs.distinct() if {"theme", "commune"} & set(values) else needs
