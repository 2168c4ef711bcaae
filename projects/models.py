"""Projects of a territory, the needs they (or its actors) publish, and the answers to them.

- ``ProjectIndexPage``: a territory's projects (slug ``projets``, one per territory site).
- ``ProjectPage``: one project; its ``territory`` is derived from its place in the tree.
- ``ProjectPartner``: an actor of the directory taking part, with its role.
- ``Need``: something a project, an actor or the territory looks for (interns, premises...).
  Needs sent by actors from their card wait for the team's approval (``is_approved``).
- ``Contribution``: an answer « Je m'y greffe » (project) or « Je peux aider » (need).
  Private: shown in the admin only.
- ``Introduction``: the territory team put a need (a project's or an actor's ``Need``, or
  an actor that seeks a need kind) in touch with an actor whose offers answer it; what came
  of it is asked a month later (``projects/introductions.py``).
- ``ContributionEvent``: its follow-up by the territory team (an answer e-mailed to the
  contributor, a change of state), by whom and when: the contribution's history.
"""

from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from actors.models import Actor
from experiences.chooser import ActorChooserWidget
from network.geo import InfoPanel
from network.page_forms import SlugFromTitlePageForm
from network.restrictions import ViewRestrictionsMixin
from territories.services import territory_of_page

from .choices import ContributionStatus, ProjectStatus
from .contribution_admin import ContributionAdminForm, ContributionHistoryPanel
from .listing import project_listing
from .rendering import project_context

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class ProjectIndexPage(ViewRestrictionsMixin, Page):
    """A territory's projects: created with the territory (slug ``projets``)."""

    base_form_class = SlugFromTitlePageForm

    intro = models.TextField(_("chapeau"), blank=True, max_length=600)
    template = "projects/project_index_page.html"

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["territories.TerritoryHomePage"]
    subpage_types = ["projects.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("projets d’un territoire")
        verbose_name_plural = _("projets des territoires")

    def listing_territory(self):
        if not hasattr(self, "_territory"):
            self._territory = territory_of_page(self)
        return self._territory

    def live_projects(self):
        """Its live projects (public or not: the listing applies view restrictions)."""
        return ProjectPage.objects.live().child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = project_listing(self, request.GET)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if response.context_data["listing"]["errors"]:
            response.status_code = 400  # a refused filter, named on the page
        return response


class ProjectPageForm(SlugFromTitlePageForm):
    """Offers the communes of the project's own territory only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "communes" not in self.fields:
            return
        place = self.instance if self.instance.path else self.parent_page
        territory = territory_of_page(place) if place is not None else None
        field = self.fields["communes"]
        if territory is None:
            field.queryset = field.queryset.none()
        else:
            field.queryset = territory.communes.order_by("name")


class ProjectPage(ViewRestrictionsMixin, Page):
    """A project sparked in a territory: who carries it, where, with whom, what it needs."""

    summary = models.TextField(
        _("résumé"),
        max_length=600,
        help_text=_("Ce que le projet veut changer, en deux ou trois phrases."),
    )
    challenge = RichTextField(
        _("enjeux"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Le défi commun que le projet veut relever, et pour qui."),
    )
    status = models.CharField(
        _("état d’avancement"),
        max_length=20,
        choices=ProjectStatus.choices,
        default=ProjectStatus.IDEA,
        db_index=True,
    )
    communes = ParentalManyToManyField(
        "territories.Commune",
        verbose_name=_("communes concernées"),
        related_name="projects",
        blank=True,
    )
    themes = ParentalManyToManyField(
        "network.Theme", verbose_name=_("thèmes"), related_name="projects", blank=True
    )
    start_date = models.DateField(_("date de début"), null=True, blank=True)
    end_date = models.DateField(_("date de fin"), null=True, blank=True)
    lead_name = models.CharField(
        _("porteur du projet"),
        max_length=200,
        blank=True,
        help_text=_("Affiché publiquement : une structure ou une personne."),
    )
    lead_email = models.EmailField(
        _("courriel du porteur (privé)"),
        blank=True,
        help_text=_(
            "Jamais affiché : il reçoit les propositions « Je m’y greffe ». Sans courriel, "
            "elles vont aux modérateurs du territoire."
        ),
    )
    # Derived on each save from the page's place in the tree (not edited).
    territory = models.ForeignKey(
        "territories.Territory",
        verbose_name=_("territoire"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="projects",
    )

    base_form_class = ProjectPageForm
    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types: list[str] = []
    template = "projects/project_page.html"

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("challenge"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("communes", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel([FieldPanel("lead_name"), FieldPanel("lead_email")], heading=_("Porteur")),
        InlinePanel("partners", heading=_("Partenaires de l’annuaire"), label=_("Partenaire")),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("challenge"),
        index.SearchField("lead_name"),
        index.FilterField("territory_id"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("projet")
        verbose_name_plural = _("projets")
        indexes = [models.Index(fields=["territory", "status"], name="project_territory_idx")]

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("Date de fin : elle doit suivre la date de début.")}
            )

    def save(self, *args, **kwargs):
        if kwargs.get("update_fields") is None:
            self.territory = territory_of_page(self)
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        # A POST (« Je m’y greffe ») is handled by projects.views.serve_project, which the
        # app's wagtail_hooks put in Wagtail's serving chain; it passes ``join_form`` here.
        context = super().get_context(request, *args, **kwargs)
        context.update(project_context(self, request, kwargs.get("join_form")))
        return context

    def public_partners(self) -> list:
        """Its partners whose actor is published, with their actor (joined)."""
        return list(
            ProjectPartner.objects.filter(page=self, actor__live=True)
            .select_related("actor__kind", "actor__territory__site")
            .order_by("sort_order", "pk")
        )

    def open_needs(self, territory) -> list:
        """Its needs on the board of ``territory``'s site, the nearest deadline first."""
        return list(
            Need.objects.on_board(territory)
            .filter(project=self)
            .select_related("kind")
            .order_by("deadline", "-created_at")
        )


class ProjectPartner(Orderable):
    """An actor of the directory taking part in a project, with its role."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    actor = models.ForeignKey(
        "actors.Actor",
        verbose_name=_("acteur"),
        on_delete=models.CASCADE,
        related_name="project_links",
    )
    role = models.CharField(
        _("rôle dans le projet"),
        max_length=200,
        blank=True,
        help_text=_("Par exemple : porteur, financeur, lieu d’accueil, expert…"),
    )

    panels = [FieldPanel("actor", widget=ActorChooserWidget), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("partenaire")
        verbose_name_plural = _("partenaires")
        indexes = [models.Index(fields=["actor", "page"], name="project_partner_idx")]


class NeedStatus(models.TextChoices):
    OPEN = "open", _("Ouvert")
    FILLED = "filled", _("Pourvu")


class NeedQuerySet(models.QuerySet):
    def approved_and_live(self):
        """Approved, and its project / actor (when it has one) published; open or filled.

        The project and actor conditions are ``EXISTS`` probes by primary key rather than
        LEFT JOINs: joined, PostgreSQL hashed every actor of the table (50,000 at the bench
        size) to count a board of a few thousand needs; probed, the cost follows the needs."""
        live_project = Page.objects.filter(pk=OuterRef("project_id"), live=True)
        live_actor = Actor.objects.filter(pk=OuterRef("actor_id"), live=True)
        return self.filter(is_approved=True).filter(
            Q(project_id__isnull=True) | Exists(live_project),
            Q(actor_id__isnull=True) | Exists(live_actor),
        )

    def visible(self):
        """Open, approved, and its project / actor (when it has one) published."""
        return self.approved_and_live().filter(status=NeedStatus.OPEN)

    def with_page(self, territory):
        """The needs whose page answers on ``territory``'s site (the network's: ``None``):
        the visible ones and the filled ones, so links already e-mailed keep working and
        say the need is filled."""
        needs = self.approved_and_live()
        if territory is None:
            return needs.filter(territory__is_listed=True)
        return needs.filter(territory=territory)

    def public(self):
        """What anonymous visitors may see anywhere (network board, reports): visible needs
        of listed territories."""
        return self.visible().filter(territory__is_listed=True)

    def public_on_site(self, territory):
        """What a territory's own site shows: its visible needs, listed or not yet (a
        territory's site is served before it is announced on the network)."""
        return self.visible().filter(territory=territory)

    def on_board(self, territory):
        """The needs board of ``territory``'s site, or the network's (``None``)."""
        return self.public() if territory is None else self.public_on_site(territory)


class Need(models.Model):
    territory = models.ForeignKey(
        "territories.Territory",
        verbose_name=_("territoire"),
        on_delete=models.CASCADE,
        related_name="needs",
    )
    project = models.ForeignKey(
        ProjectPage,
        verbose_name=_("projet"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="needs",
    )
    actor = models.ForeignKey(
        "actors.Actor",
        verbose_name=_("acteur"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="needs",
    )
    kind = models.ForeignKey(
        "actors.NeedKind",
        verbose_name=_("type de besoin"),
        on_delete=models.PROTECT,
        related_name="needs",
    )
    title = models.CharField(_("titre"), max_length=200)
    description = models.TextField(_("description"), max_length=2000, blank=True)
    quantity = models.PositiveIntegerField(_("quantité"), null=True, blank=True)
    deadline = models.DateField(_("échéance"), null=True, blank=True)
    status = models.CharField(
        _("état"), max_length=10, choices=NeedStatus.choices, default=NeedStatus.OPEN, db_index=True
    )
    themes = models.ManyToManyField(
        "network.Theme", verbose_name=_("thèmes"), related_name="needs", blank=True
    )
    communes = models.ManyToManyField(
        "territories.Commune", verbose_name=_("communes"), related_name="needs", blank=True
    )
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    # Added to the contract: moderation of needs sent by actors from their card.
    is_approved = models.BooleanField(
        _("validé par l’équipe"),
        default=True,
        db_index=True,
        help_text=_("Les besoins proposés par un acteur n’apparaissent qu’une fois validés."),
    )
    submitted_by_name = models.CharField(
        _("proposé par (privé)"), max_length=120, blank=True, editable=False
    )
    submitted_by_email = models.EmailField(_("courriel (privé)"), blank=True, editable=False)
    # When it was marked filled (``save``): the impact figures count the needs filled by
    # month (``projects.impact``). Needs filled before this field existed have none.
    filled_at = models.DateTimeField(_("pourvu le"), null=True, blank=True, editable=False)
    # Set when a party of an introduction answers « ça a marché »: the need is then filled
    # through it (the impact figures count these).
    filled_through = models.ForeignKey(
        "projects.Introduction",
        verbose_name=_("pourvu grâce à la mise en relation"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="filled_needs",
    )

    objects = NeedQuerySet.as_manager()

    panels = [
        FieldPanel("territory"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("quantity"), FieldPanel("deadline")]),
        FieldPanel("description"),
        FieldPanel("project"),
        FieldPanel("actor", widget=ActorChooserWidget),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("communes", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("status"), FieldPanel("is_approved")]),
    ]

    class Meta:
        verbose_name = _("besoin")
        verbose_name_plural = _("besoins")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(
                fields=["territory", "status", "is_approved", "-created_at"],
                name="need_board_idx",
            ),
            # The impact figures: a territory's needs filled over the last months.
            models.Index(
                fields=["territory", "filled_at"],
                condition=Q(filled_at__isnull=False),
                name="need_filled_idx",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.status == NeedStatus.FILLED and self.filled_at is None:
            self.filled_at = timezone.now()
        elif self.status != NeedStatus.FILLED:
            self.filled_at = None
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "status" in update_fields:
            kwargs["update_fields"] = {*update_fields, "filled_at"}
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if self.project_id and self.territory_id and self.project.territory_id != self.territory_id:
            errors["project"] = _("Projet : il doit appartenir au même territoire que le besoin.")
        if self.actor_id and self.territory_id and self.actor.territory_id != self.territory_id:
            errors["actor"] = _("Acteur : il doit appartenir au même territoire que le besoin.")
        if errors:
            raise ValidationError(errors)


class Contribution(models.Model):
    """An offer to join a project or to help with a need. Private (admin only)."""

    territory = models.ForeignKey(
        "territories.Territory",
        verbose_name=_("territoire"),
        on_delete=models.CASCADE,
        related_name="contributions",
    )
    project = models.ForeignKey(
        ProjectPage,
        verbose_name=_("projet"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="contributions",
    )
    need = models.ForeignKey(
        Need,
        verbose_name=_("besoin"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="contributions",
    )
    name = models.CharField(_("nom"), max_length=120)
    email = models.EmailField(_("courriel"))
    organisation = models.CharField(_("structure"), max_length=200, blank=True)
    message = models.TextField(_("message"), max_length=2000)
    status = models.CharField(
        _("état"),
        max_length=10,
        choices=ContributionStatus.choices,
        default=ContributionStatus.NEW,
        db_index=True,
    )
    created_at = models.DateTimeField(_("reçue le"), auto_now_add=True)

    # The team answers from this page (projects/contribution_admin.py).
    base_form_class = ContributionAdminForm
    panels = [
        MultiFieldPanel(
            [
                InfoPanel("name"),
                InfoPanel("email"),
                InfoPanel("organisation"),
                InfoPanel("project"),
                InfoPanel("need"),
                InfoPanel("message"),
            ],
            heading=_("La proposition"),
        ),
        MultiFieldPanel(
            [FieldPanel("answer"), FieldPanel("status")],
            heading=_("Répondre"),
        ),
        ContributionHistoryPanel(heading=_("Historique")),
    ]

    class Meta:
        verbose_name = _("proposition d’aide")
        verbose_name_plural = _("propositions d’aide")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["territory", "status", "-created_at"], name="contribution_idx")
        ]

    def __str__(self):
        return f"{self.name} – {self.subject_title}"

    @property
    def subject_title(self) -> str:
        if self.need is not None:  # no query when there is none
            return self.need.title
        if self.project is not None:
            return self.project.title
        return ""


class IntroductionOutcome(models.TextChoices):
    WORKED = "worked", _("Ça a marché")
    ONGOING = "ongoing", _("En cours")
    NO_FOLLOW_UP = "none", _("Sans suite")


class IntroductionParty(models.TextChoices):
    NEED = "need", _("Le demandeur")
    ANSWERER = "answerer", _("L’acteur qui peut répondre")


class Introduction(models.Model):
    """« Mettre en relation »: a need and an actor who can answer it, introduced by e-mail.

    The need side is either a ``need`` (a project's or an actor's), or a ``seeker``: an
    actor that seeks ``need_kind`` (``need_kind`` is kept for both, the need's own kind).
    The outcome is recorded once for the introduction, by the first party who answers the
    follow-up link (``outcome_by`` says which); the other party's link then only says it
    is recorded. « Ça a marché » on a need fills it (``Need.filled_through``).

    For the impact figures: ``created_at`` (when it was made), ``outcome`` and
    ``outcome_at``, and ``filled_needs``.
    """

    territory = models.ForeignKey(
        "territories.Territory",
        verbose_name=_("territoire"),
        on_delete=models.CASCADE,
        related_name="introductions",
    )
    need = models.ForeignKey(
        Need,
        verbose_name=_("besoin"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="introductions",
    )
    seeker = models.ForeignKey(
        "actors.Actor",
        verbose_name=_("acteur qui cherche"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="introductions_as_seeker",
    )
    need_kind = models.ForeignKey(
        "actors.NeedKind",
        verbose_name=_("ce qui est cherché"),
        on_delete=models.PROTECT,
        related_name="introductions",
    )
    answerer = models.ForeignKey(
        "actors.Actor",
        verbose_name=_("acteur qui peut répondre"),
        on_delete=models.CASCADE,
        related_name="introductions_as_answerer",
    )
    # What was sent, to whom (the parties' addresses are kept for the follow-up only).
    subject = models.CharField(_("objet du courriel"), max_length=200)
    message = models.TextField(_("texte du courriel"), max_length=5000)
    need_email = models.EmailField(_("courriel du demandeur"), editable=False)
    answerer_email = models.EmailField(_("courriel de l’acteur"), editable=False)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("envoyé par"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Not auto_now_add: the demo spreads its introductions over the past year.
    created_at = models.DateTimeField(_("mise en relation le"), default=timezone.now)
    follow_up_sent_at = models.DateTimeField(
        _("relance envoyée le"), null=True, blank=True, editable=False
    )
    outcome = models.CharField(
        _("résultat"), max_length=10, choices=IntroductionOutcome.choices, blank=True
    )
    outcome_at = models.DateTimeField(_("résultat reçu le"), null=True, blank=True, editable=False)
    outcome_by = models.CharField(
        _("résultat donné par"),
        max_length=10,
        choices=IntroductionParty.choices,
        blank=True,
        editable=False,
    )

    panels = [FieldPanel("subject", read_only=True), FieldPanel("message", read_only=True)]

    class Meta:
        verbose_name = _("mise en relation")
        verbose_name_plural = _("mises en relation")
        ordering = ["-created_at", "-pk"]
        # Listed and read in the admin; made through « Mettre en relation » only.
        default_permissions = ("view",)
        permissions = [("introduce", _("Peut mettre en relation"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(need__isnull=False, seeker__isnull=True)
                | Q(need__isnull=True, seeker__isnull=False),
                name="introduction_one_need_side",
            ),
        ]
        indexes = [
            models.Index(fields=["territory", "-created_at"], name="introduction_territory_idx"),
            models.Index(fields=["need", "answerer"], name="introduction_need_idx"),
            models.Index(
                fields=["seeker", "need_kind", "answerer"], name="introduction_seeker_idx"
            ),
            models.Index(
                fields=["follow_up_sent_at", "created_at"],
                condition=Q(follow_up_sent_at__isnull=True),
                name="introduction_follow_up_idx",
            ),
        ]

    def __str__(self):
        return f"{self.need_side_name} – {self.answerer_name}"

    @property
    def need_side_name(self) -> str:
        if self.need is not None:
            return self.need.title
        return self.seeker.name if self.seeker is not None else ""

    @property
    def answerer_name(self) -> str:
        return self.answerer.name if self.answerer_id is not None else ""

    @property
    def outcome_label(self) -> str:
        """The outcome in French, « en attente » before anyone answered."""
        if not self.outcome:
            return str(_("en attente de réponse"))
        return str(self.get_outcome_display())


class ContributionEvent(models.Model):
    """One step of a contribution's follow-up: an answer the team e-mailed to the contributor
    (``answer``), a change of state (``status``: the state it moved to), or both at once."""

    contribution = models.ForeignKey(
        Contribution,
        verbose_name=_("proposition d’aide"),
        on_delete=models.CASCADE,
        related_name="events",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("date"), auto_now_add=True)
    answer = models.TextField(_("réponse"), blank=True, max_length=5000)
    status = models.CharField(
        _("nouvel état"), max_length=10, choices=ContributionStatus.choices, blank=True
    )
    notification = models.ForeignKey(
        "network.Notification",
        verbose_name=_("courriel"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("suivi d’une proposition d’aide")
        verbose_name_plural = _("suivis des propositions d’aide")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.contribution_id} – {self.created_at:%Y-%m-%d %H:%M}"
