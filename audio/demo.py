"""The reference page's "Kazakhstan Music" with three music samples the project synthesises."""

from django.core.files.base import ContentFile

from wagtail.models import Locale

from audio.melodies import melody_wav
from audio.models import AudioFile, AudioGalleryPage, GalleryTrack
from home.models import HomePage
from site_core.demo.pages import publish_translations

GALLERY = {
    "en": {
        "title": "Kazakhstan Music",
        "intro": "<p>Music samples in a Kazakh pentatonic mode, played on a synthesised dombra.</p>",
    },
    "kk": {
        "title": "Қазақстан музыкасы",
        "intro": "<p>Синтезделген домбырада орындалған қазақ пентатоникасындағы музыкалық үлгілер.</p>",
    },
    "ru": {
        "title": "Музыка Казахстана",
        "intro": "<p>Музыкальные фрагменты в казахском пентатоническом ладу в исполнении синтезированной домбры.</p>",
    },
}

PERFORMER = {
    "en": "Synthesised dombra (made by this website)",
    "kk": "Синтезделген домбыра (осы сайт жасаған)",
    "ru": "Синтезированная домбра (создано этим сайтом)",
}

TRACKS = [
    {
        "melody": "morning",
        "en": {
            "title": "Music sample 1: Morning in the steppe",
            "origin": "Melody in the A minor pentatonic",
            "description": "A calm melody that rises with the sun over the steppe.",
            "notes": "Slow, freely: the player lets every note ring.",
        },
        "kk": {
            "title": "1-музыкалық үлгі: Даладағы таң",
            "origin": "Ля минор пентатоникасындағы әуен",
            "description": "Дала үстінде күнмен бірге көтерілетін сабырлы әуен.",
            "notes": "Баяу, еркін: орындаушы әр дыбысты созып шығарады.",
        },
        "ru": {
            "title": "Музыкальный фрагмент 1: Утро в степи",
            "origin": "Мелодия в ля-минорной пентатонике",
            "description": "Спокойная мелодия, поднимающаяся вместе с солнцем над степью.",
            "notes": "Медленно, свободно: исполнитель даёт прозвучать каждой ноте.",
        },
    },
    {
        "melody": "horses",
        "en": {
            "title": "Music sample 2: Galloping horses",
            "origin": "In the style of a fast küi",
            "description": "A quick rhythm that recalls horses racing across the plain.",
            "notes": "Fast and even, like hoofbeats.",
        },
        "kk": {
            "title": "2-музыкалық үлгі: Шапқан тұлпарлар",
            "origin": "Жылдам күй сарынында",
            "description": "Жазықта шапқан жылқыларды еске салатын жылдам ырғақ.",
            "notes": "Тұяқ дүбіріндей жылдам әрі бірқалыпты.",
        },
        "ru": {
            "title": "Музыкальный фрагмент 2: Скачущие кони",
            "origin": "В духе быстрого кюя",
            "description": "Быстрый ритм, напоминающий коней, мчащихся по равнине.",
            "notes": "Быстро и ровно, как стук копыт.",
        },
    },
    {
        "melody": "lullaby",
        "en": {
            "title": "Music sample 3: Lullaby",
            "origin": "After a Kazakh cradle song (besik zhyry)",
            "description": "A gentle cradle song, slow and quiet.",
            "notes": "Hush, little one, the moon is over the yurt.",
        },
        "kk": {
            "title": "3-музыкалық үлгі: Бесік жыры",
            "origin": "Қазақтың бесік жыры негізінде",
            "description": "Баяу әрі тыныш, нәзік бесік жыры.",
            "notes": "Әлди-әлди, ақ бөпем, киіз үйдің үстінде ай тұр.",
        },
        "ru": {
            "title": "Музыкальный фрагмент 3: Колыбельная",
            "origin": "По мотивам казахской колыбельной (бесік жыры)",
            "description": "Нежная колыбельная, медленная и тихая.",
            "notes": "Баю-бай, малыш, над юртой взошла луна.",
        },
    },
]


def _audio_file(track) -> AudioFile:
    title = track["en"]["title"]
    audio = AudioFile.objects.filter(title=title).first()
    if audio is None:
        audio = AudioFile(title=title)
        audio.file = ContentFile(melody_wav(track["melody"]), name=f"{track['melody']}.wav")
        audio.file._committed = False
        audio.full_clean()
        audio.save()
    return audio


def load_demo(log) -> None:
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=english)
    gallery = AudioGalleryPage.objects.child_of(home).filter(locale=english).first()
    if gallery is None:
        tracks = [
            GalleryTrack(
                locale=english,
                audio=_audio_file(track),
                performer=PERFORMER["en"],
                featured=True,
                **track["en"],
            )
            for track in TRACKS
        ]
        gallery = home.add_child(
            instance=AudioGalleryPage(
                slug="music", locale=english, show_in_menus=True, tracks=tracks, **GALLERY["en"]
            )
        )
        gallery.save_revision().publish()
        log(f"  published en: {gallery.title}")
    translations = publish_translations(gallery, GALLERY, log)
    for code, page in translations.items():
        if (
            code == "en"
            or page.tracks.first() is None
            or page.tracks.first().title != TRACKS[0]["en"]["title"]
        ):
            continue
        tracks = list(page.tracks.order_by("sort_order"))
        for track, texts in zip(tracks, TRACKS, strict=True):
            for name, value in texts[code].items():
                setattr(track, name, value)
            track.performer = PERFORMER[code]
        page.tracks = tracks
        page.save_revision().publish()
        log(f"  translated the tracks into {code}")
