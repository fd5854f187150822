"""``{% shared_html %}``: a part of a template rendered once per change of what it shows, and
shared by every request and process (``site_core.fragments.shared``).

Rendering is most of a page's time, and much of it is parts every page of a language shows
alike (the footer and its sign-up form) or that show one object as every list does (a post's
card). Such a part is kept as HTML, keyed by the active language, the Latin-script variant, the
host and the values given, and by the counters of the tags it names::

    {% shared_html "post-card" post.pk heading_level tags="news news-labels" records=False %}
      ...
    {% endshared_html %}

``tags=`` may name a variable holding them, space-separated, for tags that depend on the page.

Only for what depends on nothing but those: never a CSRF token, a CSP nonce, a user or a form's
errors. ``records=False`` when every page showing it already depends on those tags (see
``shared``).
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from kazakh_latin import variant
from site_core.fragments import shared

register = template.Library()


class SharedHTMLNode(template.Node):
    def __init__(self, name: str, vary, tags: tuple[str, ...], records: bool, nodelist):
        self.name, self.vary, self.tags, self.records, self.nodelist = name, vary, tags, records, nodelist

    def render(self, context):
        request = context.get("request")
        if getattr(request, "is_preview", False):
            # A preview shows a draft: never the shared HTML of the live page, nor kept as it.
            return self.nodelist.render(context)
        parts = [
            get_language(),
            variant.is_latin(request),
            request.get_host() if request is not None else "",
            *(value.resolve(context) for value in self.vary),
        ]
        html = shared(
            f"html:{self.name}",
            lambda: str(self.nodelist.render(context)),
            *parts,
            tags=self.tags if isinstance(self.tags, tuple) else tuple(self.tags.resolve(context).split()),
            records=self.records,
        )
        return mark_safe(html)  # noqa: S308  # nosec B308 B703 - rendered by the template engine above


@register.tag
def shared_html(parser, token):
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'":
        raise template.TemplateSyntaxError(f"{bits[0]} needs a quoted name first")
    name, vary, tags, records = bits[1][1:-1], [], None, True
    for bit in bits[2:]:
        if bit.startswith('tags="') or bit.startswith("tags='"):
            tags = tuple(bit[len("tags=") :].strip("\"'").split())
        elif bit.startswith("tags="):
            tags = parser.compile_filter(bit[len("tags=") :])  # a variable: space-separated tags
        elif bit == "records=False":
            records = False
        else:
            vary.append(parser.compile_filter(bit))
    if tags is None:
        # Without tags the part would change with any content at all: say what it shows.
        raise template.TemplateSyntaxError(f'{bits[0]} needs tags="..."')
    nodelist = parser.parse(("endshared_html",))
    parser.delete_first_token()
    return SharedHTMLNode(name, vary, tags, records, nodelist)
