"""Draws the demo pictures (steppe landscapes in varying light), so the demo needs no
downloaded or third-party image: the project owns every picture it ships."""

import io
from dataclasses import dataclass

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Collection

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter

WIDTH, HEIGHT = 1920, 720


@dataclass(frozen=True)
class Palette:
    sky_top: tuple = (4, 70, 104)
    sky_bottom: tuple = (120, 205, 222)
    sun: tuple = (254, 205, 40)
    far_ground: tuple = (168, 140, 60)
    near_ground: tuple = (120, 98, 38)
    sun_x: int = 1440


SUNRISE = Palette()
PALETTES = {
    "sunrise": SUNRISE,
    "noon": Palette((40, 120, 190), (170, 220, 245), (255, 240, 170), (120, 160, 70), (80, 120, 50), 960),
    "dusk": Palette((40, 30, 80), (230, 120, 80), (255, 170, 60), (90, 60, 70), (50, 35, 45), 520),
    "winter": Palette(
        (90, 120, 160), (215, 228, 240), (250, 250, 235), (235, 240, 245), (200, 210, 222), 1200
    ),
    "spring": Palette((30, 110, 160), (190, 230, 210), (255, 220, 90), (110, 170, 80), (70, 135, 60), 700),
    "night": Palette((8, 14, 40), (30, 60, 110), (235, 235, 210), (40, 45, 60), (22, 26, 38), 1500),
    "autumn": Palette((60, 110, 150), (235, 200, 150), (255, 190, 80), (190, 120, 50), (140, 80, 30), 1100),
}


def draw_scene(palette: Palette) -> bytes:
    sky = PILImage.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(sky)
    for y in range(HEIGHT):
        t = y / HEIGHT
        colour = tuple(int(a + (b - a) * t) for a, b in zip(palette.sky_top, palette.sky_bottom, strict=True))
        draw.line([(0, y), (WIDTH, y)], fill=colour)
    glow = PILImage.new("RGB", (WIDTH, HEIGHT), (0, 0, 0))
    x = palette.sun_x
    ImageDraw.Draw(glow).ellipse((x - 200, 250, x + 200, 650), fill=palette.sun)
    sky = PILImage.blend(sky, glow.filter(ImageFilter.GaussianBlur(60)), 0.35)
    draw = ImageDraw.Draw(sky)
    draw.ellipse((x - 100, 350, x + 100, 550), fill=palette.sun)
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
        fill=palette.far_ground,
    )
    draw.polygon(
        [(0, 620), (420, 590), (860, 615), (1300, 585), (1920, 610), (1920, 720), (0, 720)],
        fill=palette.near_ground,
    )
    buffer = io.BytesIO()
    sky.save(buffer, format="JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def get_or_create_demo_image(title: str, palette_name: str = "sunrise"):
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        root = Collection.get_first_root_node() or Collection.add_root(name="Root")
        image = Image(title=title, description="", collection=root)
        slug = "-".join(title.lower().split())[:40]
        image.file = ImageFile(io.BytesIO(draw_scene(PALETTES[palette_name])), name=f"demo-{slug}.jpg")
        image.save()
    return image
