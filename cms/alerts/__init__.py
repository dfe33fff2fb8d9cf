"""E-mail alerts: a reader subscribes to a catalogue filter and hears of new
publications that match it (docs/architecture.md, „E-mail alerts“)."""
