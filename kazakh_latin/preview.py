"""Editors preview a Kazakh page in Latin script from the admin: one more preview mode on every
Kazakh page ("Latin script"), which renders the page's default mode and transliterates it as
the site does for /kk-latn/."""

from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from kazakh_latin.middleware import latin_response
from kazakh_latin.variant import CODE, SOURCE


def install() -> None:
    if getattr(Page, "_latin_preview", False):
        return
    own_modes = Page.preview_modes
    own_make_preview_request = Page.make_preview_request

    def preview_modes(self):
        modes = list(own_modes.fget(self))
        if modes and self.locale_id and self.locale.language_code == SOURCE:
            modes.append((CODE, _("Latin script")))
        return modes

    # Wrapped here rather than at serve_preview, which routable pages define for themselves.
    def make_preview_request(self, original_request=None, preview_mode=None, extra_request_attrs=None):
        if preview_mode != CODE:
            return own_make_preview_request(self, original_request, preview_mode, extra_request_attrs)
        default = own_modes.fget(self)[0][0]
        response = own_make_preview_request(self, original_request, default, extra_request_attrs)
        if hasattr(response, "render"):
            response = response.render()
        return latin_response(response)

    Page.preview_modes = property(preview_modes)
    Page.make_preview_request = make_preview_request
    Page._latin_preview = True
