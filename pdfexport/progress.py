"""Progress bars for management commands that process many items."""

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.core.management.base import OutputWrapper

from tqdm import tqdm

# Loggers that report per item (one line per rendered PDF): while a bar runs,
# their lines are printed above it instead of breaking it.
ITEM_LOGGERS = ("pdfexport",)


def _plain(text: str) -> str:
    return text


class _TqdmStream:
    """tqdm redraws its bar with "\\r"; OutputWrapper would end every redraw with a
    newline, and on a terminal would colour the bar on stderr as an error."""

    def __init__(self, wrapper: OutputWrapper) -> None:
        self._wrapper = wrapper

    def write(self, text: str) -> None:
        self._wrapper.write(text, style_func=_plain, ending="")

    def flush(self) -> None:
        self._wrapper.flush()


class _AboveTheBar(logging.Handler):
    def __init__(self, *, stream: _TqdmStream, formatter: logging.Formatter | None) -> None:
        super().__init__()
        self._stream = stream
        self.setFormatter(formatter)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            # tqdm.write clears the bars drawn on this stream, prints, and redraws them.
            tqdm.write(self.format(record), file=self._stream)
        except Exception:  # a log line must never stop the command
            self.handleError(record)


@contextmanager
def _logs_above(stream: _TqdmStream) -> Iterator[None]:
    replaced = []
    for name in ITEM_LOGGERS:
        logger = logging.getLogger(name)
        formatter = logger.handlers[0].formatter if logger.handlers else None
        replaced.append((logger, logger.handlers, logger.propagate))
        logger.handlers = [_AboveTheBar(stream=stream, formatter=formatter)]
        logger.propagate = False
    try:
        yield
    finally:
        for logger, handlers, propagate in replaced:
            logger.handlers = handlers
            logger.propagate = propagate


def progress(items: Iterable, *, stream: OutputWrapper, desc: str, unit: str) -> Iterator:
    bar_stream = _TqdmStream(stream)
    with _logs_above(bar_stream):
        yield from tqdm(items, desc=desc, unit=unit, file=bar_stream)
