"""After a publish, every app process serves the new page on its next request: two gunicorn
processes share the page cache (as Redis is shared in production; a file cache here)."""

from tests.site_core.app_processes import fetch


def test_every_process_serves_the_new_page_right_after_a_publish(app_processes, multilingual_site, make_post):
    post = make_post(title="Consular hall opens")
    for port in app_processes:
        fetch(port, post.url)
        html, state = fetch(port, post.url)
        assert state == "hit" and "Consular hall opens" in html

    post.title = "Consular hall opens on Monday"
    post.save_revision().publish()

    for port in app_processes:
        html, state = fetch(port, post.url)
        assert state == "miss"
        assert "Consular hall opens on Monday" in html
