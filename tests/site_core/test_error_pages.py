import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("code", "heading"),
    [("kk", "Бірдеңе дұрыс болмады"), ("ru", "Что-то пошло не так"), ("en", "Something went wrong")],
)
def test_server_error_page_is_localised_and_shows_no_traceback(
    client, settings, multilingual_site, code, heading
):
    settings.ROOT_URLCONF = "tests.site_core.urls_with_error"
    client.raise_request_exception = False

    response = client.get(f"/{code}/explode/")
    html = response.content.decode()

    assert response.status_code == 500
    assert f'<html lang="{code}">' in html
    assert heading in html
    assert "Traceback" not in html and "a bug in a view" not in html


def test_bad_host_gets_a_localised_400(client, settings, multilingual_site):
    settings.ALLOWED_HOSTS = ["embassy.example"]
    response = client.get("/ru/", HTTP_HOST="evil.example")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Неверный запрос" in html
    assert "Traceback" not in html


def test_an_unreachable_database_is_a_localised_503_with_retry_after(client, settings, multilingual_site):
    settings.ROOT_URLCONF = "tests.site_core.urls_with_error"
    client.raise_request_exception = False
    response = client.get("/kk/database-away/")
    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Сайт уақытша қолжетімсіз" in html
    assert "Traceback" not in html and "127.0.0.1" not in html
