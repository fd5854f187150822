from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

robots_txt = require_safe(
    cache_control(max_age=3600, public=True)(
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain; charset=utf-8")
    )
)
