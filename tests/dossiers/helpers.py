"""Shared helpers for the dossier tests."""


def error_messages(error) -> list[str]:
    """Every message in a (nested) StreamField validation error, depth first."""
    data = error.as_json_data() if hasattr(error, "as_json_data") else {"messages": error.messages}
    return list(_walk(data))


def _walk(data):
    yield from data.get("messages", [])
    block_errors = data.get("blockErrors") or {}
    items = block_errors.values() if isinstance(block_errors, dict) else block_errors
    for child in items:
        if child:
            yield from _walk(child)


def form_error_messages(form, field: str) -> list[str]:
    return [message for error in form.errors.as_data().get(field, []) for message in error_messages(error)]


#: The dossier workflow's stage in which Fachreview and Lektorat must both approve.
JOINT_STAGE = "Fachreview und Lektorat"
