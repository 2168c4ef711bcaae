"""Events of the network or of a territory: meetings, workshops, webinars.

``EventPage`` lives under the network home or a territory home (or their ``EventIndexPage``),
so territory teams create events on their own site with their usual page permissions.
Registrations are private rows (``EventRegistration``); ``register`` decides confirmed or
waiting list under a row lock on the event.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from network.blocks import BaseStreamBlock
from network.geo import LocalLeafletPanel, parse_point
from network.page_forms import SlugFromTitlePageForm
from network.restrictions import ViewRestrictionsMixin, public
from territories.services import territory_of_page

from .forms import RegistrationForm

EVENT_PARENTS = [
    "network.NetworkHomePage",
    "territories.TerritoryHomePage",
    "events.EventIndexPage",
]


class EventIndexPage(ViewRestrictionsMixin, Page):
    """The agenda of a site: upcoming and past events below the site's home."""

    base_form_class = SlugFromTitlePageForm

    intro = models.TextField(_("chapeau"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["network.NetworkHomePage", "territories.TerritoryHomePage"]
    subpage_types = ["events.EventPage"]
    template = "events/event_index_page.html"

    class Meta:
        # Tables keep the names they had in the network app (rows kept, migration 0001).
        db_table = "network_eventindexpage"
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site_root = self.get_parent()
        events = site_events(site_root)
        now = timezone.now()
        context["upcoming"] = events.filter(end__gte=now).order_by("start")
        context["past"] = events.filter(end__lt=now).order_by("-start")[:50]
        return context


class EventPage(ViewRestrictionsMixin, Page):
    class Registration(models.TextChoices):
        NONE = "none", _("Pas d’inscription")
        EXTERNAL = "external", _("Lien externe")
        FORM = "form", _("Formulaire du site")

    class Kind(models.TextChoices):
        MEETING = "meeting", _("Rencontre")
        WORKSHOP = "workshop", _("Atelier")
        WEBINAR = "webinar", _("Webinaire")
        OTHER = "other", _("Autre")

    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.MEETING)
    summary = models.TextField(_("résumé"), max_length=800)
    # Required to publish, not to keep a draft: a new event autosaves with its title alone
    # (Wagtail defers the required fields of a draft, not a column that cannot be empty).
    start = models.DateTimeField(_("début"), null=True, help_text=_("Heure de Paris."))
    end = models.DateTimeField(_("fin"), null=True, help_text=_("Heure de Paris."))
    place_name = models.CharField(_("lieu"), max_length=200, blank=True)
    address = models.CharField(_("adresse"), max_length=300, blank=True)
    location = models.CharField(_("position"), max_length=250, blank=True)
    online_url = models.URLField(_("lien de connexion"), blank=True)
    programme = StreamField(BaseStreamBlock(), verbose_name=_("programme"), blank=True)
    registration = models.CharField(
        _("inscription"), max_length=10, choices=Registration.choices, default=Registration.NONE
    )
    registration_url = models.URLField(_("lien d’inscription"), blank=True)
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Vide : sans limite.")
    )
    waiting_list = models.BooleanField(_("liste d’attente"), default=True)
    themes = ParentalManyToManyField("network.Theme", verbose_name=_("thèmes"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("start"), FieldPanel("end")], heading=_("Dates")),
        MultiFieldPanel(
            [FieldPanel("place_name"), FieldPanel("address"), FieldPanel("online_url")],
            heading=_("Lieu"),
        ),
        FieldPanel("programme"),
        MultiFieldPanel(
            [
                FieldPanel("registration"),
                FieldPanel("registration_url"),
                FieldPanel("capacity"),
                FieldPanel("waiting_list"),
            ],
            heading=_("Inscription"),
        ),
        FieldPanel("themes"),
    ]
    base_form_class = SlugFromTitlePageForm
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Contenu")),
            ObjectList(
                [LocalLeafletPanel("location", address_field="address")], heading=_("Carte")
            ),
            ObjectList(Page.promote_panels, heading=_("Promotion")),
            ObjectList(Page.settings_panels, heading=_("Paramètres")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("place_name"),
        index.SearchField("address"),
        index.SearchField("programme"),
        index.FilterField("start"),
    ]
    parent_page_types = EVENT_PARENTS
    subpage_types: list[str] = []
    template = "events/event_page.html"

    class Meta:
        db_table = "network_eventpage"
        verbose_name = _("événement")
        verbose_name_plural = _("événements")

    def map_centre(self, request, parent_page=None) -> tuple[float, float] | None:
        """Where the map widget opens without a position: the territory of the event's site
        (none on the network's: France)."""
        place = self if self.path else parent_page
        territory = territory_of_page(place) if place is not None else None
        if territory is None or territory.latitude is None or territory.longitude is None:
            return None
        return territory.latitude, territory.longitude

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("La fin doit suivre le début.")
        if self.registration == self.Registration.EXTERNAL and not self.registration_url:
            errors["registration_url"] = _("Indiquez le lien d’inscription.")
        if self.location and parse_point(self.location) is None:
            errors["location"] = _("Position illisible : choisissez un point sur la carte.")
        if errors:
            raise ValidationError(errors)

    @property
    def search_excerpt(self) -> str:
        return self.summary

    @property
    def point(self):
        return parse_point(self.location)

    @property
    def is_past(self) -> bool:
        return self.end is not None and self.end < timezone.now()

    @property
    def registration_open(self) -> bool:
        return self.registration == self.Registration.FORM and not self.is_past

    def seats_taken(self) -> int:
        return self.registrations.filter(status=EventRegistration.Status.CONFIRMED).count()

    def get_context(self, request, *args, **kwargs):
        # A POST (a registration) is handled by events.views.event_detail, which the app's
        # wagtail_hooks put in Wagtail's serving chain.
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("form", RegistrationForm())
        if self.registration == self.Registration.FORM and self.capacity:
            context["seats_left"] = max(self.capacity - self.seats_taken(), 0)
        return context

    @property
    def ics_path(self) -> str:
        return f"/evenements/{self.pk}.ics"


def site_events(site_root):
    """Live, public events of the site rooted at ``site_root``."""
    return public(EventPage.objects.live().descendant_of(site_root))


class EventRegistration(models.Model):
    """Someone's registration to an event: private, never shown publicly."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmée")
        WAITLISTED = "waitlisted", _("Liste d’attente")
        CANCELLED = "cancelled", _("Annulée")

    event = models.ForeignKey(
        EventPage,
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("événement"),
    )
    name = models.CharField(_("nom"), max_length=150)
    email = models.EmailField(_("courriel"))
    status = models.CharField(
        _("statut"), max_length=12, choices=Status.choices, default=Status.CONFIRMED
    )
    created_at = models.DateTimeField(_("inscrit le"), auto_now_add=True)

    class Meta:
        db_table = "network_eventregistration"
        ordering = ["created_at", "pk"]
        verbose_name = _("inscription")
        verbose_name_plural = _("inscriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~models.Q(status="cancelled"),
                name="one_active_registration_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name} – {self.event}"
