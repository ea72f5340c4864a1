"""gunicorn's settings for Afterword, read from the checkout by `uv run gunicorn afterword.wsgi`.

The benchmarks run the app with this same file (bench/servers.py), so the
figures in the README are those of this configuration. Put nginx (docs/nginx.conf)
in front: it buffers slow clients, so a worker's thread is never held by a
request still arriving.
"""

import os

bind = os.environ.get("BIND", "127.0.0.1:8000")

# Processes, not threads: with two threads in a process, one waited for the other
# to give back Python's lock after each database call, and a post took 2–4 times
# its own time. Single-threaded workers on two cores gave the lowest write latency
# measured (README, Performance): five with PostgreSQL, four with SQLite, whose
# one writer at a time makes more processes wait for each other (p99 of the write
# bench, two or three runs each: PostgreSQL 34–40 ms with five, 39–50 with four;
# SQLite 29–39 ms with four, 50–51 with five). A worker still keeps idle
# connections open in its main loop (gthread), so keep-alive costs nothing.
workers = int(os.environ.get("WEB_CONCURRENCY", "5" if os.environ.get("DATABASE_URL") else "4"))
# gunicorn's gthread worker, except that a new connection gets the worker's one thread
# only once its request has arrived (afterword/gthread.py: an idle new connection held
# it for up to 5 s).
worker_class = "afterword.gthread.ThreadWorker"
threads = int(os.environ.get("WEB_THREADS", "1"))
keepalive = 5

# Each worker listens on its own socket (SO_REUSEPORT) and the kernel spreads new
# connections over them. On one shared socket, whichever worker woke first took
# most of a burst of new connections: one of three workers served 74 % of the
# posts, and the others' waiting posters were the slowest. A listening socket
# that closes drops the connections still in its queue; on Linux ≥ 5.14, set
# sysctl net.ipv4.tcp_migrate_req=1 so a restarting worker hands them over.
reuse_port = True

# One access line per request, on stdout (ACCESS_LOG=path for a file, ACCESS_LOG= for
# none), carrying the same request id as the app's own lines. The client's address is
# left out: Afterword keeps addresses only as keyed hashes, and behind nginx it would
# be nginx's anyway. Emailed links' tokens are masked (afterword/accesslog.py).
accesslog = os.environ.get("ACCESS_LOG", "-") or None
access_log_format = '%(t)s "%(r)s" %(s)s %(b)s %(M)sms "%(f)s" "%(a)s" [%({x-request-id}o)s]'
logger_class = "afterword.accesslog.MaskedLinksLogger"
