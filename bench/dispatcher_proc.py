"""A dispatcher process routing email_received to the benchmark actor."""

from __future__ import annotations

import signal
import threading

from pipeline.events import EMAIL_RECEIVED
from pipeline.logs import configure_logging
from pipeline.outbox.dispatcher import Dispatcher
from pipeline.outbox.routing import Route
from pipeline.runtime.broker import broker

if __name__ == "__main__":
    configure_logging()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    Dispatcher(broker, routes={EMAIL_RECEIVED: (Route.to("bench.record_start"),)}).run_forever(stop)
