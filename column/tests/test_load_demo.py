"""The demo content loads, is rich enough to show the product, and loads only once."""

from collections import Counter

from django.core.management import call_command
from django.db.models import Max

from column.models import Answer, Columnist, Letter, Topic
from discussion.models import Comment


def test_demo_loads_once_and_shows_a_long_nested_thread(db):
    call_command("load_demo", verbosity=0)
    counts = (Answer.objects.count(), Comment.objects.count(), Letter.objects.count())
    call_command("load_demo", verbosity=0)
    assert (Answer.objects.count(), Comment.objects.count(), Letter.objects.count()) == counts

    assert Columnist.objects.count() == 3
    assert Answer.objects.published().count() >= 6
    assert Topic.objects.count() >= 5
    per_answer = Counter(Comment.objects.values_list("answer_id", flat=True))
    longest_id, longest = per_answer.most_common(1)[0]
    assert longest >= 80
    thread = Comment.objects.filter(answer_id=longest_id)
    assert thread.aggregate(Max("depth"))["depth__max"] == 4
    years = {c.created_at.year for c in thread}
    assert len(years) >= 3
    # People reply to each other by name.
    replies = thread.exclude(reply_to=None)
    assert sum(1 for c in replies if c.reply_to_name in c.body) >= 10
    answer = Answer.objects.get(pk=longest_id)
    assert answer.comment_count == thread.published().count()
    assert Comment.objects.pending().count() >= 3  # the moderation queue has work to show
    assert Letter.objects.filter(answers=None).exists()  # letters waiting in the queue
