"""The shared library of the network: method sheets, lessons and the glossary.

The pages live once, under the network home (``LibraryIndexPage`` → ``MethodPage``,
``LessonPage``). Territory teams have no page permission on the network tree, so only the
network's editors change them; territory hosts show them under ``/bibliotheque/`` through
``library.views.library_page`` (same content, canonical link to the network site).
"""

from django.contrib.auth import get_user_model
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from experiences.models import ExperiencePage
from network import params
from network.models import Theme
from network.page_forms import SlugFromTitlePageForm
from network.restrictions import ViewRestrictionsMixin, public

LIBRARY_SLUG = "bibliotheque"
TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class MethodStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Étape"), max_length=120)
    duration = blocks.IntegerBlock(label=_("Durée (minutes)"), min_value=0, required=False)
    instructions = blocks.TextBlock(label=_("Consignes"))

    class Meta:
        icon = "list-ol"
        label = _("Étape")


class LibraryIndexPage(ViewRestrictionsMixin, Page):
    """Home of the shared library, on the network site, slug ``bibliotheque``."""

    base_form_class = SlugFromTitlePageForm

    intro = models.TextField(_("chapeau"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["network.NetworkHomePage"]
    subpage_types = ["library.MethodPage", "library.LessonPage"]
    max_count = 1
    template = "library/library_index_page.html"

    class Meta:
        # Tables keep the names they had in the network app (rows kept, migration 0001).
        db_table = "network_libraryindexpage"
        verbose_name = _("bibliothèque")
        verbose_name_plural = _("bibliothèques")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        theme = params.single(request.GET, "theme", max_length=params.MAX_SLUG_LENGTH).strip()
        methods = public(MethodPage.objects.child_of(self).live()).order_by("title")
        lessons = public(LessonPage.objects.child_of(self).live()).order_by("number", "title")
        if theme:
            methods = methods.filter(themes__slug=theme)
            lessons = lessons.filter(themes__slug=theme)
        context.update(
            methods=methods,
            lessons=lessons,
            themes=Theme.objects.all(),
            current_theme=theme,
            glossary=GlossaryTerm.objects.all(),
        )
        return context


class MethodPage(ViewRestrictionsMixin, Page):
    """A method sheet: how to run a workshop, a mapping, a field visit..."""

    base_form_class = SlugFromTitlePageForm

    objective = models.TextField(_("objectif"), max_length=1000)
    when_to_use = models.TextField(_("quand l’utiliser"), blank=True, max_length=2000)
    duration = models.CharField(
        _("durée"), max_length=80, blank=True, help_text=_("Par exemple « 20 minutes ».")
    )
    group_size = models.CharField(_("taille du groupe"), max_length=80, blank=True)
    roles = models.TextField(_("rôles"), blank=True, max_length=2000)
    materials = models.TextField(_("matériel"), blank=True, max_length=2000)
    steps = StreamField([("step", MethodStepBlock())], verbose_name=_("déroulé"), blank=True)
    tips = models.TextField(_("conseils"), blank=True, max_length=3000)
    pitfalls = models.TextField(_("pièges à éviter"), blank=True, max_length=3000)
    variants = models.TextField(_("variantes"), blank=True, max_length=3000)
    handouts = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        verbose_name=_("supports à télécharger"),
        blank=True,
    )
    themes = ParentalManyToManyField("network.Theme", verbose_name=_("thèmes"), blank=True)
    # The link to the experiences' taxonomy: write-ups tick ``experiences.Method`` and the
    # sheet lists them (``used_by_experiences``); ``method.library_page`` goes the other way.
    experience_method = models.OneToOneField(
        "experiences.Method",
        verbose_name=_("méthode des expériences"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="library_page",
        help_text=_("Les expériences qui cochent cette méthode sont listées sur la fiche."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("objective"),
        FieldPanel("when_to_use"),
        MultiFieldPanel(
            [FieldPanel("duration"), FieldPanel("group_size"), FieldPanel("roles")],
            heading=_("Cadre"),
        ),
        FieldPanel("materials"),
        FieldPanel("steps"),
        FieldPanel("tips"),
        FieldPanel("pitfalls"),
        FieldPanel("variants"),
        FieldPanel("handouts"),
        FieldPanel("themes"),
        FieldPanel("experience_method"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("objective", boost=2),
        index.SearchField("when_to_use"),
        index.SearchField("roles"),
        index.SearchField("materials"),
        index.SearchField("steps"),
        index.SearchField("tips"),
        index.SearchField("pitfalls"),
        index.SearchField("variants"),
    ]
    parent_page_types = ["library.LibraryIndexPage"]
    subpage_types: list[str] = []
    template = "library/method_page.html"

    class Meta:
        db_table = "network_methodpage"
        verbose_name = _("fiche méthode")
        verbose_name_plural = _("fiches méthodes")

    @property
    def search_excerpt(self) -> str:
        return self.objective

    @property
    def steps_minutes(self) -> int:
        return sum(step.value.get("duration") or 0 for step in self.steps)

    def used_by_experiences(self):
        """Live, public experiences that ticked this method (none until it is linked)."""
        if not self.experience_method_id:
            return ExperiencePage.objects.none()
        experiences = ExperiencePage.objects.live().filter(methods=self.experience_method_id)
        return public(experiences).order_by("title")


class LessonPage(ViewRestrictionsMixin, Page):
    """A lesson (« enseignement ») drawn from the pioneers' practice."""

    base_form_class = SlugFromTitlePageForm

    number = models.PositiveSmallIntegerField(_("numéro"), null=True, blank=True)
    statement = models.TextField(_("énoncé"), max_length=600)
    explanation = RichTextField(_("explication"), features=TEXT_FEATURES, blank=True)
    practice = RichTextField(
        _("ce que cela change en pratique"), features=TEXT_FEATURES, blank=True
    )
    evidence_experiences = ParentalManyToManyField(
        "experiences.ExperiencePage",
        verbose_name=_("expériences qui l’illustrent"),
        blank=True,
        related_name="library_lessons",
    )
    evidence_territories = ParentalManyToManyField(
        "territories.Territory",
        verbose_name=_("territoires qui l’illustrent"),
        blank=True,
        related_name="library_lessons",
    )
    themes = ParentalManyToManyField("network.Theme", verbose_name=_("thèmes"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("number"),
        FieldPanel("statement"),
        FieldPanel("explanation"),
        FieldPanel("practice"),
        FieldPanel("evidence_experiences"),
        FieldPanel("evidence_territories"),
        FieldPanel("themes"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("statement", boost=2),
        index.SearchField("explanation"),
        index.SearchField("practice"),
    ]
    parent_page_types = ["library.LibraryIndexPage"]
    subpage_types: list[str] = []
    template = "library/lesson_page.html"

    class Meta:
        db_table = "network_lessonpage"
        verbose_name = _("enseignement")
        verbose_name_plural = _("enseignements")

    @property
    def search_excerpt(self) -> str:
        return self.statement


class GlossaryTerm(index.Indexed, models.Model):
    """A term of the glossary, linked from the library's text where it appears."""

    term = models.CharField(_("terme"), max_length=120, unique=True)
    slug = models.SlugField(_("identifiant"), max_length=120, unique=True)
    definition = models.TextField(_("définition"), max_length=2000)

    panels = [FieldPanel("term"), FieldPanel("slug"), FieldPanel("definition")]
    search_fields = [
        index.SearchField("term", boost=3),
        index.AutocompleteField("term"),
        index.SearchField("definition"),
    ]

    class Meta:
        db_table = "network_glossaryterm"
        ordering = ["term"]
        verbose_name = _("terme du glossaire")
        verbose_name_plural = _("glossaire")

    def __str__(self):
        return self.term

    @cached_property
    def anchor(self) -> str:
        return f"terme-{self.slug}"

    @property
    def search_excerpt(self) -> str:
        return self.definition


class NetworkTeamPolicy(ModelPermissionPolicy):
    """The glossary belongs to the network team (``territories.manage_network``)."""

    def user_has_permission(self, user, action):
        return bool(
            user.is_active and (user.is_superuser or user.has_perm("territories.manage_network"))
        )

    def users_with_any_permission(self, actions):
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(
                Q(is_superuser=True)
                | Q(groups__permissions__codename="manage_network")
                | Q(user_permissions__codename="manage_network")
            )
            .distinct()
        )


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossaire")
    list_display = ["term", "slug"]
    search_fields = ["term"]


register_permission_policy(GlossaryTerm, NetworkTeamPolicy(GlossaryTerm))
register_snippet(GlossaryTermViewSet)
