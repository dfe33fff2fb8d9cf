"""The demo's IQ Fact Sheets: three sheets, one of them left in review."""
