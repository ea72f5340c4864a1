"""Progress of a long import: a bar on a terminal, a plain line every tenth otherwise.

`Progress` wraps the file being read and measures how far the parser got by
the bytes it has taken, so it costs nothing per element.
"""

from __future__ import annotations

import os
import time
from typing import IO, TextIO


class Progress:
    def __init__(self, file: IO[bytes], out: TextIO | None, *, label: str = "importing"):
        self.file = file
        self.out = out
        self.label = label
        try:
            self.total = os.fstat(file.fileno()).st_size
        except (AttributeError, OSError, ValueError):
            self.total = 0
        self.done = 0
        self.tty = bool(out is not None and hasattr(out, "isatty") and out.isatty())
        self._last_draw = 0.0
        self._last_tenth = 0
        self.note = ""

    # The parser reads through this method.
    def read(self, size: int = -1) -> bytes:
        data = self.file.read(size)
        self.done += len(data)
        return data

    def update(self, note: str) -> None:
        self.note = note
        if self.out is None or not self.total:
            return
        # The parser reads ahead, so "all bytes read" is not "done": finish() says that.
        self._draw(min(0.99, self.done / self.total))

    def _draw(self, fraction: float) -> None:
        note = self.note
        if self.tty:
            now = time.monotonic()
            if now - self._last_draw >= 0.1 or fraction >= 1.0:
                self._last_draw = now
                bar = "#" * int(fraction * 30)
                self.out.write(f"\r{self.label} [{bar:<30}] {fraction:4.0%}  {note}\x1b[K")
                self.out.flush()
        else:
            tenth = int(fraction * 10)
            if tenth > self._last_tenth:
                self._last_tenth = tenth
                self.out.write(f"{self.label}: {tenth * 10}% ({note})\n")

    def finish(self, note: str | None = None) -> None:
        if note is not None:
            self.note = note
        if self.out is None:
            return
        self._draw(1.0)
        if self.tty:
            self.out.write("\n")
            self.out.flush()
