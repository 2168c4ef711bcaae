"""Actors: the local organisations a territory's map shows, and their taxonomies."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

from actors.actor_card import actor_card_context
from network.geo import InfoPanel, LocalLeafletPanel, parse_point
from network.text import fold
from network.validators import (
    validate_insee_code,
    validate_latitude,
    validate_longitude,
    validate_postcode,
)
from territories.models import Territory
from territories.scoping import user_territory_ids


class Taxonomy(models.Model):
    name = models.CharField(_("nom"), max_length=120, unique=True)
    slug = models.SlugField(_("identifiant"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


# django-stubs cannot add Actor.kind's reverse manager: Actor's Wagtail bases are untyped.
class ActorKind(Taxonomy):  # type: ignore[django-manager-missing]
    """What an actor is: association, entreprise, lycée, collectivité..."""

    class Meta(Taxonomy.Meta):
        db_table = "territories_actorkind"  # moved from territories with its table
        verbose_name = _("type d’acteur")
        verbose_name_plural = _("types d’acteurs")


class Offer(Taxonomy):
    """What an actor offers: accueil de stagiaires, mentorat, prêt de locaux..."""

    class Meta(Taxonomy.Meta):
        db_table = "territories_offer"
        verbose_name = _("offre")
        verbose_name_plural = _("offres")


class NeedKind(Taxonomy):
    """What an actor or a project seeks: stagiaires, lieux de stage, bénévoles, locaux...

    ``answered_by``: the offers that answer it (edited by the network team), which is how
    needs and seeking actors are matched to the actors who can help."""

    answered_by = models.ManyToManyField(
        Offer,
        verbose_name=_("offres qui y répondent"),
        related_name="answers",
        blank=True,
        help_text=_("Les acteurs qui proposent ces offres sont suggérés pour ce besoin."),
    )

    panels = [
        *Taxonomy.panels,
        FieldPanel("answered_by", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("type de besoin")
        verbose_name_plural = _("types de besoins")


class ActorForm(WagtailAdminModelForm):
    """A new actor is filed under the editor's territory when they have one (the fields
    offer only their territories: ``territories.admin_scope``)."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and "territory" in self.fields and not self.instance.pk:
            allowed = list(self.fields["territory"].queryset[:2])
            if len(allowed) == 1:
                self.fields["territory"].initial = allowed[0]


class Actor(
    PreviewableMixin,
    LockableMixin,
    DraftStateMixin,
    RevisionMixin,
    index.Indexed,
    ClusterableModel,
):
    """A local actor engaged in a territory's dynamic. Published actors are public."""

    territory = models.ForeignKey(
        Territory, verbose_name=_("territoire"), on_delete=models.PROTECT, related_name="actors"
    )
    name = models.CharField(_("nom"), max_length=200)
    slug = models.SlugField(
        _("identifiant"),
        max_length=220,
        blank=True,
        help_text=_("Laissé vide, il est construit à partir du nom."),
    )
    kind = models.ForeignKey(
        ActorKind, verbose_name=_("type"), on_delete=models.PROTECT, related_name="actors"
    )
    themes = ParentalManyToManyField("network.Theme", verbose_name=_("thèmes"), blank=True)
    offers = ParentalManyToManyField(Offer, verbose_name=_("ce qu’il propose"), blank=True)
    seeks = ParentalManyToManyField(
        NeedKind, verbose_name=_("ce qu’il cherche"), blank=True, related_name="seekers"
    )
    description = models.TextField(_("présentation"), blank=True, max_length=5000)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    joined_on = models.DateField(_("engagé depuis le"), null=True, blank=True)

    address = models.CharField(_("adresse"), max_length=255, blank=True)
    postcode = models.CharField(
        _("code postal"), max_length=5, blank=True, validators=[validate_postcode]
    )
    city = models.CharField(_("commune"), max_length=120, blank=True)
    commune_insee = models.CharField(
        _("code INSEE de la commune"),
        max_length=5,
        blank=True,
        validators=[validate_insee_code],
        db_index=True,
    )
    location = models.CharField(_("position"), max_length=80, blank=True)
    latitude = models.FloatField(
        _("latitude"), null=True, blank=True, editable=False, validators=[validate_latitude]
    )
    longitude = models.FloatField(
        _("longitude"), null=True, blank=True, editable=False, validators=[validate_longitude]
    )

    class Geocoding(models.TextChoices):
        NONE = "", _("Non demandé")
        PENDING = "pending", _("En attente")
        OK = "ok", _("Trouvé")
        REVIEW = "review", _("À vérifier (résultat peu sûr)")
        NOT_FOUND = "not_found", _("Adresse introuvable")
        FAILED = "failed", _("Service indisponible")

    geocoding_status = models.CharField(
        _("géocodage"),
        max_length=10,
        choices=Geocoding.choices,
        blank=True,
        default="",
        db_index=True,
    )
    geocoding_score = models.FloatField(_("score du géocodage"), null=True, blank=True)
    geocoding_label = models.CharField(_("adresse trouvée"), max_length=255, blank=True)
    geocoding_attempts = models.PositiveSmallIntegerField(default=0, editable=False)

    email = models.EmailField(_("courriel public"), blank=True)
    phone = models.CharField(_("téléphone public"), max_length=30, blank=True)
    website = models.URLField(_("site web"), blank=True, max_length=300)

    # Private: for the territory's team only, never on public pages, APIs or exports.
    private_contact_name = models.CharField(_("personne référente"), max_length=120, blank=True)
    private_contact_email = models.EmailField(_("courriel de la référente"), blank=True)
    private_contact_phone = models.CharField(
        _("téléphone de la référente"), max_length=30, blank=True
    )
    private_notes = models.TextField(_("notes de l’équipe"), blank=True, max_length=5000)

    # Accent- and case-folded name, city, address and description, for the map's free-text
    # filter (the same on SQLite and PostgreSQL, and cheap to combine with a bbox).
    search_text = models.TextField(editable=False, blank=True, default="")

    source = models.CharField(_("source d’import"), max_length=60, blank=True)
    external_id = models.CharField(_("identifiant dans la source"), max_length=120, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    base_form_class = ActorForm

    PUBLIC_FIELDS = (
        "id",
        "name",
        "slug",
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
    )

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("territory"),
                    FieldPanel("name"),
                    FieldPanel("slug"),
                    FieldPanel("kind"),
                    FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("offers", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("seeks", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("description"),
                    FieldRowPanel([FieldPanel("logo"), FieldPanel("joined_on")]),
                ],
                heading=_("Fiche"),
            ),
            ObjectList(
                [
                    FieldPanel("address"),
                    FieldRowPanel(
                        [FieldPanel("postcode"), FieldPanel("city"), FieldPanel("commune_insee")]
                    ),
                    LocalLeafletPanel("location", address_field="address"),
                    FieldRowPanel(
                        [
                            InfoPanel("geocoding_status"),
                            InfoPanel("geocoding_score"),
                            InfoPanel("geocoding_label"),
                        ],
                        heading=_("Géocodage automatique"),
                    ),
                ],
                heading=_("Adresse et carte"),
            ),
            ObjectList(
                [FieldPanel("email"), FieldPanel("phone"), FieldPanel("website")],
                heading=_("Contact public"),
            ),
            ObjectList(
                [
                    HelpPanel(
                        content=_(
                            "Ces informations restent internes à l’équipe du territoire : "
                            "elles n’apparaissent ni sur le site, ni dans les exports publics."
                        )
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("private_contact_name"),
                            FieldRowPanel(
                                [
                                    FieldPanel("private_contact_email"),
                                    FieldPanel("private_contact_phone"),
                                ]
                            ),
                            FieldPanel("private_notes"),
                        ],
                        heading=_("Contact et notes internes"),
                    ),
                    FieldRowPanel([FieldPanel("source"), FieldPanel("external_id")]),
                ],
                heading=_("Interne"),
            ),
        ]
    )

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.SearchField("city"),
        index.FilterField("territory_id"),
        index.FilterField("live"),
        index.FilterField("kind_id"),
        # Listings sort search results by these: Wagtail needs them as filter fields.
        index.FilterField("name"),
        index.FilterField("city"),
        index.FilterField("updated_at"),
    ]

    class Meta:
        db_table = "territories_actor"
        ordering = ["name"]
        verbose_name = _("acteur")
        verbose_name_plural = _("acteurs")
        constraints = [
            models.UniqueConstraint(fields=["territory", "slug"], name="unique_actor_slug"),
            models.UniqueConstraint(
                fields=["territory", "source", "external_id"],
                condition=~Q(external_id=""),
                name="unique_actor_import_key",
            ),
        ]
        indexes = [
            # The map's bbox queries (a territory's, and the network's) read only published
            # actors: partial indexes stay smaller than the table's and skip drafts.
            # ``id`` last: the clustering query counts ids, so PostgreSQL answers it with
            # an index-only scan (a portable stand-in for ``INCLUDE (id)``, which SQLite
            # would warn about).
            models.Index(
                fields=["territory", "latitude", "longitude", "id"],
                condition=Q(live=True),
                name="actor_map_territory_cover",
            ),
            models.Index(
                fields=["latitude", "longitude", "id"],
                condition=Q(live=True),
                name="actor_map_network_cover",
            ),
            models.Index(fields=["territory", "live", "name"], name="actor_territory_live"),
            # The network map's list: published actors in name order, read along the index
            # (a territory's list uses the index above).
            models.Index(fields=["name", "id"], condition=Q(live=True), name="actor_list_network"),
            # A commune's report (projects/commune_report.py) and the communes' figures:
            # counts by kind from the index alone, and the first actors by name without a
            # sort, whatever the size of the commune.
            models.Index(
                fields=["territory", "commune_insee", "kind"],
                condition=Q(live=True),
                name="actor_commune_kind",
            ),
            models.Index(
                fields=["territory", "commune_insee", "name"],
                condition=Q(live=True),
                name="actor_commune_name",
            ),
        ]

    def __str__(self):
        return self.name

    def map_centre(self, request, parent_page=None) -> tuple[float, float] | None:
        """Where the map widget opens without a position: the actor's territory, or the
        user's when they work for one only (a new actor)."""
        territory = self.territory if self.territory_id else None
        if territory is None:
            ids = user_territory_ids(request.user)
            if len(ids) == 1:
                territory = Territory.objects.filter(pk__in=ids).first()
        if territory is None or territory.latitude is None or territory.longitude is None:
            return None
        return territory.latitude, territory.longitude

    def clean(self):
        super().clean()
        if self.location and parse_point(self.location) is None:
            raise ValidationError(
                {"location": _("Position illisible : choisissez un point sur la carte.")}
            )

    def save(self, *args, **kwargs):
        point = parse_point(self.location)
        if point:
            self.latitude, self.longitude = point
        elif not self.location:
            self.latitude = self.longitude = None
        if not self.slug:
            self.slug = self._unique_slug()
        self.search_text = self.build_search_text()
        super().save(*args, **kwargs)

    def build_search_text(self) -> str:
        return fold(" ".join((self.name, self.city, self.postcode, self.address, self.description)))

    def _unique_slug(self) -> str:
        base = slugify(self.name)[:200] or "acteur"
        slug, n = base, 2
        siblings = Actor.objects.filter(territory_id=self.territory_id).exclude(pk=self.pk)
        while siblings.filter(slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug

    def get_url_path(self) -> str:
        return reverse("actor_detail", kwargs={"slug": self.slug})

    def theme_names(self) -> str:
        return " | ".join(theme.name for theme in self.themes.all())

    theme_names.short_description = _("thèmes")  # type: ignore[attr-defined]  # column header

    def offer_names(self) -> str:
        return " | ".join(offer.name for offer in self.offers.all())

    offer_names.short_description = _("offres")  # type: ignore[attr-defined]  # column header

    def seek_names(self) -> str:
        return " | ".join(kind.name for kind in self.seeks.all())

    seek_names.short_description = _("recherches")  # type: ignore[attr-defined]  # column header

    @property
    def full_url(self) -> str:
        """Absolute URL on the actor's territory site (the network map links there)."""
        return self.territory.url.rstrip("/") + self.get_url_path()

    def get_preview_template(self, request, mode_name):
        return "actors/actor_detail.html"

    def get_preview_context(self, request, mode_name):
        # The public card's context (small map, JSON-LD), so the preview shows the page.
        return actor_card_context(self, request) | {"is_preview": True}
