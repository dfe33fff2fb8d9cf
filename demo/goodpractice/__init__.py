"""The demo's IQ Good Practice: four proposals through the board's selection."""
