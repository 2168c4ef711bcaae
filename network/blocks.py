"""The stream blocks shared by every content page of the network and the territories."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Texte"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Titre de section (h2)")), ("h3", _("Sous-titre (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Titre")
        template = "blocks/heading_block.html"
        description = _("Un titre de section, pour structurer la page.")
        preview_value = {"text": "Nos actions", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Citation"))
    author = blocks.CharBlock(label=_("Auteur ou autrice"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Citation")
        template = "blocks/quote_block.html"
        description = _("Une parole d’acteur mise en avant.")
        preview_value = {
            "text": "Coopérer, c’est d’abord se connaître.",
            "author": "Une animatrice de territoire",
        }


class FigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Valeur"), max_length=40)
    unit = blocks.CharBlock(label=_("Unité"), required=False, max_length=60)
    label = blocks.CharBlock(label=_("Libellé"), max_length=120)

    class Meta:
        icon = "table"
        label = _("Chiffre clé")
        template = "blocks/figure_block.html"
        description = _("Un chiffre mis en valeur avec son libellé.")
        preview_value = {"value": "13", "unit": "communes", "label": "dans le territoire"}


class JoinButtonBlock(blocks.StructBlock):
    """The way in for actors: a button to the territory's sign-up form (on the network's
    site, to the list of territories, since an actor joins one of them)."""

    label = blocks.CharBlock(
        label=_("Texte du bouton"),
        required=False,
        max_length=80,
        help_text=_("Par défaut : « Rejoindre la dynamique »."),
    )

    class Meta:
        icon = "link"
        label = _("Bouton « Rejoindre »")
        template = "blocks/join_button_block.html"
        description = _("Un bouton vers le formulaire d’inscription des acteurs.")
        preview_value = {"label": ""}


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraphe"),
        features=RICH_TEXT_FEATURES,
        template="blocks/paragraph_block.html",
        icon="pilcrow",
        description=_("Du texte mis en forme : gras, listes, liens."),
        preview_value="<p>Les acteurs du territoire se rencontrent chaque trimestre.</p>",
    )
    image = ImageBlock(
        label=_("Image"),
        template="blocks/image_block.html",
        description=_("Une image avec son texte alternatif."),
    )
    quote = QuoteBlock()
    figure = FigureBlock()
    join = JoinButtonBlock()

    class Meta:
        block_counts: dict[str, dict[str, int]] = {}
