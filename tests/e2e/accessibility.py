"""axe-core checks for browser journeys: every page a journey opens goes through here."""

from axe_playwright_python.sync_playwright import Axe

BLOCKING_IMPACTS = {"serious", "critical"}
_axe = Axe()


def assert_accessible(page, impacts=BLOCKING_IMPACTS) -> None:
    """No axe violation of the given impacts (``None``: of any impact) on the page as it is."""
    results = _axe.run(page)
    blocking = [v for v in results.response["violations"] if impacts is None or v.get("impact") in impacts]
    report = "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in blocking
    )
    assert not blocking, f"axe found serious accessibility problems on {page.url}:\n{report}"
