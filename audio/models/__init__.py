from .files import AudioFile
from .pages import AudioGalleryPage, GalleryTrack

__all__ = ["AudioFile", "AudioGalleryPage", "GalleryTrack"]
