"""Single byte ranges (RFC 9110 §14): enough for PDF viewers that fetch pages lazily
and for resumed downloads. Multi-range requests get the whole file (allowed)."""

import re
from dataclasses import dataclass

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class UnsatisfiableRange(ValueError):
    pass


@dataclass(frozen=True)
class ByteRange:
    start: int
    end: int  # inclusive

    @property
    def length(self) -> int:
        return self.end - self.start + 1

    def content_range(self, size: int) -> str:
        return f"bytes {self.start}-{self.end}/{size}"


def byte_range_parse(*, header: str | None, size: int) -> ByteRange | None:
    """The requested range, None for "send everything", or UnsatisfiableRange."""
    if not header:
        return None
    match = _RANGE.match(header.strip())
    if match is None:
        return None  # several ranges or another unit: the full response is a valid answer
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:  # suffix range: the last N bytes
        length = int(last)
        if length == 0:
            raise UnsatisfiableRange(header)
        return ByteRange(start=max(size - length, 0), end=size - 1)
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        raise UnsatisfiableRange(header)
    return ByteRange(start=start, end=end)
