"""Stream blocks of an experience write-up: dated steps, figures, images, documents."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from network.blocks import FigureBlock


class StepBlock(blocks.StructBlock):
    """One dated step of the timeline."""

    date = blocks.DateBlock(
        label=_("Date"),
        help_text=_("Si seul le mois est connu, choisissez le premier jour du mois."),
    )
    title = blocks.CharBlock(label=_("Étape"), max_length=200)
    text = blocks.TextBlock(label=_("Ce qui s’est passé"), required=False, max_length=2000)

    class Meta:
        icon = "date"
        label = _("Étape")
        description = _("Une étape datée : lancement, première réunion, premier résultat…")


class ExperienceFigureBlock(FigureBlock):
    """A result with a figure: value, unit and what it measures."""

    class Meta:
        icon = "table"
        label = _("Chiffre")
        description = _("Un résultat chiffré, par exemple « 45 » « projets » « soutenus ».")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Titre affiché"),
        required=False,
        max_length=200,
        help_text=_("Laissé vide, le titre du document est utilisé."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")


class StepsBlock(blocks.StreamBlock):
    step = StepBlock()


class FiguresBlock(blocks.StreamBlock):
    figure = ExperienceFigureBlock()


class ImagesBlock(blocks.StreamBlock):
    image = ImageBlock(label=_("Image"))


class DocumentsBlock(blocks.StreamBlock):
    document = DocumentBlock()
