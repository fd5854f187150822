"""The PDF edition of a bulletin is made by a worker as soon as the post is published, so that
visitors download a stored file instead of waiting for it to be rendered (``news.pdf``)."""

from wagtail.signals import page_published

from django_tasks import task

from news import pdf


@task()
def make_bulletin_pdf(page_id: int) -> None:
    from news.models import NewsPage

    page = NewsPage.objects.live().select_related("locale").filter(pk=page_id).first()
    edition = pdf.Edition.of(page) if page is not None else None
    if edition is not None:
        edition.ensure()


def queue_bulletin_pdf(sender, instance, alias=False, **kwargs) -> None:
    # An alias shows its source's text, and offers its source's PDF: the source's own publish
    # queues that one.
    if alias or not instance.is_bulletin:
        return
    make_bulletin_pdf.enqueue(instance.pk)


def connect() -> None:
    from news.models import NewsPage

    page_published.connect(queue_bulletin_pdf, sender=NewsPage, dispatch_uid="news-bulletin-pdf")
