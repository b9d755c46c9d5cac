"""A per-document time limit on the main thread of a Unix process (SIGALRM).

Shared by reading (``ingest.read_time_limit``) and analysis (``run.worker.time_limit``).
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

# After the first alarm, it rings again at this interval (seconds) until the limit is left. An
# exception raised while Python runs a garbage-collector callback (a weakref's) is printed and
# dropped; one ringing alarm let a slow page be read to its end on a loaded CI machine.
RING_AGAIN = 0.05


@contextmanager
def alarm(seconds: float, exception: type[BaseException]) -> Iterator[None]:
    """Raise ``exception`` in the block once ``seconds`` have passed; the caller checks that
    SIGALRM is usable (main thread, Unix, no other timer it must keep)."""

    def on_alarm(signum: int, frame: object) -> None:
        raise exception

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds, RING_AGAIN)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
