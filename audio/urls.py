from django.urls import path

from audio.views import serve_audio

urlpatterns = [
    path("<int:pk>/<str:filename>", serve_audio, name="audio_file"),
]
