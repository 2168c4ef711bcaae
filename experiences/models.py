"""Experience write-ups: pioneers share their practice in a structured form.

- ``ExperiencePage``: one write-up, under its territory's ``ExperienceIndexPage`` only.
- ``ExperienceIndexPage``: a territory's experiences (slug ``experiences``, one per site).
- ``NetworkExperienceIndexPage``: every territory's experiences, on the network site.
- ``Method``: the methods an experience used. A name-only taxonomy curated by the network
  team until the shared library exists; see the class for the extension point.

What the network index filters and counts on is kept on the experience's own row and
indexed: its ``territory`` (derived from its place in the tree on each save), its maturity,
its themes and methods (many-to-many tables), and its involved actors (whose kinds are
reached through ``ExperienceActor``). The row is what Wagtail writes on publication, so
those columns always describe the live version; drafts live in revisions.
"""

from django import forms
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from actors.models import Actor
from network.page_forms import SlugFromTitlePageForm
from network.restrictions import ViewRestrictionsMixin, public
from network.text import fold
from territories.models import Maturity
from territories.services import territory_of_page

from .blocks import DocumentsBlock, FiguresBlock, ImagesBlock, StepsBlock
from .chooser import ActorChooserWidget
from .feeds import ExperienceAtomFeed, ExperienceRssFeed
from .permissions import ExperienceIndexPermissionTester, ExperiencePermissionTester

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class Method(models.Model):
    """A method an experience used (« Brainstorming 3-12-3 », « Concertation citoyenne »...).

    Extension point for the shared library: this taxonomy only names methods. When the
    library's method pages exist, give ``Method`` a link to its page (a nullable
    ``library_page`` ForeignKey, rendered as a link on experiences), or replace the
    ``ExperiencePage.methods`` target with the library's model in a data migration keyed on
    ``slug``. Facets and related experiences only go through ``ExperiencePage.methods``.
    """

    name = models.CharField(_("nom"), max_length=120, unique=True)
    slug = models.SlugField(_("identifiant"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True, max_length=1000)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("méthode")
        verbose_name_plural = _("méthodes")

    def __str__(self):
        return self.name


class ExperienceListingMixin(RoutablePageMixin):
    """Shared by both indexes: the filtered, faceted listing and the RSS / Atom feeds."""

    # Shown on the network index only.
    territory_facet = False

    def listing_territory(self):
        """The territory whose experiences this index lists (None: the whole network)."""
        return None

    def experiences(self):
        """Live, public experiences this index lists, unfiltered."""
        return listed_experiences(self.listing_territory())

    def get_context(self, request, *args, **kwargs):
        # The listing queries this module's models: imported once a page is rendered.
        from .listing import build_listing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = build_listing(
            self.experiences(), request.GET, territory_facet=self.territory_facet
        )
        context["feed_urls"] = self.feed_urls(request)
        return context

    def feed_urls(self, request) -> dict:
        base = self.get_url(request)
        return {
            "rss": base + self.reverse_subpage("feed_rss"),
            "atom": base + self.reverse_subpage("feed_atom"),
        }

    @path("flux-rss/", name="feed_rss")
    def feed_rss(self, request):
        return ExperienceRssFeed(self)(request)

    @path("flux-atom/", name="feed_atom")
    def feed_atom(self, request):
        return ExperienceAtomFeed(self)(request)


class ExperienceIndexPage(ExperienceListingMixin, ViewRestrictionsMixin, Page):
    """A territory's experiences: created with the territory (slug ``experiences``)."""

    base_form_class = SlugFromTitlePageForm

    intro = models.TextField(_("chapeau"), blank=True, max_length=600)
    template = "experiences/experience_index_page.html"

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["territories.TerritoryHomePage"]
    subpage_types = ["experiences.ExperiencePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("expériences d’un territoire")
        verbose_name_plural = _("expériences des territoires")

    def listing_territory(self):
        if not hasattr(self, "_territory"):
            self._territory = territory_of_page(self)
        return self._territory

    def get_context(self, request, *args, **kwargs):
        if not hasattr(self, "_territory"):
            self._territory = territory_of_page(self, request)  # the host's: no query
        return super().get_context(request, *args, **kwargs)

    def permissions_for_user(self, user):
        return ExperienceIndexPermissionTester(user, self)


class NetworkExperienceIndexPage(ExperienceListingMixin, ViewRestrictionsMixin, Page):
    """Every listed territory's experiences, with facets, on the network site."""

    base_form_class = SlugFromTitlePageForm

    intro = models.TextField(_("chapeau"), blank=True, max_length=600)
    template = "experiences/experience_index_page.html"

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["network.NetworkHomePage"]
    subpage_types: list[str] = []
    max_count = 1
    territory_facet = True

    class Meta:
        verbose_name = _("expériences du réseau")
        verbose_name_plural = _("expériences du réseau")


class ExperiencePageForm(SlugFromTitlePageForm):
    """Offers the communes of the experience's own territory only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "commune_codes" not in self.fields:
            return
        place = self.instance if self.instance.path else self.parent_page
        territory = territory_of_page(place) if place is not None else None
        communes = list(territory.communes.all()) if territory else []
        current = self.instance.commune_code_list
        known = {c.insee_code for c in communes}
        choices = [(c.insee_code, f"{c.name} ({c.insee_code})") for c in communes]
        choices += [(code, code) for code in current if code not in known]
        self.fields["commune_codes"] = forms.MultipleChoiceField(
            label=_("Communes concernées"),
            choices=choices,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            help_text=_("Les communes du territoire où l’expérience se déroule."),
        )
        self.initial["commune_codes"] = current

    def clean_commune_codes(self):
        return ",".join(sorted(set(self.cleaned_data.get("commune_codes") or [])))


class ExperiencePage(ViewRestrictionsMixin, Page):
    """One experience, written up by a territory's pioneers and reviewed before publication."""

    summary = models.CharField(
        _("résumé en une ligne"),
        max_length=300,
        blank=True,
        help_text=_(
            "Ce que l’expérience a changé, en une phrase : elle s’affiche dans les listes."
        ),
    )
    context = RichTextField(
        _("contexte et territoire"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Le territoire, son histoire, ce qui existait avant l’expérience."),
    )
    commune_codes = models.CharField(
        _("communes concernées"),
        max_length=1200,
        blank=True,
        help_text=_("Codes INSEE, séparés par des virgules."),
    )
    challenge = RichTextField(
        _("enjeux"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Le défi commun que les acteurs ont voulu relever."),
    )
    needs = RichTextField(
        _("besoins auxquels elle répond"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Les besoins concrets, et de qui : habitants, entreprises, associations…"),
    )
    methods = ParentalManyToManyField(
        Method,
        verbose_name=_("méthodes utilisées"),
        blank=True,
        related_name="experiences",
        help_text=_("Elles relient votre expérience à celles qui ont employé les mêmes méthodes."),
    )
    methods_details = RichTextField(
        _("comment les méthodes ont été employées"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Décrivez vos méthodes, même si elles ne figurent pas dans la liste : "
            "animation, outils, rythme des rencontres…"
        ),
    )
    steps = StreamField(
        StepsBlock(),
        verbose_name=_("étapes"),
        blank=True,
        help_text=_("La chronologie, de l’idée aux résultats, dans l’ordre."),
    )
    resources = RichTextField(
        _("moyens et financements"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Temps humain, locaux, budget, financeurs, bénévolat…"),
    )
    figures = StreamField(
        FiguresBlock(),
        verbose_name=_("résultats chiffrés"),
        blank=True,
        help_text=_("Chaque chiffre : une valeur, une unité, ce qu’il mesure."),
    )
    results = RichTextField(
        _("résultats et impact"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Ce qui a changé pour le territoire et ses habitants."),
    )
    lessons = RichTextField(
        _("enseignements"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Ce que vous avez appris, que vous diriez à un autre territoire."),
    )
    difficulties = RichTextField(
        _("difficultés et solutions"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Les obstacles rencontrés et comment vous les avez surmontés."),
    )
    success_factors = RichTextField(
        _("facteurs clés de succès"),
        features=TEXT_FEATURES,
        blank=True,
    )
    transferability = RichTextField(
        _("transférabilité"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Ce dont un autre territoire a besoin pour la reproduire."),
    )
    maturity = models.CharField(
        _("stade de maturité"),
        max_length=20,
        choices=Maturity.choices,
        blank=True,
        db_index=True,
        help_text=_(
            "Émergence : l’idée prend forme ; expérimentation : premiers essais ; "
            "consolidation : l’action dure ; essaimage : d’autres la reprennent."
        ),
    )
    themes = ParentalManyToManyField(
        "network.Theme",
        verbose_name=_("thèmes"),
        blank=True,
        related_name="experiences",
    )
    images = StreamField(ImagesBlock(), verbose_name=_("images"), blank=True)
    documents = StreamField(DocumentsBlock(), verbose_name=_("documents joints"), blank=True)

    # Derived on each save, for the network index (not edited).
    territory = models.ForeignKey(
        "territories.Territory",
        verbose_name=_("territoire"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="experiences",
    )
    search_text = models.TextField(editable=False, blank=True, default="")
    # Copies of the page's state, so the indexes filter and sort on this table alone:
    # ``is_live`` mirrors ``live``; ``on_network`` is live and of a listed territory;
    # ``published_at`` mirrors ``first_published_at``.
    is_live = models.BooleanField(default=False, editable=False)
    on_network = models.BooleanField(default=False, editable=False)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)

    base_form_class = ExperiencePageForm
    parent_page_types = ["experiences.ExperienceIndexPage"]
    subpage_types: list[str] = []
    template = "experiences/experience_page.html"

    essentials_panels = [
        # Wagtail's title panel: the slug (tab « Publication ») follows the title.
        TitleFieldPanel("title", heading=_("Titre de l’expérience")),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("maturity")]),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("methods", widget=forms.CheckboxSelectMultiple),
    ]
    context_panels = [
        FieldPanel("context"),
        FieldPanel("commune_codes"),
        FieldPanel("challenge"),
        FieldPanel("needs"),
        FieldPanel("methods_details"),
        FieldPanel("steps"),
        FieldPanel("resources"),
    ]
    actors_panels = [
        HelpPanel(
            content=_(
                "Choisissez les acteurs dans l’annuaire, y compris ceux d’autres territoires. "
                "Les partenaires absents de l’annuaire s’ajoutent plus bas."
            )
        ),
        InlinePanel("involved_actors", heading=_("Acteurs de l’annuaire"), label=_("Acteur")),
        InlinePanel("partners", heading=_("Autres partenaires"), label=_("Partenaire")),
        InlinePanel("contacts", heading=_("Contacts"), label=_("Contact")),
    ]
    results_panels = [
        FieldPanel("figures"),
        FieldPanel("results"),
        FieldPanel("lessons"),
        FieldPanel("difficulties"),
        FieldPanel("success_factors"),
        FieldPanel("transferability"),
    ]
    media_panels = [FieldPanel("images"), FieldPanel("documents")]

    # Six tabs, so they fit on one line; the address (slug) and the publication settings
    # share the last one: the slug is filled from the title, nobody has to go there.
    edit_handler = TabbedInterface(
        [
            ObjectList(essentials_panels, heading=_("L’essentiel")),
            ObjectList(context_panels, heading=_("Contexte et démarche")),
            ObjectList(actors_panels, heading=_("Acteurs")),
            ObjectList(results_panels, heading=_("Résultats")),
            ObjectList(media_panels, heading=_("Images et documents")),
            ObjectList([*Page.promote_panels, *Page.settings_panels], heading=_("Publication")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("context"),
        index.SearchField("challenge"),
        index.SearchField("needs"),
        index.SearchField("methods_details"),
        index.SearchField("resources"),
        index.SearchField("results"),
        index.SearchField("lessons"),
        index.SearchField("difficulties"),
        index.SearchField("success_factors"),
        index.SearchField("transferability"),
        index.FilterField("territory_id"),
        index.FilterField("maturity"),
    ]

    class Meta:
        verbose_name = _("expérience")
        verbose_name_plural = _("expériences")
        indexes = [
            models.Index(fields=["on_network", "-published_at"], name="experience_network_idx"),
            models.Index(
                fields=["territory", "is_live", "-published_at"], name="experience_territory_idx"
            ),
            # Narrow and covering: the facet counts read these columns only (index-only scans).
            models.Index(
                fields=["on_network", "maturity", "territory", "page_ptr"],
                name="experience_facets_idx",
            ),
        ]

    def permissions_for_user(self, user):
        return ExperiencePermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        # The rendering queries this module's models: imported once a page is rendered.
        from . import rendering

        context = super().get_context(request, *args, **kwargs)
        territory = rendering.territory_for(self, request)
        themes = list(self.themes.all())
        methods = rendering.methods_with_library_links(self)
        actors = rendering.involved_actors(self, preview=getattr(request, "is_preview", False))
        image_url = None
        first_image = next((block.value for block in self.images), None)
        if first_image is not None:
            image_url = request.build_absolute_uri(first_image.get_rendition("width-1200").url)
        context.update(
            {
                "territory": territory,
                "themes": themes,
                "methods": methods,
                "actors": actors,
                "partners": list(self.partners.all()),
                "contacts": list(self.contacts.all()),
                "communes": rendering.communes(self, territory),
                "related": rendering.related_experiences(self, themes, methods, actors),
                "structured_data": rendering.structured_data(
                    self, request, territory, themes, image_url
                ),
            }
        )
        return context

    @property
    def commune_code_list(self) -> list[str]:
        return [code for code in (self.commune_codes or "").split(",") if code]

    RICH_TEXT_PARTS = (
        "context",
        "challenge",
        "needs",
        "methods_details",
        "resources",
        "results",
        "lessons",
        "difficulties",
        "success_factors",
        "transferability",
    )

    def build_search_text(self, territory=None) -> str:
        parts = [self.title, self.summary]
        parts += [strip_tags(getattr(self, name) or "") for name in self.RICH_TEXT_PARTS]
        for block in self.steps:
            parts += [block.value.get("title", ""), block.value.get("text", "")]
        parts += [f"{p.name} {p.role}" for p in self.partners.all()]
        links = list(self.involved_actors.all())
        if links:
            names = dict(
                Actor.objects.filter(pk__in=[link.actor_id for link in links]).values_list(
                    "pk", "name"
                )
            )
            parts += [f"{names.get(link.actor_id, '')} {link.role}" for link in links]
        if territory is not None:
            parts.append(territory.name)
            codes = set(self.commune_code_list)
            parts += [c.name for c in territory.communes.all() if c.insee_code in codes]
        return " ".join(fold(" ".join(part for part in parts if part)).split())

    def save(self, *args, **kwargs):
        # A full save writes the content (creation, publication, move): refresh what the
        # index derives from it. Saves of a few bookkeeping fields leave it as it is.
        if kwargs.get("update_fields") is None:
            territory = territory_of_page(self)
            self.territory = territory
            self.search_text = self.build_search_text(territory)
            self.sync_state(territory)
        result = super().save(*args, **kwargs)
        if kwargs.get("update_fields") is None:
            sync_actor_kinds([self.pk])  # the involved actors are committed by now
        return result

    def sync_state(self, territory=None):
        self.is_live = bool(self.live)
        self.on_network = bool(self.live and territory is not None and territory.is_listed)
        self.published_at = self.first_published_at


def listed_experiences(territory=None, *, restricted=None):
    """Live, public experiences: a territory's, or those of every listed territory.

    ``restricted``: the trees under a view restriction as a ``Q`` (``restricted_trees``),
    when the caller already has it; otherwise read from the request's restrictions
    (``network.restrictions``)."""
    if territory is not None:
        experiences = ExperiencePage.objects.filter(territory=territory, is_live=True)
    else:
        experiences = ExperiencePage.objects.filter(on_network=True)
    if restricted is None:
        return public(experiences)
    return experiences.exclude(restricted) if restricted else experiences


class ExperienceActor(Orderable):
    """An actor of the directory involved in an experience, with its role."""

    page = ParentalKey(ExperiencePage, on_delete=models.CASCADE, related_name="involved_actors")
    actor = models.ForeignKey(
        "actors.Actor",
        verbose_name=_("acteur"),
        on_delete=models.CASCADE,
        related_name="experience_links",
    )
    role = models.CharField(
        _("rôle dans l’expérience"),
        max_length=200,
        blank=True,
        help_text=_("Par exemple : porteur, financeur, lieu d’accueil, expert…"),
    )

    panels = [FieldPanel("actor", widget=ActorChooserWidget), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("acteur impliqué")
        verbose_name_plural = _("acteurs impliqués")
        indexes = [models.Index(fields=["actor", "page"], name="experience_actor_idx")]


class ExperiencePartner(Orderable):
    """A partner that is not in the actor directory."""

    page = ParentalKey(ExperiencePage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(_("nom"), max_length=200)
    role = models.CharField(_("rôle dans l’expérience"), max_length=200, blank=True)
    website = models.URLField(_("site web"), blank=True, max_length=300)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("role")]), FieldPanel("website")]

    class Meta(Orderable.Meta):
        verbose_name = _("partenaire")
        verbose_name_plural = _("partenaires")


class ExperienceContact(Orderable):
    """Who to ask about the experience (shown publicly)."""

    page = ParentalKey(ExperiencePage, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("nom"), max_length=120)
    role = models.CharField(_("fonction ou structure"), max_length=160, blank=True)
    email = models.EmailField(_("courriel"), blank=True)
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)

    panels = [
        HelpPanel(content=_("Ces coordonnées sont publiées : demandez l’accord de la personne.")),
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")


class ExperienceActorKind(models.Model):
    """The kinds of the published actors an experience involves, one row per pair.

    Derived (never edited), for the "type d'acteur" facet and filter: without it, counting
    experiences per kind needs a DISTINCT over every actor link. Rebuilt for an experience
    when its row is saved (creation, publication), and for the experiences of an actor
    when that actor is saved or deleted (its kind or its publication changed).
    """

    page = models.ForeignKey(
        ExperiencePage, on_delete=models.CASCADE, related_name="actor_kind_links"
    )
    kind = models.ForeignKey(
        "actors.ActorKind", on_delete=models.CASCADE, related_name="experience_links"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "kind"], name="unique_experience_kind")
        ]
        indexes = [models.Index(fields=["kind", "page"], name="experience_kind_idx")]

    def __str__(self):
        return f"{self.page_id} – {self.kind_id}"


def sync_actor_kinds(page_ids) -> None:
    """Rebuild the kinds rows of these experiences from their links to published actors."""
    page_ids = list(page_ids)
    if not page_ids:
        return
    pairs = set(
        ExperienceActor.objects.filter(page_id__in=page_ids, actor__live=True).values_list(
            "page_id", "actor__kind_id"
        )
    )
    existing = set(
        ExperienceActorKind.objects.filter(page_id__in=page_ids).values_list("page_id", "kind_id")
    )
    stale = existing - pairs
    if stale:
        for page_id, kind_id in stale:
            ExperienceActorKind.objects.filter(page_id=page_id, kind_id=kind_id).delete()
    ExperienceActorKind.objects.bulk_create(
        [ExperienceActorKind(page_id=page, kind_id=kind) for page, kind in pairs - existing],
        ignore_conflicts=True,
    )
