"""StreamField blocks shared by the page types' bodies."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail_localize.segments import StringSegmentValue

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript", "subscript"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Subsection heading"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading_block.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        required=False,
        label=_("Text alternative"),
        help_text=_("Describe the image for people who cannot see it; leave empty if it is decorative."),
    )
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "image"
        template = "components/blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    source = blocks.CharBlock(required=False, label=_("Source"))

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote_block.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo link."))
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "media"
        template = "components/blocks/video_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False, label=_("Link text"), help_text=_("Defaults to the document title.")
    )

    class Meta:
        icon = "doc-full"
        template = "components/blocks/document_block.html"


class TranslatableTableBlock(TableBlock):
    """A table whose caption and cells go to translators one by one: wagtail-localize would
    otherwise copy tables unchanged into every language."""

    def get_translatable_segments(self, value):
        if not value:
            return []
        segments = []
        if value.get("table_caption"):
            segments.append(StringSegmentValue("caption", value["table_caption"]))
        for row_index, row in enumerate(value.get("data") or []):
            for column_index, cell in enumerate(row):
                if cell and str(cell).strip():
                    segments.append(StringSegmentValue(f"{row_index}.{column_index}", str(cell)))
        return segments

    def restore_translated_segments(self, value, segments):
        value = {**value, "data": [list(row) for row in value.get("data") or []]}
        for segment in segments:
            text = segment.render_text()
            if segment.path == "caption":
                value["table_caption"] = text
            else:
                row_index, column_index = (int(part) for part in segment.path.split("."))
                value["data"][row_index][column_index] = text
        return value

    class Meta:
        icon = "table"
        template = "components/blocks/table_block.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph"), icon="pilcrow")
    heading = HeadingBlock(label=_("Heading"))
    image = CaptionedImageBlock(label=_("Image"))
    quote = QuoteBlock(label=_("Quote"))
    video = VideoBlock(label=_("Video"))
    document = DocumentLinkBlock(label=_("Document link"))
    table = TranslatableTableBlock(label=_("Table"))
