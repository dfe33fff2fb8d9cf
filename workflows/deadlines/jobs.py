"""The periodic deadline check, a job of the task system (``schedule.py``)."""

from django_tasks import task

from .check import deadlines_check_run


@task()
def deadlines_check() -> dict:
    """Queue today's reminders and overdue notices, then the next check."""
    # Imported here: ``schedule`` imports this module for the task.
    from .schedule import deadlines_checks_prune, deadlines_schedule_ensure

    try:
        result = deadlines_check_run()
    finally:
        # Also after a failure: a check that stops rescheduling stops for good.
        deadlines_schedule_ensure()
        deadlines_checks_prune()
    return {"reminders": result.reminders, "overdue": result.overdue}
