"""Load and faults against gunicorn with the production settings, on loopback.

Each scenario stops by itself and prints `name: value` lines:

- load: 200 readers of the 1,000-comment answer page and 20 posters at once for
  FAULT_SECONDS (60): 5xx responses, lost and duplicated comments, latencies;
- burst: 300 posts as fast as one address can send them, with the default rate
  limits, while five other people post: the burst is answered 429 (never 5xx)
  and the others are not affected;
- kill: `kill -9` of an app worker in the middle of posting: nothing
  acknowledged is lost, nothing is stored twice, the master starts a new worker;
- pg_restart (PostgreSQL only): the database restarts under load: requests fail
  cleanly, the site recovers by itself (seconds measured), nothing acknowledged
  is lost.

Run: `uv run python -m bench.faults` (SQLite) or with DATABASE_URL for PostgreSQL;
FAULT_SCENARIOS=burst,kill runs only those.
"""

from __future__ import annotations

import http.client
import os
import re
import signal
import subprocess
import threading
import time
import urllib.parse

from bench.common import ROOT, configure, report, seed_answers
from bench.servers import WRK, free_port, gunicorn, worker_pids
from bench.tree import comment_text

SECONDS = int(os.environ.get("FAULT_SECONDS", "60"))
LINE = re.compile(r"^([a-z0-9_]+): ([\d.]+)$", re.M)


def posting(port: int, path: str, seconds: int, posters: int = 20) -> subprocess.Popen:
    text = urllib.parse.quote_plus(comment_text(__import__("random").Random(5)))
    return subprocess.Popen(  # noqa: S603 (loopback only, bounded in time)
        [
            WRK, "-t2", f"-c{posters}", f"-d{seconds}s", "--timeout", "10s",
            "-s", str(ROOT / "bench" / "post.lua"),
            f"http://127.0.0.1:{port}{path}", "--", path, f"http://127.0.0.1:{port}", text,
        ],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def reading(port: int, path: str, seconds: int, readers: int = 200) -> subprocess.Popen:
    return subprocess.Popen(  # noqa: S603
        [WRK, "-t2", f"-c{readers}", f"-d{seconds}s", "--timeout", "10s", "--latency",
         f"http://127.0.0.1:{port}{path}"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def figures(process: subprocess.Popen) -> tuple[dict[str, float], str]:
    """The `name: value` figures a wrk script printed, and everything it printed."""
    out, _ = process.communicate(timeout=SECONDS + 120)
    return {name: float(value) for name, value in LINE.findall(out)}, out


def stored_markers(answer) -> list[str]:
    from discussion.models import Comment

    bodies = Comment.objects.filter(answer=answer, body__contains="[bench ").values_list(
        "body", flat=True
    )
    return [body[body.rindex("[bench ") :] for body in bodies]


def check_comments(prefix: str, answer, acknowledged: float) -> None:
    markers = stored_markers(answer)
    report(f"{prefix}_lost_comments", max(0, int(acknowledged) - len(set(markers))))
    report(f"{prefix}_duplicated_comments", len(markers) - len(set(markers)))


def reset(answer) -> None:
    from discussion.models import Comment

    Comment.objects.filter(answer=answer, body__contains="[bench ").delete()


def load(env: dict, answers: dict) -> None:
    answer = answers[100]
    reset(answer)
    port = free_port()
    with gunicorn(port, env=env):
        readers = reading(port, answers[1000].get_absolute_url(), SECONDS)
        posters = posting(port, f"/answers/{answer.slug}/comments/", SECONDS)
        read, read_out = figures(readers)
        posted, _ = figures(posters)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", read_out)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", read_out)
    if rps is None:
        raise RuntimeError(f"wrk printed no Requests/sec:\n{read_out}")
    report("load_read_rps", float(rps.group(1)))
    for pct, value, unit in re.findall(r"^\s+(50|90|99)%\s+([\d.]+)(us|ms|s)\s*$", read_out, re.M):
        scale = {"us": 0.001, "ms": 1, "s": 1000}[unit]
        report(f"load_read_p{pct}_ms", round(float(value) * scale, 2))
    report("load_read_errors", int(non_2xx.group(1)) if non_2xx else 0)
    report("load_posts", int(posted["posts"]))
    report("load_errors_5xx", int(posted["errors_5xx"]) + (int(non_2xx.group(1)) if non_2xx else 0))
    report("load_post_p50_ms", posted["post_p50_ms"])
    report("load_post_p99_ms", posted["post_p99_ms"])
    check_comments("load", answer, posted["acknowledged"])


def _post(connection, path: str, port: int, address: str, email: str, body: str) -> int:
    data = urllib.parse.urlencode(
        {"name": email.split("@")[0], "email": email, "body": body, "accept_terms": "on"}
    )
    connection.request(
        "POST", path, body=data,
        headers={"Content-Type": "application/x-www-form-urlencoded",
                 "Origin": f"http://127.0.0.1:{port}", "X-Forwarded-For": address},
    )  # fmt: skip
    response = connection.getresponse()
    response.read()
    return response.status


def burst(env: dict, answers: dict) -> None:
    from discussion.models import Comment

    answer = answers[100]
    # A database kept from an earlier run still remembers its posts in the rate window.
    Comment.objects.filter(answer=answer, body__startswith="Flood number").delete()
    Comment.objects.filter(answer=answer, body__contains="[legit ").delete()
    port = free_port()
    path = f"/answers/{answer.slug}/comments/"
    statuses: list[int] = []
    others: list[int] = []
    # Default rate limits here: this scenario is about them.
    limited_env = {k: v for k, v in env.items() if not k.startswith("RATE_LIMIT")}
    with gunicorn(port, env=limited_env):

        def legit(number: int) -> None:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            for i in range(5):
                others.append(
                    _post(connection, path, port, f"198.51.100.{number}",
                          f"reader{number}@example.org", f"A real comment {i}. [legit {number}]")
                )  # fmt: skip
                time.sleep(0.5)

        helpers = [threading.Thread(target=legit, args=(n,)) for n in range(1, 6)]
        for helper in helpers:
            helper.start()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        started = time.monotonic()
        for i in range(300):
            statuses.append(
                _post(connection, path, port, "203.0.113.66", f"flood{i}@example.org",
                      f"Flood number {i}.")
            )  # fmt: skip
        report("burst_seconds", round(time.monotonic() - started, 1))
        for helper in helpers:
            helper.join(timeout=60)
    report("burst_posts", len(statuses))
    report("burst_accepted", statuses.count(302))
    report("burst_rate_limited_429", statuses.count(429))
    report("burst_errors_5xx", sum(1 for s in statuses if s >= 500))
    report("burst_other_posters_ok", f"{others.count(302)}/{len(others)}")


def kill(env: dict, answers: dict) -> None:
    answer = answers[100]
    reset(answer)
    port = free_port()
    seconds = min(SECONDS, 15)
    with gunicorn(port, env=env) as server:
        posters = posting(port, f"/answers/{answer.slug}/comments/", seconds)
        time.sleep(seconds / 3)
        victim = worker_pids(server.pid)[0]
        os.kill(victim, signal.SIGKILL)
        posted, _ = figures(posters)
        alive = len(worker_pids(server.pid))
    report("kill_posts", int(posted["posts"]))
    report("kill_errors_5xx", int(posted["errors_5xx"]))
    report("kill_socket_errors", int(posted["socket_errors"]))
    report("kill_workers_after", alive)
    check_comments("kill", answer, posted["acknowledged"])


def pg_restart(env: dict, answers: dict) -> None:
    from django.db import connection

    if connection.vendor != "postgresql":
        report("pg_restart", "skipped (SQLite)")
        return
    answer = answers[100]
    reset(answer)
    connection.close()
    port = free_port()
    seconds = min(SECONDS, 20)
    version = subprocess.run(  # noqa: S603
        ["/usr/bin/pg_lsclusters", "-h"], capture_output=True, text=True, check=True
    ).stdout.split()[0]
    with gunicorn(port, env=env):
        posters = posting(port, f"/answers/{answer.slug}/comments/", seconds)
        time.sleep(seconds / 4)
        restarted = time.monotonic()
        subprocess.run(  # noqa: S603
            ["/usr/bin/pg_ctlcluster", version, "main", "restart"], check=True, timeout=60
        )
        recovered = None
        while time.monotonic() - restarted < 30:
            probe = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            try:
                probe.request("GET", f"/comments/{answer.pk}999/")  # a database read
                status = probe.getresponse().status
            except OSError:
                status = 0
            if status in (200, 302, 404):
                recovered = time.monotonic() - restarted
                break
            time.sleep(0.1)
        posted, _ = figures(posters)
    report("pg_restart_recovery_seconds", round(recovered, 2) if recovered else "not within 30 s")
    report("pg_restart_posts", int(posted["posts"]))
    report("pg_restart_failed_requests", int(posted["post_errors"]))
    report("pg_restart_503_service_unavailable", int(posted["status_503"]))
    report("pg_restart_500_errors", int(posted["errors_5xx"]) - int(posted["status_503"]))
    report("pg_restart_socket_errors", int(posted["socket_errors"]))
    report("pg_restart_4xx", int(posted["errors_4xx"]))
    check_comments("pg_restart", answer, posted["acknowledged"])


def main() -> None:
    var_dir = configure()
    answers = seed_answers([100, 1000])
    env = {
        "AFTERWORD_VAR_DIR": var_dir,
        "BEHIND_PROXY": "1",
        "RATE_LIMIT_PER_IP": "1000000",
        "RATE_LIMIT_PER_EMAIL": "1000000",
    }
    from django.db import connection

    report("database", connection.vendor)
    chosen = os.environ.get("FAULT_SCENARIOS", "load,burst,kill,pg_restart").split(",")
    for scenario in (load, burst, kill, pg_restart):
        if scenario.__name__ in chosen:
            scenario(env, answers)


if __name__ == "__main__":
    main()
