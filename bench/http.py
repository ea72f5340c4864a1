"""Anonymous reads of the 1,000-comment answer page over HTTP, side by side with nginx.

Prints static_rps (nginx serving the very same bytes from a file), cached_rps
(gunicorn running the production WSGI app and its page cache), cached_ratio,
proxy_rps and proxy_ratio (nginx's micro-cache in front of gunicorn, configured as
in docs/nginx.conf: proxy_cache, revalidated with the ETag), and the RSS of an app
worker after it has served the 10,000-comment page.
"""

from __future__ import annotations

import os
import tempfile
import urllib.request

from bench.common import configure, report, seed_answers
from bench.servers import free_port, gunicorn, nginx, rss_mb, worker_pids, wrk

SECONDS = int(os.environ.get("BENCH_SECONDS", "8"))


def fetch(url: str, **headers) -> tuple[bytes, dict]:
    assert url.startswith("http://127.0.0.1:"), "benchmarks target loopback only"
    request = urllib.request.Request(url, headers=headers)  # noqa: S310
    with urllib.request.urlopen(request) as response:  # noqa: S310 (loopback)
        return response.read(), dict(response.headers)


def check_proxy(base: str, path: str, page: bytes) -> None:
    """Before measuring, make sure nginx's micro-cache serves what the app would, and
    no older than its bound (s-maxage=1) allows."""
    import time

    from column.models import Answer
    from discussion.services import seed_comment

    fetch(base + path)  # stored by nginx
    body, headers = fetch(base + path)
    assert headers.get("X-Cache") == "HIT", f"nginx did not cache the page ({headers})"
    assert body == page, "the cached page differs from the app's"
    _, headers = fetch(base + path, Cookie="sessionid=someone")
    assert headers.get("X-Cache") == "BYPASS", "a signed-in request got a shared page"
    answer = Answer.objects.get(slug=path.strip("/").split("/")[-1])
    comment = seed_comment(
        answer=answer,
        pen_name="Checker",
        email="checker@example.org",
        body="A new comment must show within a second.",
        status="published",
    ).comment
    answer.refresh_from_db()
    # s-maxage=1 on nginx's clock of whole seconds keeps an entry 1 to 2 s (bench/cluster.py
    # counts the same bound): past 2 s, the page must show the new comment.
    time.sleep(2.1)
    body, headers = fetch(base + path)
    count = f"({answer.comment_count} comments)".encode()
    assert count in body, "nginx served a page older than its bound"
    time.sleep(1.1)
    fetch(base + path)
    _, headers = fetch(base + path)
    assert headers.get("X-Cache") in ("HIT", "REVALIDATED"), headers
    comment.delete()
    time.sleep(1.1)
    report("proxy_checks", "passed")


def main() -> None:
    var_dir = tempfile.mkdtemp(prefix="afterword-bench-")
    configure(var_dir)
    answers = seed_answers([1000, 10000])
    path = answers[1000].get_absolute_url()
    env = {"AFTERWORD_VAR_DIR": var_dir, "PAGE_CACHE": "1"}
    app_port, static_port, proxy_port = free_port(), free_port(), free_port()
    with gunicorn(app_port, env=env) as server:
        app_url = f"http://127.0.0.1:{app_port}{path}"
        with urllib.request.urlopen(app_url) as response:  # noqa: S310 (loopback)
            page = response.read()
        report("page_bytes", len(page))
        copy = os.path.join(var_dir, "static-copy")
        os.makedirs(copy, exist_ok=True)
        with open(os.path.join(copy, "answer.html"), "wb") as f:
            f.write(page)
        with nginx(
            f"""
    server {{
        listen 127.0.0.1:{static_port};
        root {copy};
        location / {{ try_files /answer.html =404; default_type text/html; }}
    }}
"""
        ):
            static = wrk(f"http://127.0.0.1:{static_port}{path}", seconds=SECONDS)
        cached = wrk(app_url, seconds=SECONDS)
        report("static_rps", static)
        report("cached_rps", cached)
        report("cached_ratio", round(cached / static, 3))
        with open(os.path.join(os.path.dirname(__file__), "..", "docs", "nginx.conf")) as f:
            site = f.read().replace("127.0.0.1:8000", f"127.0.0.1:{app_port}")
            site = site.replace("listen 80;", f"listen 127.0.0.1:{proxy_port};")
            site = site.replace("/var/cache/nginx/afterword", os.path.join(var_dir, "nginx-cache"))
            site = site.replace("/srv/afterword/var/media/", os.path.join(var_dir, "media/"))
            site = site.replace("/srv/afterword/var/static/", os.path.join(var_dir, "static/"))
            site = site.replace("server_name afterword.example;", "server_name 127.0.0.1;")
        with nginx(site):
            check_proxy(f"http://127.0.0.1:{proxy_port}", path, page)
            proxied = wrk(f"http://127.0.0.1:{proxy_port}{path}", seconds=SECONDS)
        report("proxy_rps", proxied)
        report("proxy_ratio", round(proxied / static, 3))
        big = f"http://127.0.0.1:{app_port}{answers[10000].get_absolute_url()}"
        for _ in range(20):  # every worker serves it at least once, most of them several times
            with urllib.request.urlopen(big) as response:  # noqa: S310 (loopback)
                response.read()
        report("worker_rss_mb", round(max(rss_mb(pid) for pid in worker_pids(server.pid)), 1))


if __name__ == "__main__":
    main()
