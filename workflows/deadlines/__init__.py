"""Deadlines of the human review stages (docs/workflows.md, „Fristen“)."""
