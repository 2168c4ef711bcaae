"""The network site: its pages, the shared taxonomy of themes and each site's identity."""

from collections.abc import Callable
from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from network.page_forms import SlugFromTitlePageForm
from network.restrictions import ViewRestrictionsMixin

from .blocks import BaseStreamBlock
from .validators import validate_brand_colour


class Theme(index.Indexed, models.Model):
    """One theme of the network's shared taxonomy (actors, experiences, library)."""

    name = models.CharField(_("nom"), max_length=120, unique=True)
    slug = models.SlugField(_("identifiant"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("thème")
        verbose_name_plural = _("thèmes")

    def __str__(self) -> str:
        return self.name


@register_setting(icon="site")
class SiteIdentity(BaseSiteSetting):
    """Branding and footer of one site (the network or a territory)."""

    # The footer of every page links to them: fetch them with the setting (one query, not 4).
    select_related = ["legal_notice_page", "privacy_page", "accessibility_page"]

    short_name = models.CharField(
        _("nom court"), max_length=30, help_text=_("Affiché dans l’en-tête, 30 caractères au plus.")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    main_colour = models.CharField(
        _("couleur principale"),
        max_length=7,
        default="#1d4e89",
        validators=[validate_brand_colour],
        help_text=_(
            "Format #RRGGBB. Elle doit rester lisible sous un texte blanc (contraste 4,5:1)."
        ),
    )
    footer_text = models.TextField(_("texte du pied de page"), blank=True, max_length=600)
    contact_email = models.EmailField(_("adresse de contact"), blank=True)
    legal_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page des mentions légales"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page données personnelles"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Les formulaires du site renvoient vers cette page (RGPD)."),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page de la déclaration d’accessibilité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("La déclaration d’accessibilité (RGAA) du site, liée en pied de page."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("short_name"), FieldPanel("logo"), FieldPanel("main_colour")],
            heading=_("Identité visuelle"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("footer_text"),
                FieldPanel("contact_email"),
                FieldPanel("legal_notice_page"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
            ],
            heading=_("Pied de page"),
        ),
    ]

    class Meta:
        verbose_name = _("identité du site")
        verbose_name_plural = _("identités des sites")

    @property
    def text_colour(self) -> str:
        return "#ffffff"


class ContentPage(ViewRestrictionsMixin, Page):
    """A free page: presentation, approach, legal notices, privacy notice..."""

    base_form_class = SlugFromTitlePageForm

    intro = models.TextField(_("chapeau"), blank=True, max_length=500)
    body = StreamField(BaseStreamBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = [
        "network.NetworkHomePage",
        "territories.TerritoryHomePage",
        "network.ContentPage",
    ]
    subpage_types = ["network.ContentPage"]

    template = "network/content_page.html"

    class Meta:
        verbose_name = _("page de contenu")
        verbose_name_plural = _("pages de contenu")


class NetworkHomePage(ViewRestrictionsMixin, Page):
    """Home of the network site: who we are and every territory on a map."""

    base_form_class = SlugFromTitlePageForm

    intro = models.TextField(_("chapeau"), blank=True, max_length=500)
    body = StreamField(BaseStreamBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    template = "network/network_home_page.html"

    class Meta:
        verbose_name = _("accueil du réseau")
        verbose_name_plural = _("accueils du réseau")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        for section in HOME_SECTIONS:
            context.update(section(self, request))
        return context


# What the features show on the network's home: callables (home, request) → context,
# registered from their ``AppConfig.ready`` (the territories' map, the latest write-ups).
type HomeSection = Callable[[NetworkHomePage, HttpRequest], dict[str, Any]]
HOME_SECTIONS: list[HomeSection] = []


def register_home_section(section: HomeSection) -> None:
    if section not in HOME_SECTIONS:
        HOME_SECTIONS.append(section)


class Notification(models.Model):
    """An e-mail the platform owes someone. Written in the same transaction as what caused
    it, so nothing is lost when Redis or the workers are down: a periodic task sends what
    is still owed once they are back."""

    class Status(models.TextChoices):
        PENDING = "pending", _("À envoyer")
        SENT = "sent", _("Envoyé")
        FAILED = "failed", _("Abandonné")

    recipients = models.TextField(_("destinataires"), help_text=_("Une adresse par ligne."))
    subject = models.CharField(_("objet"), max_length=255)
    body = models.TextField(_("message"))
    reply_to = models.EmailField(_("répondre à"), blank=True)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        # The receipts of public forms look back one day (projects.contributions.receipt_owed):
        # their cost follows a day of e-mails, not the whole outbox.
        indexes = [models.Index(fields=["created_at"], name="notification_created_idx")]

    def __str__(self) -> str:
        return self.subject

    @property
    def recipient_list(self) -> list[str]:
        return [line.strip() for line in self.recipients.splitlines() if line.strip()]


class OwedTask(models.Model):
    """Background work an action owes (a Celery task and its arguments), written in the
    same transaction as the action: with the broker down, the action still succeeds and
    ``network.outbox`` hands the task over once the broker is back. Deleted once handed."""

    task = models.CharField(_("tâche"), max_length=200)
    args = models.JSONField(default=list, blank=True)
    kwargs = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("tâche due")
        verbose_name_plural = _("tâches dues")

    def __str__(self) -> str:
        return self.task
