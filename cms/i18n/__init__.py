"""English editions beside the German ones (docs/i18n.md)."""
