import os

from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from audio.models import AudioFile
from audio.ranges import Unsatisfiable, parse_range

CHUNK = 64 * 1024
CACHE_CONTROL = "public, max-age=86400"


def _read(handle, start: int, length: int):
    handle.seek(start)
    remaining = length
    try:
        while remaining > 0:
            chunk = handle.read(min(CHUNK, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk
    finally:
        handle.close()


def _common_headers(response, audio: AudioFile) -> None:
    response["Accept-Ranges"] = "bytes"
    response["Cache-Control"] = CACHE_CONTROL
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Disposition"] = f'inline; filename="{os.path.basename(audio.file.name)}"'
    response["Last-Modified"] = http_date(audio.created_at.timestamp())


def _on_local_disk(storage, name: str) -> bool:
    # Every storage has a path() method; object storages raise NotImplementedError from it.
    try:
        storage.path(name)
    except NotImplementedError:
        return False
    return True


@require_safe
def serve_audio(request, pk: int, filename: str):
    """Streams an audio file with range support (206/416), so players can seek, also when the
    application serves the file itself. Files on object storage that cannot be opened locally
    are redirected to the storage's own URL, which serves ranges itself."""
    audio = get_object_or_404(AudioFile, pk=pk)
    if not audio.file:
        raise Http404
    storage = audio.file.storage
    if not _on_local_disk(storage, audio.file.name):
        return HttpResponseRedirect(audio.file.url)
    try:
        size = audio.file.size
    except OSError:
        raise Http404 from None

    try:
        byte_range = parse_range(request.headers.get("Range"), size)
    except Unsatisfiable:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        _common_headers(response, audio)
        return response

    handle = storage.open(audio.file.name, "rb")
    if byte_range is None:
        response = FileResponse(handle, content_type=audio.mime_type)
        response["Content-Length"] = str(size)
    else:
        start, end = byte_range
        length = end - start + 1
        response = StreamingHttpResponse(
            _read(handle, start, length), status=206, content_type=audio.mime_type
        )
        response["Content-Length"] = str(length)
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    _common_headers(response, audio)
    return response
