from django import template
from django.utils.formats import date_format
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def byline(post, category_url=None):
    """ "Posted by NAME in CATEGORY on DATE", worded for whichever of them the post has."""
    parts = {
        "date": format_html(
            '<time datetime="{}">{}</time>', post.date.isoformat(), date_format(post.date, "DATE_FORMAT")
        )
    }
    if post.author:
        parts["author"] = (
            format_html('<span class="byline__author">{}</span> ({})', post.author.name, post.author.role)
            if post.author.role
            else format_html('<span class="byline__author">{}</span>', post.author.name)
        )
    if post.category:
        parts["category"] = (
            format_html('<a href="{}">{}</a>', category_url, post.category.name)
            if category_url
            else conditional_escape(post.category.name)
        )
    if "author" in parts and "category" in parts:
        text = _("Posted by %(author)s in %(category)s on %(date)s")
    elif "author" in parts:
        text = _("Posted by %(author)s on %(date)s")
    elif "category" in parts:
        text = _("Posted in %(category)s on %(date)s")
    else:
        text = _("Posted on %(date)s")
    return mark_safe(conditional_escape(text) % parts)  # noqa: S308  # nosec B308 B703 - every part is escaped above


@register.inclusion_tag("news/components/bulletin_badge.html")
def bulletin_badge(post):
    return {"post": post}


@register.simple_tag
def pdf_image_url(image, spec):
    """Where the PDF renderer reads an image from (see ``news.pdf.read_rendition``)."""
    from news.pdf import image_url

    return image_url(image, spec)
