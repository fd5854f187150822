"""The demo site carries one information notice in every language, running for 30 days."""

import datetime

from django.utils import timezone

import pytest

from notices import demo
from notices.models import Notice

pytestmark = pytest.mark.django_db


def test_the_demo_notice_shows_in_every_language_and_is_loaded_once(client, pages):
    demo.load_demo(lambda _line: None)
    demo.load_demo(lambda _line: None)
    assert Notice.objects.count() == 3
    for code in ("kk", "ru", "en"):
        html = client.get(f"/{code}/").content.decode()
        assert demo.TITLES[code] in html
    ends = {notice.ends_at for notice in Notice.objects.all()}
    assert len(ends) == 1
    assert ends.pop() - timezone.now() > datetime.timedelta(days=29)
