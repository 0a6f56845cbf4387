"""A progress bar on stderr while a report reads many saves, for a person watching."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

FROM = 200  # files; fewer are read in a blink

Tick = Callable[[int], None]  # n more files read


@contextmanager
def reading(total: int) -> Iterator[Tick]:
    """A bar when stderr is a terminal and there are more than FROM files; else nothing."""
    if total <= FROM or not sys.stderr.isatty():
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Reading saves", total=total)
        yield lambda n: bar.advance(task, n)
