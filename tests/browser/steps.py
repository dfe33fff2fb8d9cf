"""What people do in the browser tests: sign in, and have axe-core check what they see."""

from axe_playwright_python.sync_playwright import Axe

from cms.factories import USER_PASSWORD

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def sign_in(page, url: str, username: str, password: str = USER_PASSWORD) -> None:
    """Sign in through the admin's login form, as whoever signed in before signs out."""
    page.context.clear_cookies()
    page.goto(url + "/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(password)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")


def assert_accessible(page, selector: str | None = None) -> None:
    """axe-core's WCAG 2.1 A/AA rules on the page, or on the part ``selector`` names."""
    results = Axe().run(page, context=selector, options=WCAG_21_AA)
    violations = [f"{v['id']}: {v['help']} ({len(v['nodes'])}×)" for v in results.response["violations"]]
    where = f"{selector} of {page.url}" if selector else page.url
    assert not violations, f"axe-core on {where}:\n" + "\n".join(violations)
