"""A synthetic WordPress export of any size, for the import benchmark and the tests.

Pure Python and deterministic: the same arguments always write the same file.
Comments reply to earlier comments of the same post (so threads run deep),
carry some Unicode and inline HTML, and a few wait for approval or are spam.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import TextIO

_WORDS = [
    "therapy",
    "ended",
    "and",
    "I",
    "still",
    "think",
    "about",
    "our",
    "sessions",
    "every",
    "week",
    "—",
    "it",
    "helps",
    "to",
    "read",
    "that",
    "others",
    "feel",
    "this",
    "too;",
    "grief",
    "for",
    "a",
    "therapist",
    "is",
    "real",
    "💛",
    "merci",
    "danke",
    "gracias",
]


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def write_wxr(out: TextIO, *, posts: int = 20, comments: int = 10_000, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = datetime(2015, 1, 1, tzinfo=UTC)
    out.write(
        '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
        'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
        "<title>Synthetic column</title><link>https://synthetic.example</link>\n"
        "<wp:wxr_version>1.2</wp:wxr_version>"
        "<wp:base_site_url>https://synthetic.example</wp:base_site_url>\n"
        "<wp:author><wp:author_login>writer</wp:author_login>"
        "<wp:author_display_name>Synthetic Writer</wp:author_display_name></wp:author>\n"
    )
    comment_id = 0
    per_post = [comments // posts + (1 if i < comments % posts else 0) for i in range(posts)]
    for number, count in enumerate(per_post, start=1):
        posted = start + timedelta(days=number * 7)
        out.write(
            f"<item><title>Synthetic letter {number}</title>"
            f"<link>https://synthetic.example/{posted:%Y/%m}/letter-{number}/</link>"
            "<dc:creator>writer</dc:creator>"
            f"<content:encoded>{_cdata('<p>A letter.</p><!--more--><p>An answer.</p>')}"
            "</content:encoded>"
            f"<wp:post_id>{number}</wp:post_id>"
            f"<wp:post_date_gmt>{posted:%Y-%m-%d %H:%M:%S}</wp:post_date_gmt>"
            f"<wp:post_name>letter-{number}</wp:post_name><wp:status>publish</wp:status>"
            "<wp:post_type>post</wp:post_type>\n"
        )
        ids: list[int] = []
        when = posted
        for _ in range(count):
            comment_id += 1
            when += timedelta(minutes=rng.randint(1, 600))
            parent = rng.choice(ids) if ids and rng.random() < 0.6 else 0
            words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(8, 60)))
            body = f"{words}\n\n<em>{rng.choice(_WORDS)}</em> https://example.org/{comment_id}"
            approved = "1" if rng.random() < 0.95 else rng.choice(["0", "spam"])
            out.write(
                f"<wp:comment><wp:comment_id>{comment_id}</wp:comment_id>"
                f"<wp:comment_author>{_cdata(f'Reader {comment_id % 997}')}</wp:comment_author>"
                f"<wp:comment_author_email>reader{comment_id % 997}@mail.example"
                "</wp:comment_author_email>"
                f"<wp:comment_date_gmt>{when:%Y-%m-%d %H:%M:%S}</wp:comment_date_gmt>"
                f"<wp:comment_content>{_cdata(body)}</wp:comment_content>"
                f"<wp:comment_approved>{approved}</wp:comment_approved>"
                "<wp:comment_type>comment</wp:comment_type>"
                f"<wp:comment_parent>{parent}</wp:comment_parent></wp:comment>\n"
            )
            ids.append(comment_id)
        out.write("</item>\n")
    out.write("</channel>\n</rss>\n")
