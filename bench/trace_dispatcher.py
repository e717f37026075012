"""bench/dispatcher_proc.py with its steps timed (bench/dispatch_trace.py)."""

from __future__ import annotations

import signal
import threading

from bench.trace_hooks import install_dispatcher

install_dispatcher()

from pipeline.events import EMAIL_RECEIVED  # noqa: E402
from pipeline.logs import configure_logging  # noqa: E402
from pipeline.outbox.dispatcher import Dispatcher  # noqa: E402
from pipeline.outbox.routing import Route  # noqa: E402
from pipeline.runtime.broker import broker  # noqa: E402

if __name__ == "__main__":
    configure_logging()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    Dispatcher(broker, routes={EMAIL_RECEIVED: (Route.to("bench.record_start"),)}).run_forever(stop)
