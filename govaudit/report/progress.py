"""A progress bar on stderr for long batches: only on a terminal, only when more than a few files are checked."""

from __future__ import annotations

import sys

MIN_FILES = 4  # fewer files finish before a bar would be worth reading


def progress_factory(stream=None, min_files: int = MIN_FILES):
    """What pipeline.check_paths takes as `progress`: None when `stream` is not a terminal."""
    stream = stream if stream is not None else sys.stderr
    try:
        if not stream.isatty():
            return None
    except (AttributeError, ValueError):
        return None

    def start(total: int):
        if total < min_files:
            return None
        return _Bar(stream, total)

    return start


class _Bar:
    def __init__(self, stream, total: int):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(TextColumn("检查工作簿"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                 console=Console(file=stream), transient=True)
        self.task = self.progress.add_task("check", total=total)
        self.progress.start()

    def advance(self) -> None:
        self.progress.advance(self.task)

    def close(self) -> None:
        self.progress.stop()
