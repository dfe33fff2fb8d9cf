"""The one error of backup, restore and reconciliation."""


class BackupError(Exception):
    """Refused or failed. The message is German and says what to do: the
    commands show it to the operator as it is."""
