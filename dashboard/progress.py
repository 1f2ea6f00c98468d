"""Progress on stderr for long reads: a one-line bar on a terminal, silence elsewhere."""

from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, stream=None, min_items: int = 200):
        self.stream = stream or sys.stderr
        self.min_items = min_items
        self.total = self.done = 0
        self.started = time.perf_counter()
        self.visible = False

    def start(self, total: int) -> None:
        self.total, self.done = total, 0
        self.visible = total >= self.min_items and getattr(self.stream, "isatty", lambda: False)()

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self.visible and (self.done % 50 == 0 or self.done == self.total):
            rate = self.done / max(time.perf_counter() - self.started, 1e-9)
            width = 30
            filled = int(width * self.done / max(self.total, 1))
            self.stream.write(f"\rparsing [{'#' * filled}{'.' * (width - filled)}] "
                              f"{self.done}/{self.total} ({rate:.0f} articles/s)")
            self.stream.flush()

    def warn(self, message: str) -> None:
        print(f"\nwarning: {message}" if self.visible else f"warning: {message}", file=self.stream)

    def finish(self) -> None:
        if self.visible:
            self.stream.write("\n")
