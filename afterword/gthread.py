"""gunicorn's threaded worker, giving a thread to a connection only once it has a request.

gunicorn ≥ 24 hands every new connection straight to the worker's thread pool, and
the thread then waits up to five seconds for the connection's first bytes before
handing it back to the worker's poller (gunicorn's DEFAULT_WORKER_DATA_TIMEOUT, PR
#3519). Afterword's workers run one thread each (gunicorn.conf.py), so one connection
that opens and says nothing yet (a browser's preconnect, a phone on a slow network,
a client between two requests on a new connection) stops every other reader of that
worker for up to five seconds. Measured in the cluster scenario: with 20 posters who
connect and write a few seconds later, reads of the hot thread fell from about 1,900
a second to 316-710 (at most 430 in five of six runs), and their p75 from 0.1 s to
2-5 s, though only 3.6 posts a second came in.

Here a new connection with nothing to read yet goes back to the poller at once, as
gunicorn's own slow-client path does after its wait, and comes back to a thread when
its request arrives (or is closed after `keepalive` seconds of silence).
"""

from __future__ import annotations

from gunicorn.workers import gthread


class ThreadWorker(gthread.ThreadWorker):
    def handle(self, conn):
        if not conn.initialized and not conn.data_ready and not conn.wait_for_data(0):
            return gthread._DEFER  # gunicorn's own answer for "no data yet: poll it"
        return super().handle(conn)
