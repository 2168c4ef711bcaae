"""Public forms: « Je m’y greffe » / « Je peux aider », and an actor's need proposal.

Same conventions as the sign-up form (territories/signup_forms.py): French messages that
name the field, an error summary linking to each input, a honeypot field that robots fill.
"""

from django import forms
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from actors.models import NeedKind
from network.params import StrictTextForm
from network.public_forms import HONEYPOT_FIELD, honeypot_field, honeypot_filled

MESSAGE_MAX_LENGTH = 2000


def _required(message):
    return {"required": message}


class PublicForm(StrictTextForm):
    form_id: str  # each form's own (the anchor of its error summary)

    homepage = honeypot_field()

    def __init__(self, *args, privacy_url: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        if "consent" in self.fields and privacy_url:
            self.fields["consent"].help_text = format_html(
                '<a href="{}">{}</a>',
                privacy_url,
                _("Lire notre politique de données personnelles"),
            )
        self.summary_labels = {name: str(field.label) for name, field in self.fields.items()}
        if "consent" in self.fields:
            self.summary_labels["consent"] = str(_("Consentement"))
        for name, field in self.fields.items():
            if not field.required and name != HONEYPOT_FIELD:
                field.label = _("%(label)s (facultatif)") % {"label": field.label}

    @property
    def honeypot_filled(self) -> bool:
        return honeypot_filled(self.data)

    def visible_fields_except_honeypot(self):
        return [self[name] for name in self.fields if name not in (HONEYPOT_FIELD, "consent")]

    def error_summary(self) -> list[dict]:
        items = [{"id": self.form_id, "label": "", "message": e} for e in self.non_field_errors()]
        for name in self.fields:
            bound = self[name]
            for message in bound.errors:
                items.append(
                    {
                        "id": bound.id_for_label,
                        "label": self.summary_labels[name],
                        "message": message,
                    }
                )
        return items

    def _clean_text(self, name: str, message: str) -> str:
        value = self.cleaned_data[name].strip()
        if not value:
            raise forms.ValidationError(message, code="required")
        return value


class ContributionForm(PublicForm):
    """Somebody offers to join a project or to help with a need."""

    form_id = "formulaire-contribution"

    name = forms.CharField(
        label=_("Votre nom"),
        max_length=120,
        error_messages=_required(_("Indiquez votre nom.")),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Votre courriel"),
        max_length=254,
        help_text=_("Pour vous répondre ; il n’est jamais publié."),
        error_messages={
            "required": _("Indiquez votre courriel pour qu’on puisse vous répondre."),
            "invalid": _("Indiquez un courriel valide, par exemple nom@exemple.fr."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        label=_("Votre structure"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    message = forms.CharField(
        label=_("Votre message"),
        max_length=MESSAGE_MAX_LENGTH,
        help_text=_("Ce que vous proposez, vos disponibilités (%(max)s caractères au plus).")
        % {"max": MESSAGE_MAX_LENGTH},
        error_messages={
            "required": _("Écrivez en quelques mots ce que vous proposez."),
            "max_length": _(
                "Votre message : %(limit_value)d caractères au plus (il en a %(show_value)d)."
            ),
        },
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    consent = forms.BooleanField(
        label=_(
            "J’accepte que ces informations soient transmises au porteur et à l’équipe du "
            "territoire pour qu’ils me recontactent."
        ),
        error_messages=_required(
            _(
                "Cochez la case de consentement : sans elle, nous ne pouvons pas transmettre votre message."
            )
        ),
    )

    def clean_name(self):
        return " ".join(self._clean_text("name", _("Indiquez votre nom.")).split())

    def clean_message(self):
        return self._clean_text("message", _("Écrivez en quelques mots ce que vous proposez."))


class NeedProposalForm(PublicForm):
    """An actor publishes a need from its card (through its signed update link)."""

    form_id = "formulaire-besoin"

    kind = forms.ModelChoiceField(
        label=_("Type de besoin"),
        queryset=NeedKind.objects.all(),
        to_field_name="slug",
        empty_label=_("Choisissez un type"),
        error_messages={
            "required": _("Choisissez le type de besoin."),
            "invalid_choice": _("Type de besoin : choisissez une valeur de la liste."),
        },
    )
    title = forms.CharField(
        label=_("Titre du besoin"),
        max_length=200,
        help_text=_("Par exemple : « Deux stagiaires de 3e en décembre »."),
        error_messages=_required(_("Donnez un titre à votre besoin.")),
    )
    description = forms.CharField(
        label=_("Description"),
        max_length=MESSAGE_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"max_length": _("Description : %(limit_value)d caractères au plus.")},
    )
    quantity = forms.IntegerField(
        label=_("Quantité"),
        required=False,
        min_value=1,
        max_value=10000,
        error_messages={
            "invalid": _("Quantité : indiquez un nombre entier."),
            "min_value": _("Quantité : au moins 1."),
            "max_value": _("Quantité : 10 000 au plus."),
        },
    )
    deadline = forms.DateField(
        label=_("Échéance"),
        required=False,
        help_text=_("Au format JJ/MM/AAAA."),
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
        error_messages={"invalid": _("Échéance : indiquez une date au format JJ/MM/AAAA.")},
    )

    def clean_title(self):
        return " ".join(self._clean_text("title", _("Donnez un titre à votre besoin.")).split())

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        if deadline and deadline < timezone.localdate():
            raise forms.ValidationError(_("Échéance : elle ne peut pas être déjà passée."))
        return deadline


class NeedLinkForm(PublicForm):
    """From an actor's public card: the address of its contact, to receive the personal link
    of the need proposal. Nothing about the actor's contacts is shown or confirmed."""

    form_id = "formulaire-lien-besoin"

    email = forms.EmailField(
        label=_("Courriel du contact de la fiche"),
        max_length=254,
        help_text=_(
            "L’adresse donnée lors de l’inscription de l’acteur : le lien personnel y est "
            "envoyé, à elle seulement."
        ),
        error_messages={
            "required": _("Indiquez le courriel du contact de la fiche."),
            "invalid": _("Ce courriel n’est pas valide : vérifiez-le (exemple : nom@domaine.fr)."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
