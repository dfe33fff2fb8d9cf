"""The demo's IQ konkret: two issues with their articles, people and pictures."""
