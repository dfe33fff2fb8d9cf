"""Posted admin form data that cannot be read: a German error at the field, never a 500.

Editors' browsers post what Wagtail's widgets write, but a reloaded tab, a revert
posted without its form, a broken script or a hand-made request posts
anything. Wagtail's widgets then raised (KeyError, JSONDecodeError,
RecursionError) while reading the data, before any validation could speak.
"""
