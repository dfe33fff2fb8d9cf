"""Progress bars for management commands that process many items."""

from collections.abc import Iterable

from django.core.management.base import OutputWrapper

from tqdm import tqdm


class _TqdmStream:
    """tqdm redraws its bar with "\\r"; OutputWrapper would end every redraw with a newline."""

    def __init__(self, wrapper: OutputWrapper) -> None:
        self._wrapper = wrapper

    def write(self, text: str) -> None:
        self._wrapper.write(text, ending="")

    def flush(self) -> None:
        self._wrapper.flush()


def progress(items: Iterable, *, stream: OutputWrapper, desc: str, unit: str) -> tqdm:
    return tqdm(items, desc=desc, unit=unit, file=_TqdmStream(stream))
