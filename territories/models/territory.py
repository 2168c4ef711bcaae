"""Territories: the record behind each territory site, its communes, and its home page."""

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar

from django import forms
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    Panel,
    TabbedInterface,
)
from wagtail.blocks import PageChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index

from network.blocks import BaseStreamBlock
from network.geo import LocalLeafletPanel, parse_point
from network.page_forms import SlugFromTitlePageForm
from network.restrictions import ViewRestrictionsMixin
from network.text import fold
from network.validators import (
    validate_hostname,
    validate_insee_code,
    validate_latitude,
    validate_longitude,
    validate_postcodes,
)

# The communes a territory's home names (the largest), with a link to all of them.
HOME_COMMUNES = 12


class CommunesPanel(Panel):
    """The count of a territory's communes and links to their own listing and bulk
    addition: a territory may cover 35,000 communes, never inline forms here."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "territories/admin/communes_panel.html"

        def get_context_data(self, parent_context: Any = None) -> dict[str, Any]:
            context: dict[str, Any] = super().get_context_data(parent_context)
            territory = self.instance
            context["territory"] = territory
            context["count"] = territory.communes.count() if territory.pk else 0
            return context


class Maturity(models.TextChoices):
    EMERGENCE = "emergence", _("Émergence")
    EXPERIMENTATION = "experimentation", _("Expérimentation")
    CONSOLIDATION = "consolidation", _("Consolidation")
    ESSAIMAGE = "essaimage", _("Essaimage")


class Territory(index.Indexed, ClusterableModel):
    """What the network knows about one territory; its site, groups and collection hang off it."""

    if TYPE_CHECKING:  # its bases (Wagtail's, modelcluster's) are untyped
        objects: ClassVar[models.Manager["Territory"]]

    name = models.CharField(_("nom"), max_length=120, unique=True)
    slug = models.SlugField(
        _("identifiant"),
        max_length=60,
        unique=True,
        help_text=_("Utilisé dans l’adresse du site, par exemple « vitawin »."),
    )
    hostname = models.CharField(
        _("nom de domaine"),
        max_length=255,
        unique=True,
        validators=[validate_hostname],
        help_text=_("Par exemple vitawin.catalyseurs.fr, sans http:// ni chemin."),
    )
    carrying_structure = models.CharField(_("structure porteuse"), max_length=200, blank=True)
    region = models.CharField(_("région"), max_length=80, blank=True)
    description = models.TextField(_("présentation"), blank=True, max_length=2000)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    maturity = models.CharField(
        _("maturité"), max_length=20, choices=Maturity.choices, default=Maturity.EMERGENCE
    )
    themes = ParentalManyToManyField("network.Theme", verbose_name=_("thèmes"), blank=True)
    location = models.CharField(
        _("position sur la carte du réseau"),
        max_length=80,
        blank=True,
        help_text=_("Laissez vide pour utiliser le centre de ses communes."),
    )
    latitude = models.FloatField(
        _("latitude"), null=True, blank=True, editable=False, validators=[validate_latitude]
    )
    longitude = models.FloatField(
        _("longitude"), null=True, blank=True, editable=False, validators=[validate_longitude]
    )
    is_listed = models.BooleanField(
        _("visible sur le site du réseau"),
        default=True,
        help_text=_("Décochez pour préparer un territoire avant de l’annoncer."),
    )
    site = models.OneToOneField(
        "wagtailcore.Site",
        verbose_name=_("site"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="territory",
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        verbose_name=_("collection de médias"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="territory",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    general_panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("hostname")],
            heading=_("Identification"),
            permission="territories.manage_network",
        ),
        FieldPanel("carrying_structure"),
        FieldRowPanel([FieldPanel("region"), FieldPanel("population")]),
        FieldPanel("description"),
        FieldPanel("maturity"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("is_listed", permission="territories.manage_network"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(general_panels, heading=_("Présentation")),
            ObjectList(
                [CommunesPanel(heading=_("Communes couvertes"))],
                heading=_("Communes"),
            ),
            ObjectList(
                [
                    InlinePanel("key_figures", heading=_("Chiffres clés"), label=_("Chiffre")),
                    InlinePanel("contacts", heading=_("Équipe"), label=_("Contact")),
                ],
                heading=_("Chiffres et équipe"),
            ),
            ObjectList([LocalLeafletPanel("location")], heading=_("Carte")),
        ]
    )
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("carrying_structure"),
        index.SearchField("description"),
        index.FilterField("id"),  # the admin narrows listings and searches by id
        index.FilterField("slug"),
        index.FilterField("name"),
        index.FilterField("hostname"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("territoire")
        verbose_name_plural = _("territoires")
        permissions = [("manage_network", _("Gérer tous les territoires du réseau"))]

    def __str__(self):
        return self.name

    def clean(self):
        clash = Site.objects.filter(hostname=self.hostname)
        if self.site_id:
            clash = clash.exclude(pk=self.site_id)
        if self.hostname and clash.exists():
            raise ValidationError(
                {
                    "hostname": _(
                        "Ce nom de domaine est déjà utilisé par un autre site de la plateforme."
                    )
                }
            )
        if self.location and parse_point(self.location) is None:
            raise ValidationError(
                {"location": _("Position illisible : choisissez un point sur la carte.")}
            )

    def save(self, *args: Any, **kwargs: Any) -> None:
        point = parse_point(self.location)
        if point:
            self.latitude, self.longitude = point
        super().save(*args, **kwargs)

    def map_centre(self, request, parent_page=None) -> tuple[float, float] | None:
        """Where the map widget opens without a chosen position: its communes' centre."""
        if self.latitude is None or self.longitude is None:
            return None
        return self.latitude, self.longitude

    def refresh_position(self) -> None:
        """Without a chosen position, the territory sits at the centre of its communes."""
        if parse_point(self.location):
            return
        points = [(c.latitude, c.longitude) for c in self.communes.all() if c.latitude is not None]
        if points:
            lat = sum(p[0] for p in points) / len(points)
            lng = sum(p[1] for p in points) / len(points)
            Territory.objects.filter(pk=self.pk).update(latitude=lat, longitude=lng)
            self.latitude, self.longitude = lat, lng

    @classmethod
    def for_request(cls, request) -> "Territory | None":
        """The territory whose site serves this request (None on the network site), cached
        on the request: the context processor and the pages share one query."""
        if not hasattr(request, "_territory"):
            site = Site.find_for_request(request)
            request._territory = (
                cls.objects.filter(site_id=site.pk).select_related("site").first() if site else None
            )
        return request._territory

    @property
    def home_page(self):
        return self.site.root_page if self.site_id else None

    @property
    def url(self) -> str:
        """Home URL of the territory's site, from Wagtail's cached site root paths (no query).

        Each read of those paths unpickles the whole list from the cache: a page listing
        hundreds of territories gives them their URLs at once (``with_urls``)."""
        known = self.__dict__.get("_url")
        if known is not None:
            return str(known)
        if not self.site_id:
            return ""
        url = site_root_urls().get(self.site_id)
        if url is not None:
            return url
        site = self.site
        assert site is not None
        return site.root_url + "/"

    @staticmethod
    def with_urls(territories: "list[Territory]") -> "list[Territory]":
        """The same territories, each knowing its home URL (one read of the root paths)."""
        urls = site_root_urls()
        for territory in territories:
            territory._url = urls.get(territory.site_id, "") if territory.site_id else ""
        return territories


def site_root_urls() -> dict[int, str]:
    """{site id: its home URL}, from one read of Wagtail's cached site root paths."""
    urls: dict[int, str] = {}
    for root in Site.get_site_root_paths():
        urls.setdefault(root.site_id, root.root_url + "/")
    return urls


def commune_key(text: str) -> str:
    """A commune's name as searched: lowercase, no accents, hyphens and apostrophes as
    spaces (« L’Haÿ-les-Roses » → « l hay les roses »)."""
    return " ".join(fold(text).replace("-", " ").replace("'", " ").replace("’", " ").split())


class CommuneQuerySet(models.QuerySet["Commune"]):
    def bulk_create(self, objs: Iterable["Commune"], *args: Any, **kwargs: Any) -> list["Commune"]:
        """Bulk creation sends no ``save()``: the search key is set here."""
        objs = list(objs)
        for commune in objs:
            commune.search_name = commune_key(commune.name)
        return super().bulk_create(objs, *args, **kwargs)


class Commune(Orderable):
    territory = ParentalKey(Territory, related_name="communes", on_delete=models.CASCADE)
    insee_code = models.CharField(_("code INSEE"), max_length=5, validators=[validate_insee_code])
    name = models.CharField(_("nom"), max_length=120)
    postcodes = models.CharField(
        _("codes postaux"),
        max_length=400,
        blank=True,
        validators=[validate_postcodes],
        help_text=_("Séparés par des virgules, par exemple 94220, 94230."),
    )
    latitude = models.FloatField(
        _("latitude du centre"), null=True, blank=True, validators=[validate_latitude]
    )
    longitude = models.FloatField(
        _("longitude du centre"), null=True, blank=True, validators=[validate_longitude]
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    # ``commune_key(name)``, kept by save() and bulk_create(): the autocomplete's prefix.
    search_name = models.CharField(max_length=120, blank=True, editable=False, default="")

    objects = CommuneQuerySet.as_manager()

    # Its own admin's form (territories/commune_admin.py); the territory is narrowed to the
    # user's by the scope layer.
    panels = [
        FieldPanel("territory"),
        FieldRowPanel([FieldPanel("insee_code"), FieldPanel("name"), FieldPanel("postcodes")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude"), FieldPanel("population")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        constraints = [
            models.UniqueConstraint(
                fields=["territory", "insee_code"], name="unique_commune_per_territory"
            )
        ]
        indexes = [
            models.Index(fields=["insee_code"]),
            models.Index(fields=["territory", "search_name"], name="commune_search_name"),
            models.Index(fields=["territory", "-population"], name="commune_population"),
        ]

    def __str__(self):
        return f"{self.name} ({self.insee_code})"

    def save(self, *args, **kwargs):
        self.search_name = commune_key(self.name)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "search_name"}
        super().save(*args, **kwargs)

    @property
    def postcode_list(self) -> list[str]:
        return [code.strip() for code in self.postcodes.split(",") if code.strip()]


class KeyFigure(Orderable):
    territory = ParentalKey(Territory, related_name="key_figures", on_delete=models.CASCADE)
    value = models.CharField(_("valeur"), max_length=40)
    unit = models.CharField(_("unité"), max_length=60, blank=True)
    label = models.CharField(_("libellé"), max_length=160)

    panels = [FieldRowPanel([FieldPanel("value"), FieldPanel("unit"), FieldPanel("label")])]

    class Meta(Orderable.Meta):
        verbose_name = _("chiffre clé")
        verbose_name_plural = _("chiffres clés")


class TeamContact(Orderable):
    territory = ParentalKey(Territory, related_name="contacts", on_delete=models.CASCADE)
    name = models.CharField(_("nom"), max_length=120)
    role = models.CharField(_("fonction"), max_length=120, blank=True)
    email = models.EmailField(_("courriel"), blank=True)
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contact de l’équipe")
        verbose_name_plural = _("contacts de l’équipe")


class TerritoryRole(models.Model):
    """Marks a Django group as one of a territory's teams; membership scopes the admin."""

    class Role(models.TextChoices):
        EDITORS = "editors", _("Éditeurs")
        MODERATORS = "moderators", _("Modérateurs")
        PIONEERS = "pioneers", _("Pionniers")

    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="territory_role")
    territory = models.ForeignKey(Territory, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(max_length=20, choices=Role.choices)

    class Meta:
        verbose_name = _("équipe de territoire")
        verbose_name_plural = _("équipes de territoire")
        constraints = [
            models.UniqueConstraint(fields=["territory", "role"], name="unique_role_per_territory")
        ]

    def __str__(self):
        return f"{self.territory} – {self.get_role_display()}"


class TerritoryHomePage(ViewRestrictionsMixin, Page):
    """The home page, and root, of a territory site."""

    base_form_class = SlugFromTitlePageForm

    intro = models.TextField(_("chapeau"), blank=True, max_length=500)
    body = StreamField(BaseStreamBlock(), verbose_name=_("contenu"), blank=True)

    # Items of the network's shared library shown on this home (the library stays one copy).
    # A stream of page choosers: no query at all while nothing is featured.
    featured_library = StreamField(
        [
            (
                "item",
                PageChooserBlock(
                    page_type=["library.MethodPage", "library.LessonPage"],
                    label=_("Fiche ou enseignement"),
                ),
            )
        ],
        verbose_name=_("bibliothèque à la une"),
        blank=True,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("featured_library"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "network.ContentPage",
        "experiences.ExperienceIndexPage",
        "events.EventIndexPage",
        "events.EventPage",
    ]

    template = "territories/territory_home_page.html"

    class Meta:
        verbose_name = _("accueil d’un territoire")
        verbose_name_plural = _("accueils des territoires")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        territory = Territory.for_request(request)
        if territory and territory.site.root_page_id == self.pk:
            context["key_figures"] = list(territory.key_figures.all())
            # The largest communes and their count, not every commune (up to 35,000):
            # the full list is /communes/, paginated and searchable.
            communes = territory.communes.order_by(
                models.F("population").desc(nulls_last=True), "name"
            )
            context["communes"] = list(communes[:HOME_COMMUNES])
            context["commune_count"] = (
                len(context["communes"])
                if len(context["communes"]) < HOME_COMMUNES
                else territory.communes.count()
            )
            context["contacts"] = list(territory.contacts.all())
        return context
