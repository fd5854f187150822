from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = _("Email list")

    def ready(self):
        from taskqueue.signals import worker_starting

        worker_starting.connect(resume_sendings, dispatch_uid="newsletter-resume-sendings")


def resume_sendings(**_kwargs) -> None:
    from django.conf import settings

    from newsletter.sending import sweep, sweep_sendings
    from taskqueue.schedule import again_after

    sweep()
    again_after(sweep_sendings, settings.NEWSLETTER_SWEEP_SECONDS)
