from django.template import engines

from afterword.warmup import project_templates, warm


def test_a_worker_warms_up_without_the_database():
    # No django_db mark: a query here would fail the test, since a worker has to
    # start while the database is briefly away.
    loader = engines["django"].engine.template_loaders[0]
    loader.reset()
    warm()
    compiled = set(loader.get_template_cache)
    names = project_templates()
    assert {"column/answer.html", "discussion/_form.html", "base.html"} <= set(names)
    assert set(names) <= compiled
    # Only the project's own apps: Django's admin templates load when staff need them.
    assert not any(name.startswith("admin/") for name in names)
