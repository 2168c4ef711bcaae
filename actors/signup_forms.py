"""The public sign-up form ("Rejoindre la dynamique") and the moderators' rejection form.

Every field has a maximum length (the model's, or less) and a French error message that says
what to do. The logo is checked before Pillow even opens it (size), then decoded (format,
dimensions). ``error_summary()`` lists the errors for the summary at the top of the page, each
with the field's name and the id of the input to link to.
"""

from django import forms
from django.core.validators import FileExtensionValidator, RegexValidator
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from actors.models import ActorKind, NeedKind, Offer
from network.models import Theme
from network.params import StrictTextForm
from network.public_forms import honeypot_field, honeypot_filled
from network.validators import validate_postcode
from territories.commune_search import MAX_QUERY_LENGTH, CommuneInput, label, resolve
from territories.models import Commune, Territory

from .signup import (
    DESCRIPTION_MAX_LENGTH,
    LOGO_FORMATS,
    LOGO_MAX_BYTES,
    LOGO_MAX_SIDE,
    REASON_MAX_LENGTH,
)

validate_phone = RegexValidator(
    r"^\+?[0-9 .()\-]{6,30}$",
    _(
        "Saisissez un numéro de téléphone : chiffres, espaces, points ou tirets, par exemple 01 23 45 67 89."
    ),
)
EMAIL_ERRORS = {
    "invalid": _("Saisissez une adresse électronique valide, par exemple nom@exemple.fr.")
}
URL_ERRORS = {"invalid": _("Saisissez une adresse web complète, par exemple https://exemple.fr.")}


class LogoField(forms.ImageField):
    """An image of bounded weight and size: the weight is checked before decoding it."""

    default_error_messages = {
        "invalid_image": _("Le logo doit être une image PNG, JPEG, GIF ou WebP lisible."),
        "too_heavy": _("Le logo pèse %(size)s : %(max)s au plus."),
        "too_large": _(
            "Le logo mesure %(width)s × %(height)s pixels : %(max)s × %(max)s pixels au plus."
        ),
        "format": _("Le logo doit être une image PNG, JPEG, GIF ou WebP."),
    }

    def to_python(self, data):
        if data and getattr(data, "size", 0) > LOGO_MAX_BYTES:
            raise forms.ValidationError(
                self.error_messages["too_heavy"],
                code="too_heavy",
                params={"size": filesizeformat(data.size), "max": filesizeformat(LOGO_MAX_BYTES)},
            )
        checked = super().to_python(data)
        if checked is None:
            return None
        image = checked.image
        if image.format not in LOGO_FORMATS:
            raise forms.ValidationError(self.error_messages["format"], code="format")
        width, height = image.size
        if width > LOGO_MAX_SIDE or height > LOGO_MAX_SIDE:
            raise forms.ValidationError(
                self.error_messages["too_large"],
                code="too_large",
                params={"width": width, "height": height, "max": LOGO_MAX_SIDE},
            )
        return checked


def _required(message):
    return {"required": message}


class SignupForm(StrictTextForm):
    """What an actor tells about itself, and who asks. ``territory`` gives the communes."""

    # The structure.
    name = forms.CharField(
        label=_("Nom de la structure"),
        max_length=200,
        error_messages=_required(_("Indiquez le nom de votre structure.")),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    kind = forms.ModelChoiceField(
        label=_("Type de structure"),
        queryset=ActorKind.objects.all(),
        empty_label=_("Choisissez un type"),
        error_messages={
            "required": _("Choisissez le type de votre structure."),
            "invalid_choice": _("Choisissez un type de structure dans la liste."),
        },
    )
    description = forms.CharField(
        label=_("Présentation"),
        max_length=DESCRIPTION_MAX_LENGTH,
        help_text=_("Ce que fait votre structure, en quelques lignes (%(max)s caractères au plus).")
        % {"max": DESCRIPTION_MAX_LENGTH},
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages=_required(_("Présentez votre structure en quelques lignes.")),
    )
    logo = LogoField(
        label=_("Logo"),
        required=False,
        help_text=_("Image PNG, JPEG, GIF ou WebP, 2 Mo et 4000 × 4000 pixels au plus."),
        validators=[FileExtensionValidator(["png", "jpg", "jpeg", "gif", "webp"])],
        widget=forms.FileInput(attrs={"accept": "image/png,image/jpeg,image/gif,image/webp"}),
    )
    website = forms.URLField(
        label=_("Site web"),
        required=False,
        max_length=300,
        assume_scheme="https",
        error_messages=URL_ERRORS,
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )

    # What it does and offers.
    themes = forms.ModelMultipleChoiceField(
        label=_("Thèmes"),
        queryset=Theme.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choisissez des thèmes dans la liste.")},
    )
    offers = forms.ModelMultipleChoiceField(
        label=_("Ce que vous proposez"),
        queryset=Offer.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choisissez des offres dans la liste.")},
    )
    seeks = forms.ModelMultipleChoiceField(
        label=_("Ce que vous cherchez"),
        queryset=NeedKind.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("L’équipe du territoire vous suggère les acteurs qui peuvent y répondre."),
        error_messages={"invalid_choice": _("Choisissez ce que vous cherchez dans la liste.")},
    )

    # Where.
    address = forms.CharField(
        label=_("Adresse"),
        required=False,
        max_length=255,
        help_text=_("Numéro et rue, par exemple 12 rue de la Paix."),
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    postcode = forms.CharField(
        label=_("Code postal"),
        required=False,
        max_length=5,
        validators=[validate_postcode],
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "inputmode": "numeric"}),
    )
    # A text field (name, postcode or INSEE code), a combobox with JavaScript: a territory
    # may cover 35,000 communes, too many for a list.
    commune = forms.CharField(
        label=_("Commune"),
        max_length=MAX_QUERY_LENGTH,
        help_text=_("Son nom ou son code postal, puis choisissez-la parmi les propositions."),
        error_messages={"required": _("Choisissez la commune de votre structure.")},
        widget=CommuneInput(),
    )
    city = forms.CharField(
        label=_("Commune"),
        max_length=120,
        error_messages=_required(_("Indiquez la commune de votre structure.")),
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )

    # The public contact of the card.
    email = forms.EmailField(
        label=_("Courriel public"),
        required=False,
        max_length=254,
        help_text=_("Affiché sur la fiche."),
        error_messages=EMAIL_ERRORS,
    )
    phone = forms.CharField(
        label=_("Téléphone public"),
        required=False,
        max_length=30,
        validators=[validate_phone],
        help_text=_("Affiché sur la fiche."),
        widget=forms.TextInput(attrs={"inputmode": "tel"}),
    )

    # The person who asks (private).
    contact_name = forms.CharField(
        label=_("Votre nom"),
        max_length=120,
        error_messages=_required(_("Indiquez votre nom.")),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    contact_email = forms.EmailField(
        label=_("Votre adresse électronique"),
        max_length=254,
        help_text=_("Nous vous écrivons à cette adresse pour vous tenir informé de votre demande."),
        error_messages={
            "required": _("Indiquez votre adresse électronique."),
            "invalid": EMAIL_ERRORS["invalid"],
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    contact_phone = forms.CharField(
        label=_("Votre téléphone"),
        required=False,
        max_length=30,
        validators=[validate_phone],
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )

    # The weekly digest (``actors.digest_optin``): off unless ticked, confirmed by e-mail.
    digest = forms.BooleanField(
        label=_(
            "Recevoir chaque semaine par courriel les nouveaux besoins du territoire auxquels "
            "répond ce que nous proposons"
        ),
        required=False,
        help_text=_(
            "Un courriel vous demande d’abord de confirmer. Chaque envoi contient un lien "
            "pour vous désabonner en un clic."
        ),
    )

    consent = forms.BooleanField(
        label=_(
            "J’accepte que l’équipe du territoire utilise ces informations pour examiner ma "
            "demande, publier la fiche de ma structure et me contacter à son sujet."
        ),
        error_messages=_required(
            _(
                "Cochez la case pour accepter le traitement de vos données, sans quoi nous ne pouvons pas examiner votre demande."
            )
        ),
    )

    # Left empty by people (hidden by a CSS class); robots fill it.
    homepage = honeypot_field()

    FIELDSETS = (
        (_("Votre structure"), ("name", "kind", "description", "logo", "website")),
        (_("Ce que vous faites"), ("themes", "offers", "seeks")),
        (_("Où vous trouver"), ("address", "postcode", "commune", "city")),
        (_("Contact public"), ("email", "phone")),
        (
            _("Vous"),
            ("contact_name", "contact_email", "contact_phone", "digest"),
        ),
    )
    PERSON_HELP = _(
        "Ces informations restent internes à l’équipe du territoire : elles ne sont jamais "
        "publiées."
    )

    def __init__(
        self, *args, territory: Territory, privacy_url: str = "", updating=False, **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.territory = territory
        self.updating = updating
        self.commune_choice: Commune | None = None
        if territory.communes.exists():
            del self.fields["city"]
            code = self.initial.get("commune")
            if code and not self.is_bound:  # the update form: the card's commune, named
                known = territory.communes.filter(insee_code=code).first()
                self.initial["commune"] = label(known) if known is not None else ""
        else:
            del self.fields["commune"]
        if updating:
            self.fields["logo"].help_text = _(
                "Laissez vide pour garder le logo actuel. Image PNG, JPEG, GIF ou WebP, 2 Mo et "
                "4000 × 4000 pixels au plus."
            )
        notice = _("Lire notre politique de données personnelles")
        self.fields["consent"].help_text = (
            format_html('<a href="{}">{}</a>', privacy_url, notice) if privacy_url else ""
        )
        # Labels name each field in the error summary; optional fields say so on the page.
        self.summary_labels = {name: str(field.label) for name, field in self.fields.items()}
        self.summary_labels["consent"] = str(_("Consentement"))
        for name, field in self.fields.items():
            if not field.required and name not in ("homepage", "digest"):
                field.label = _("%(label)s (facultatif)") % {"label": field.label}

    @property
    def honeypot_filled(self) -> bool:
        return honeypot_filled(self.data)

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Indiquez le nom de votre structure."), code="required")
        return name

    def clean_commune(self):
        """The commune the text names in the territory (``resolve``), else the matches."""
        found = resolve(self.territory, self.cleaned_data["commune"])
        if found.commune is None:
            if found.matches:
                raise forms.ValidationError(
                    _("Plusieurs communes correspondent ; précisez : %(names)s.")
                    % {"names": ", ".join(label(commune) for commune in found.matches)}
                )
            raise forms.ValidationError(found.error)
        self.commune_choice = found.commune
        return found.code

    def clean(self):
        data = super().clean()
        if "commune" in self.fields and self.commune_choice is not None:
            data["commune_insee"] = self.commune_choice.insee_code
            data["city"] = self.commune_choice.name
        else:
            data.setdefault("commune_insee", "")
        return data

    def fieldsets(self):
        """(legend, [bound fields], help) for the template."""
        rows = []
        for legend, names in self.FIELDSETS:
            fields = [self[name] for name in names if name in self.fields]
            help_text = self.PERSON_HELP if names[0] == "contact_name" else ""
            rows.append((legend, fields, help_text))
        return rows

    def error_summary(self) -> list[dict]:
        """Each error, named by its field, with the id of the input it concerns."""
        items = []
        for error in self.non_field_errors():
            items.append({"id": "formulaire-inscription", "label": "", "message": error})
        for name in self.fields:
            bound = self[name]
            if not bound.errors:
                continue
            target = f"{bound.auto_id}_0" if bound.use_fieldset else bound.id_for_label
            for message in bound.errors:
                items.append({"id": target, "label": self.summary_labels[name], "message": message})
        return items


class UpdateLinkRequestForm(StrictTextForm):
    """A card's contact asks for a new update link: their address only. The answer is the
    same whether it is a contact's or not."""

    email = forms.EmailField(
        label=_("Courriel du contact de la fiche"),
        max_length=254,
        help_text=_(
            "L’adresse donnée lors de l’inscription de la fiche (ou de sa dernière mise à jour)."
        ),
        error_messages={
            "required": _("Indiquez le courriel du contact de la fiche."),
            **EMAIL_ERRORS,
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    homepage = honeypot_field()

    @property
    def honeypot_filled(self) -> bool:
        return honeypot_filled(self.data)

    def error_summary(self) -> list[dict]:
        return [
            {
                "id": self["email"].id_for_label,
                "label": self.fields["email"].label,
                "message": error,
            }
            for error in self["email"].errors
        ]


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Motif du refus"),
        max_length=REASON_MAX_LENGTH,
        help_text=_("Il est envoyé à la personne qui a fait la demande."),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages=_required(_("Indiquez le motif du refus : il est envoyé à la personne.")),
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(
                _("Indiquez le motif du refus : il est envoyé à la personne."), code="required"
            )
        return reason
