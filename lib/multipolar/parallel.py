"""Where the per-page work runs: this process, worker processes, or a Dask cluster.

One mechanism, the standard library's `concurrent.futures` interface: a ProcessPoolExecutor on
this machine, or, given a scheduler's address, the executor of a Dask distributed Client (whose
workers must have multipolar installed and see the raw folder at the same path). Results come back
in input order, with a bounded number of items in flight, so memory does not grow with the corpus.
"""
from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor

AUTO_MIN_ITEMS = 20  # below this, starting workers costs more than it saves (measured: 5 pages ran slower)
IN_FLIGHT_PER_WORKER = 4  # items handed out ahead per worker: enough to keep it busy, few to hold
PRELOAD = ("multipolar.workers",)  # what the server that workers fork from imports first


def available_cores() -> int:
    """CPU cores this process may use (its affinity mask where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class WorkersError(ValueError):
    """MULTIPOLAR_WORKERS holds something other than a whole number of at least 1."""


class SchedulerError(RuntimeError):
    """No Dask scheduler answers at the address given, or Dask is not installed: the message says what to do."""


def start_method() -> str:
    """How worker processes start: forked from this process on Linux when it runs no other Python
    thread (cheap: they inherit the compiled rules); else forked from a clean server process
    ('forkserver', safe beside threads such as a Jupyter kernel's); else started afresh ('spawn').
    The last two re-import a script's __main__, which then needs the usual `if __name__ == "__main__":`."""
    if sys.platform == "linux" and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def cheap_workers() -> bool:
    """True where workers may be started without being asked for: they are forked, or forked from a
    server in an interactive session (a notebook), whose __main__ is never re-imported."""
    method = start_method()
    interactive = not hasattr(sys.modules.get("__main__"), "__file__")
    return method == "fork" or (method == "forkserver" and interactive)


def choose_workers(n_items: int, workers: int | None = None) -> int:
    """Workers for n items: as asked (the argument, else MULTIPOLAR_WORKERS), else every core for larger jobs
    where workers are cheap to start (elsewhere starting them costs more than it saves)."""
    setting = os.environ.get("MULTIPOLAR_WORKERS", "").strip()
    if workers is None and setting:
        if not setting.isdigit() or int(setting) < 1:
            raise WorkersError(f"MULTIPOLAR_WORKERS={setting!r} is not a whole number of at least 1 - "
                               "set it to a number of processes, or unset it to let the build choose")
        workers = int(setting)
    if workers is None:
        workers = available_cores() if n_items >= AUTO_MIN_ITEMS and cheap_workers() else 1
    return max(1, min(workers, max(n_items, 1)))


@contextlib.contextmanager
def executor(workers: int = 1, scheduler: str | None = None) -> Iterator[tuple[Executor | None, int]]:
    """(executor, how many items it runs at once): None and 1 for this process alone; a process pool
    of `workers` (forked where that is safe, else started afresh); or a Dask cluster's executor."""
    if scheduler:
        try:
            from distributed import Client
        except ImportError:
            raise SchedulerError("--scheduler needs Dask: pip install dask distributed") from None
        try:
            client = Client(scheduler, timeout="20s")
        except ValueError as err:  # "missing port number", "unknown address scheme 'http'"
            raise SchedulerError(f"{scheduler}: not a Dask scheduler address ({err}) - pass one such as "
                                 "tcp://HOST:8786, as `dask scheduler` prints it") from None
        except (OSError, TimeoutError) as err:
            raise SchedulerError(f"{scheduler}: no Dask scheduler answers there ({err}) - start one with "
                                 "`dask scheduler` and workers with `dask worker ADDRESS`, or leave --scheduler out "
                                 "to build on this machine") from None
        try:
            threads = sum(client.nthreads().values()) or 1
            yield client.get_executor(), threads
        finally:
            client.close()
        return
    if workers <= 1:
        yield None, 1
        return
    method = start_method()
    context = multiprocessing.get_context(method)
    if method == "fork":
        import multipolar.workers  # noqa: F401 - compiled here once, inherited by every worker
        gc.freeze()  # objects made so far stay out of the children's collections: fewer copied memory pages
    elif method == "forkserver":
        context.set_forkserver_preload(list(PRELOAD))  # imported and compiled once, in the server
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=exit_with_parent) as pool:
            yield pool, workers
    finally:
        if method == "fork":
            gc.unfreeze()


def exit_with_parent() -> None:
    """Run in each local worker as it starts: end the worker when the process that started it is
    gone (the build, or the fork server, which ends with the build), for instance after kill -9,
    instead of leaving it blocked on a pipe nobody reads."""
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="multipolar-exit-with-parent").start()


class InOrder:
    """fn(*args) for every args of `items`, as an iterator of results in input order, on an executor
    (or here when it is None) with at most `ahead` items in flight. The first items are handed out
    at once, so that a process pool is started before the caller does anything else."""

    def __init__(self, fn: Callable, items: Iterable[tuple], pool: Executor | None, ahead: int):
        self.fn, self.items, self.pool = fn, iter(items), pool
        self.pending: deque = deque()
        if pool is not None:
            for _ in range(max(1, ahead)):
                if not self._submit():
                    break

    def _submit(self) -> bool:
        args = next(self.items, None)
        if args is None:
            return False
        self.pending.append(self.pool.submit(self.fn, *args))
        return True

    def __iter__(self):
        return self

    def __next__(self):
        if self.pool is None:
            args = next(self.items, None)
            if args is None:
                raise StopIteration
            return self.fn(*args)
        if not self.pending:
            raise StopIteration
        future = self.pending.popleft()
        self._submit()
        return future.result()

    def cancel(self) -> None:
        """Drop the items still in flight (after a failure or an interrupt)."""
        for future in self.pending:
            future.cancel()
        self.pending.clear()


class Started:
    """An iterator whose first item is already computed: the workers behind it are running (forked
    before the caller starts threads of its own, such as Arrow's), and a bad scheduler address fails
    here rather than half-way. close() stops the work."""

    _NONE = object()

    def __init__(self, results: Iterator):
        self.results = results
        self.head = next(results, self._NONE)

    def __iter__(self):
        return self

    def __next__(self):
        if self.head is not self._NONE:
            head, self.head = self.head, self._NONE
            return head
        return next(self.results)

    def close(self) -> None:
        """Stop: items in flight are dropped and the workers shut down."""
        self.head = self._NONE
        self.results.close()


def in_order(fn: Callable, items: list[tuple], workers: int = 1, scheduler: str | None = None) -> Started:
    """Results of fn(*args) for every args of `items`, in order, on `workers` local processes or on
    the Dask cluster at `scheduler`. The work has begun when this returns."""
    return Started(_in_order(fn, items, workers, scheduler))


def _in_order(fn, items, workers, scheduler):
    with executor(workers, scheduler) as (pool, width):
        results = InOrder(fn, items, pool, IN_FLIGHT_PER_WORKER * width)
        try:
            yield from results
        finally:
            results.cancel()

