from django.utils import translation

import pytest

from site_core.models import SiteSettings

pytestmark = pytest.mark.django_db


def test_settings_fall_back_to_english_when_a_language_is_empty(site_settings):
    settings = SiteSettings.objects.get(pk=site_settings.pk)
    with translation.override("kk"):
        assert settings.embassy_name == "Қазақстан Елшілігі"
        assert settings.address == "125 Example Avenue\nCapital City"  # no Kazakh address: English
    with translation.override("ru"):
        assert settings.opening_hours == "Понедельник–пятница, 09:00–18:00"
    settings.opening_hours_ru = ""
    settings.save()
    with translation.override("ru"):
        assert SiteSettings.objects.get(pk=settings.pk).opening_hours == "Monday to Friday, 09:00–18:00"


@pytest.mark.parametrize(
    ("code", "name", "hours"),
    [
        ("kk", "Қазақстан Елшілігі", "Дүйсенбі–жұма, 09:00–18:00"),
        ("ru", "Посольство Казахстана", "Понедельник–пятница, 09:00–18:00"),
        ("en", "Embassy of Kazakhstan", "Monday to Friday, 09:00–18:00"),
    ],
)
def test_header_and_footer_show_the_settings_in_the_page_language(
    client, multilingual_site, code, name, hours
):
    html = client.get(f"/{code}/").content.decode()
    assert f'<span class="brand__name">{name}</span>' in html
    assert hours in html
    assert "125 Example Avenue<br>Capital City" in html
    assert 'href="tel:+12025550142"' in html
    assert 'href="mailto:info@embassy.example"' in html


def test_pages_render_without_settings_and_without_writing_any(client, home):
    response = client.get("/en/")
    assert response.status_code == 200
    assert not SiteSettings.objects.exists()


def test_admin_edits_each_language_in_its_own_tab(admin_client, site_settings):
    response = admin_client.get(f"/admin/settings/site_core/sitesettings/{site_settings.site_id}/")
    html = response.content.decode()
    assert response.status_code == 200
    for code in ("kk", "ru", "en"):
        assert f'name="embassy_name_{code}"' in html
        assert f'name="opening_hours_{code}"' in html
    for heading in ("Қазақша", "Русский", "English"):
        assert heading in html
