"""Draws the demo hero picture (a steppe at sunrise in the flag's colours), so the demo needs
no downloaded or third-party image."""

import io

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter

WIDTH, HEIGHT = 1920, 720


def draw_steppe() -> bytes:
    sky = PILImage.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(sky)
    top, bottom = (4, 70, 104), (120, 205, 222)
    for y in range(HEIGHT):
        t = y / HEIGHT
        draw.line(
            [(0, y), (WIDTH, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        )
    glow = PILImage.new("RGB", (WIDTH, HEIGHT), (0, 0, 0))
    ImageDraw.Draw(glow).ellipse((1240, 250, 1640, 650), fill=(254, 197, 12))
    sky = PILImage.blend(sky, glow.filter(ImageFilter.GaussianBlur(60)), 0.35)
    draw = ImageDraw.Draw(sky)
    draw.ellipse((1340, 350, 1540, 550), fill=(254, 205, 40))
    draw.polygon(
        [
            (0, 560),
            (300, 520),
            (620, 545),
            (980, 500),
            (1320, 535),
            (1650, 505),
            (1920, 530),
            (1920, 720),
            (0, 720),
        ],
        fill=(168, 140, 60),
    )
    draw.polygon(
        [(0, 620), (420, 590), (860, 615), (1300, 585), (1920, 610), (1920, 720), (0, 720)],
        fill=(120, 98, 38),
    )
    buffer = io.BytesIO()
    sky.save(buffer, format="JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def get_or_create_hero_image(title: str):
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title, description="")
        image.file = ImageFile(io.BytesIO(draw_steppe()), name="demo-steppe-sunrise.jpg")
        image.save()
    return image
