"""A minimal progress bar on stderr for long batch runs (only on a terminal)."""

from __future__ import annotations

import sys


class Progress:
    """'[#####-----] 3/10 name' redrawn in place on stderr."""

    def __init__(self, total: int, enabled: bool = True, width: int = 24) -> None:
        self.total, self.done, self.width = total, 0, width
        self.enabled = enabled and sys.stderr.isatty()

    def step(self, label: str) -> None:
        """Show that item `label` is being worked on."""
        if not self.enabled:
            return
        filled = self.width * self.done // max(1, self.total)
        sys.stderr.write(f"\r[{'#' * filled}{'-' * (self.width - filled)}] {self.done + 1}/{self.total} {label[-40:]:40}")
        sys.stderr.flush()
        self.done += 1

    def clear(self) -> None:
        """Erase the bar."""
        if self.enabled:
            sys.stderr.write("\r" + " " * (self.width + 60) + "\r")
            sys.stderr.flush()
