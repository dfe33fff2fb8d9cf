"""What is throttled, each with its limits (settings) and its German refusal."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings

#: Who is counted: one client at one target, one client at every target of the
#: kind (a guesser moving on), anyone at one target (a guesser with many addresses).
TIERS = ("address_and_target", "address", "target")


@dataclass(frozen=True)
class ThrottleKind:
    name: str
    #: The refusal; ``{wait}`` becomes „15 Minuten“ or „einer Minute“.
    message: str

    def limit(self, tier: str) -> int:
        """Attempts per cool-off in ``tier`` (``IQ_THROTTLE_LIMITS``); 0 switches the tier off."""
        return settings.IQ_THROTTLE_LIMITS[self.name][tier]

    @property
    def cooloff(self) -> timedelta:
        return timedelta(minutes=settings.IQ_THROTTLE_COOLOFF_MINUTES)


VIEW_PASSWORD = ThrottleKind(
    name="view_password",
    message=(
        "Zu viele fehlgeschlagene Versuche mit einem falschen Passwort. Aus Sicherheitsgründen ist die "
        "Eingabe vorübergehend gesperrt. Bitte versuchen Sie es in {wait} erneut."
    ),
)
PASSWORD_RESET = ThrottleKind(
    name="password_reset",
    message=(
        "Zu viele Anfragen zum Zurücksetzen des Passworts. Bitte versuchen Sie es in {wait} erneut. "
        "Ein Link, den Sie schon per E-Mail erhalten haben, bleibt gültig."
    ),
)
