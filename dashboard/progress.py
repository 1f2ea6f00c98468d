"""Progress on stderr for long reads: a tqdm bar on a terminal, silence elsewhere
(logs, pipes, CI), and warnings that do not break the bar."""

from __future__ import annotations

import sys

from tqdm import tqdm


class Progress:
    def __init__(self, stream=None, min_items: int = 200):
        self.stream = stream or sys.stderr
        self.min_items = min_items
        self.bar: tqdm | None = None

    def start(self, total: int) -> None:
        visible = total >= self.min_items and getattr(self.stream, "isatty", lambda: False)()
        self.bar = tqdm(total=total, file=self.stream, unit="article", desc="parsing", disable=not visible)

    def advance(self, n: int = 1) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def warn(self, message: str) -> None:
        tqdm.write(f"warning: {message}", file=self.stream)

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.close()
