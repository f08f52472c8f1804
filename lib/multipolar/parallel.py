"""Map a function over pages on several processes, results in input order, falling back to one process."""
from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterable, Sequence

AUTO_MIN_ITEMS = 20  # below this, starting workers costs more than it saves (measured: 5 pages ran slower)


def available_cores() -> int:
    """CPU cores this process may use (its affinity mask where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class WorkersError(ValueError):
    """MULTIPOLAR_WORKERS holds something other than a whole number of at least 1."""


def can_fork() -> bool:
    """True where forking is cheap and safe: Linux, from a process with no other threads (not a Jupyter kernel)."""
    return sys.platform == "linux" and threading.active_count() == 1


def choose_workers(n_items: int, workers: int | None = None) -> int:
    """Workers for n items: as asked (the argument, else MULTIPOLAR_WORKERS), else every core for larger jobs
    where processes can be forked (elsewhere starting workers costs more than it saves)."""
    setting = os.environ.get("MULTIPOLAR_WORKERS", "").strip()
    if workers is None and setting:
        if not setting.isdigit() or int(setting) < 1:
            raise WorkersError(f"MULTIPOLAR_WORKERS={setting!r} is not a whole number of at least 1 - "
                               "set it to a number of processes, or unset it to let the build choose")
        workers = int(setting)
    if workers is None:
        workers = available_cores() if n_items >= AUTO_MIN_ITEMS and can_fork() else 1
    return max(1, min(workers, n_items))


class _Indexed:
    """fn applied to (index, item), returning (index, result): lets results come back in any order."""

    def __init__(self, fn: Callable):
        self.fn = fn

    def __call__(self, pair: tuple[int, object]) -> tuple[int, object]:
        return pair[0], self.fn(pair[1])


def ordered_map(fn: Callable, items: Sequence, workers: int = 1, wrap: Callable[[Iterable], Iterable] = iter,
                size: Callable[[object], int] = lambda item: 0) -> list:
    """[fn(x) for x in items], on `workers` processes when more than one; `wrap` may add a progress bar.

    Workers are forked where that is safe (see can_fork), else started afresh ("spawn": fn and the
    items must then be picklable, and a script needs the usual __main__ guard). Items are handed out
    largest first (by `size`) so that no worker is left with a big one at the end.
    """
    if workers <= 1:
        return list(wrap(map(fn, items)))
    method = "fork" if can_fork() else "spawn"
    order = sorted(range(len(items)), key=lambda i: -size(items[i]))
    out: list = [None] * len(items)
    gc.freeze()  # objects made so far stay out of the children's collections: fewer copied memory pages
    try:
        with multiprocessing.get_context(method).Pool(workers) as pool:
            for i, result in wrap(pool.imap_unordered(_Indexed(fn), ((i, items[i]) for i in order))):
                out[i] = result
    finally:
        gc.unfreeze()
    return out
