"""Work on every core, results in order: what `simulate`, `replay --check` and the balance script
share. Standard library only (concurrent.futures); each item runs in a worker process, and the
results come back in the order of the items, exactly as a loop in this process would give them."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Executor

T = TypeVar("T")
R = TypeVar("R")


def jobs_wanted(jobs: int | None) -> int:
    """The number of worker processes for `jobs` (None: one per core)."""
    return max(1, jobs if jobs is not None else os.cpu_count() or 1)


def piece_size(items: int, jobs: int, least: int) -> int:
    """How many items to a piece: a few pieces per worker, so the last ones even out the load,
    and never fewer than `least` (smaller pieces cost more to send than they save)."""
    return max(least, -(-items // (4 * jobs))) if jobs > 1 else max(items, 1)


def ordered_map(
    fn: Callable[[T], R],
    items: Sequence[T],
    jobs: int | None = None,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[R]:
    """fn(item) for each item, in order, on `jobs` processes (None: every core): in this process
    when one job or one item is asked for. `fn` and `initializer` must be module-level (a worker
    finds them by name); `initializer(*initargs)` runs once in each worker (and here, if here).
    Stopping early (a problem, or the caller leaving) drops the items not yet begun."""
    n = min(jobs_wanted(jobs), len(items))
    if n <= 1:
        if initializer is not None:
            initializer(*initargs)
        yield from map(fn, items)
        return
    pool = _pool(n, initializer, initargs)
    try:
        yield from pool.map(fn, items)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _pool(n: int, initializer: Callable[..., object] | None, initargs: tuple[Any, ...]) -> Executor:
    """n worker processes. On Linux: forked, the quickest start, from a process with no other
    thread (as the command line is), else from a fork server (forking a process that has
    threads can leave a lock held in the child). Elsewhere, as the platform starts them."""
    import multiprocessing  # only when several jobs are wanted
    import sys
    import threading
    from concurrent.futures import ProcessPoolExecutor

    if sys.platform == "linux":
        alone = threading.active_count() == 1
        context = multiprocessing.get_context("fork" if alone else "forkserver")
    else:
        context = multiprocessing.get_context()
    return ProcessPoolExecutor(n, context, initializer, initargs)


def chunks(items: Sequence[T], size: int) -> Iterable[Sequence[T]]:
    return (items[i : i + size] for i in range(0, len(items), size))
