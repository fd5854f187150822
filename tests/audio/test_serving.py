import pytest

from audio.ranges import Unsatisfiable, parse_range

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("bytes=0-99", (0, 99)),
        ("bytes=100-199", (100, 199)),
        ("bytes=900-", (900, 999)),
        ("bytes=-100", (900, 999)),
        ("bytes=-5000", (0, 999)),
        ("bytes=990-5000", (990, 999)),
        ("bytes=50-10", None),
        ("bytes=0-1,5-6", None),
        ("items=0-5", None),
        ("bytes=abc", None),
        ("bytes=-", None),
    ],
)
def test_range_parsing(header, expected):
    assert parse_range(header, 1000) == expected


@pytest.mark.parametrize("header", ["bytes=1000-", "bytes=5000-6000", "bytes=-0"])
def test_unsatisfiable_ranges(header):
    with pytest.raises(Unsatisfiable):
        parse_range(header, 1000)


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def test_whole_file_is_served_with_audio_type_and_safe_headers(client, make_audio):
    audio = make_audio()
    response = client.get(audio.url)
    content = body(response)
    assert response.status_code == 200
    assert response["Content-Type"] == "audio/wav"
    assert response["Accept-Ranges"] == "bytes"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "max-age" in response["Cache-Control"]
    assert int(response["Content-Length"]) == len(content) == audio.file_size
    assert content[:4] == b"RIFF"


def test_first_bytes_middle_and_open_ended_ranges(client, make_audio):
    audio = make_audio()
    whole = body(client.get(audio.url))
    size = len(whole)

    first = client.get(audio.url, HTTP_RANGE="bytes=0-99")
    assert first.status_code == 206
    assert first["Content-Range"] == f"bytes 0-99/{size}"
    assert body(first) == whole[:100]

    middle = client.get(audio.url, HTTP_RANGE="bytes=1000-1999")
    assert middle["Content-Length"] == "1000"
    assert body(middle) == whole[1000:2000]

    rest = client.get(audio.url, HTTP_RANGE=f"bytes={size - 10}-")
    assert rest["Content-Range"] == f"bytes {size - 10}-{size - 1}/{size}"
    assert body(rest) == whole[-10:]

    suffix = client.get(audio.url, HTTP_RANGE="bytes=-20")
    assert body(suffix) == whole[-20:]


def test_bad_range_gets_the_whole_file_and_unsatisfiable_gets_416(client, make_audio):
    audio = make_audio()
    bad = client.get(audio.url, HTTP_RANGE="bytes=zzz")
    assert bad.status_code == 200
    beyond = client.get(audio.url, HTTP_RANGE=f"bytes={audio.file_size}-")
    assert beyond.status_code == 416
    assert beyond["Content-Range"] == f"bytes */{audio.file_size}"


def test_unknown_audio_is_404_and_post_is_refused(client, make_audio):
    audio = make_audio()
    assert client.get("/audio-files/999/x.wav").status_code == 404
    assert client.post(audio.url).status_code == 405
