"""Server time and SQL queries to render answer pages, uncached.

Prints thread_render_ms_N and thread_queries_N for threads of 100, 1,000 and
10,000 comments (the first page), and full_render_ms_1000: the whole
1,000-comment tree on one page.
"""

from __future__ import annotations

from bench.common import configure, median_ms, report, seed_answers


def main() -> None:
    configure()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    answers = seed_answers([100, 1000, 10000])
    client = Client()

    def get(url: str):
        response = client.get(url)
        assert response.status_code == 200, response.status_code
        return response

    for size, answer in answers.items():
        url = answer.get_absolute_url()
        report(f"thread_render_ms_{size}", median_ms(lambda url=url: get(url), runs=15))
        with CaptureQueriesContext(connection) as queries:
            get(url)
        report(f"thread_queries_{size}", len(queries))
    with override_settings(COMMENTS_THREADS_PER_PAGE=100000):
        url = answers[1000].get_absolute_url()
        response = get(url)
        shown = response.content.decode().count('class="comment"')
        assert shown == 1000, f"the full page shows {shown} comments"
        report("full_render_ms_1000", median_ms(lambda: get(url), runs=9))
        report("full_render_bytes_1000", len(response.content))
    report("threads_per_page", settings.COMMENTS_THREADS_PER_PAGE)


if __name__ == "__main__":
    main()
