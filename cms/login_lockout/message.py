"""The German refusal of a locked login."""

from .limits import login_cooloff


def login_lockout_message() -> str:
    minutes = max(1, int(login_cooloff().total_seconds() // 60))
    wait = "einer Minute" if minutes == 1 else f"{minutes} Minuten"
    # Every attempt during the lockout starts the cool-off again (axes'
    # AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT), so the wait named is exact.
    return (
        "Zu viele fehlgeschlagene Anmeldeversuche. Die Anmeldung ist aus Sicherheitsgründen vorübergehend "
        f"gesperrt. Bitte versuchen Sie es in {wait} erneut; jeder weitere Versuch verlängert die Sperre. "
        "Eilt es, kann die Administration die Sperre aufheben."
    )
