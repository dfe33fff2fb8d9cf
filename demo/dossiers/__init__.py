"""The demo's Themendossiers: two dossiers, one of them in two editions."""
