"""The house's layout holds: dependencies between apps point one way, safety and
afterword's helpers stand on their own, the product never imports its benchmarks or
tools, and no module grows past 600 lines. The graph is read from the source
(afterword/tests/layout.py); nothing here needs a database."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.tests import layout


@pytest.fixture(scope="module")
def imports() -> list[layout.Import]:
    return layout.all_imports()


def _fail_on(rule: str, violations: list[str]) -> None:
    if violations:
        pytest.fail(f"{rule}:\n" + "\n".join(violations), pytrace=False)


def test_no_two_apps_import_each_other(imports):
    _fail_on(
        "Apps that import each other (one side has to stop)", layout.two_way_violations(imports)
    )


def test_safety_imports_no_other_app(imports):
    _fail_on("safety imports another app", layout.safety_violations(imports))


def test_afterword_helpers_import_no_app(imports):
    root = ", ".join(layout.COMPOSITION)
    _fail_on(
        f"afterword helpers that import an app (only the composition root may: {root})",
        layout.afterword_helper_violations(imports),
    )


def test_no_product_module_imports_bench_or_tools(imports):
    _fail_on("Product modules that import bench/ or tools/", layout.not_product_violations(imports))


def test_no_product_module_is_over_600_lines():
    _fail_on("Product modules over 600 lines (split them by subject)", layout.long_modules())


# The checker itself, on a small tree of its own.


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def small_house(tmp_path) -> Path:
    return _tree(
        tmp_path,
        {
            "column/__init__.py": "",
            "column/models.py": "from discussion.models import Comment\n",
            "column/views.py": "def page():\n    from bench.tree import shape\n",
            "column/tests/test_views.py": "import safety.models\n",
            "column/migrations/0001_initial.py": "import safety.models\n",
            "discussion/__init__.py": "",
            "discussion/models.py": "from .render import body\n",
            "discussion/render.py": (
                "def body():\n    from column import models\n\n" + "x = 1\n" * 600
            ),
            "safety/__init__.py": "",
            "safety/queue.py": (
                "from typing import TYPE_CHECKING\n"
                "from afterword import text\n"
                "if TYPE_CHECKING:\n    from discussion.models import Comment\n"
            ),
            "safety/links.py": "from afterword.urls import urlpatterns\n",
            "afterword/__init__.py": "",
            "afterword/text.py": "",
            "afterword/urls.py": "import column.views\nimport safety.queue\n",
            "afterword/settings_test.py": "from safety import queue\n",
            "afterword/mail.py": "from ..people import services\n",
            "people/__init__.py": "",
            "people/services.py": "",
        },
    )


def test_imports_inside_functions_and_relative_imports_count(small_house):
    found = {
        (i.importer, i.target) for path in layout.product_files(small_house)
        for i in layout.imports_of(path, small_house)
    }  # fmt: skip
    assert ("column.views", "bench.tree") in found
    assert ("discussion.models", "discussion.render") in found
    assert ("discussion.render", "column.models") in found  # `from column import models`
    assert ("safety.queue", "discussion.models") in found  # under TYPE_CHECKING
    assert ("afterword.mail", "people.services") in found


def test_tests_and_migrations_are_left_out(small_house):
    importers = {i.importer for i in layout.all_imports(small_house)}
    assert "column.tests.test_views" not in importers
    assert not any("migrations" in name for name in importers)


def test_each_rule_names_the_module_and_what_it_imports(small_house):
    imports = layout.all_imports(small_house)
    two_way = layout.two_way_violations(imports)
    assert two_way[0] == "column <-> discussion (1 import one way, 1 the other):"
    assert "    column.models (line 1) imports discussion.models" in two_way
    assert "    discussion.render (line 2) imports column.models" in two_way
    assert layout.safety_violations(imports) == [
        "safety.links (line 1) imports afterword.urls",  # the root is no helper
        "safety.queue (line 4) imports discussion.models",
    ]
    assert layout.afterword_helper_violations(imports) == [
        "afterword.mail (line 1) imports people.services"
    ]  # urls.py and settings_test.py are the composition root
    assert layout.not_product_violations(imports) == ["column.views (line 2) imports bench.tree"]
    assert layout.long_modules(small_house) == ["discussion/render.py: 603 lines"]


def test_the_composition_root_draws_no_arrows(small_house):
    edges = layout.arrows(layout.all_imports(small_house))
    assert ("afterword", "column") not in edges
    assert ("afterword", "safety") not in edges
    assert ("safety", "afterword") in edges  # safety.queue uses the text helper
    assert layout.loops(edges) == [["column", "discussion"]]
