"""Admin form for inviting a pioneer."""

from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _


class PioneerInviteForm(forms.Form):
    territory: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Territoire"), queryset=None, empty_label=None, required=True
    )
    first_name = forms.CharField(label=_("Prénom"), max_length=150)
    last_name = forms.CharField(label=_("Nom"), max_length=150)
    email = forms.EmailField(
        label=_("Adresse électronique"),
        help_text=_("L’invitation y est envoyée, avec un lien pour choisir un mot de passe."),
    )

    def __init__(self, *args, territories=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["territory"].queryset = territories
        if territories is not None and len(territories) == 1:
            self.fields["territory"].initial = territories[0]
            self.fields["territory"].widget = forms.HiddenInput()

    def clean_email(self):
        email = get_user_model().objects.normalize_email(self.cleaned_data["email"]).lower()
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _(
                    "Un compte utilise déjà cette adresse. Demandez à l’équipe du réseau de "
                    "l’ajouter aux pionniers si c’est bien la même personne."
                )
            )
        return email
