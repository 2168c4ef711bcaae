from django import forms
from django.utils.translation import gettext_lazy as _

from network.params import StrictTextForm


class RegistrationForm(StrictTextForm):
    name = forms.CharField(label=_("Nom et prénom"), max_length=150)
    email = forms.EmailField(label=_("Courriel"), max_length=254)
    # Honeypot: hidden from people (CSS and aria-hidden), filled in by bots.
    website = forms.CharField(label=_("Ne pas remplir"), required=False)

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Indiquez votre nom."))
        return name

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get("website"))
