from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from site_core.fragments import shared
from site_core.home_sections import HOOK_NAME, HomeSection
from site_core.renditions import with_renditions
from site_core.storage_errors import SnippetCreateView

from .models import AudioFile, GalleryTrack
from .models.pages import COVER

HOME_TRACK_COUNT = 3


class AudioFileViewSet(SnippetViewSet):
    model = AudioFile
    icon = "media"
    menu_label = _("Audio files")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["title", "format_name", "duration", "created_at"]
    list_filter = ["format_name"]
    search_fields = ["title"]
    # A storage refusing the file is a form error, not a 500 (site_core.storage_errors).
    add_view_class = SnippetCreateView


register_snippet(AudioFileViewSet)


@hooks.register(HOOK_NAME)
def featured_music(request, home_page):
    # The featured tracks change only with the galleries and their recordings: loaded once per
    # change, with their covers' renditions, and shared.
    tracks = shared(
        "featured-tracks",
        lambda: list(
            with_renditions(GalleryTrack.objects.select_related("audio", "page"), "cover", COVER)
            .filter(page__locale_id=home_page.locale_id, page__live=True, featured=True, audio__isnull=False)
            .order_by("page__path", "sort_order")[:HOME_TRACK_COUNT]
        ),
        home_page.locale_id,
        tags=("audio",),
    )
    if not tracks:
        return None
    return HomeSection(
        key="music",
        template="audio/home_section.html",
        order=30,
        context={
            "title": _("Kazakhstan Music"),
            "tracks": tracks,
            "gallery_url": tracks[0].page.get_url(request),
        },
    )
