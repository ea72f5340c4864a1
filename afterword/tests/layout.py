"""Who imports whom among the product's apps, read from the source with `ast`.

Nothing is imported or run: each module of a product app is parsed, and every
`import` and `from … import` in it counts, at the top or inside a function, under
`if TYPE_CHECKING:` or in a `try:` alike. Relative imports are resolved against
the module's package. Tests and migrations are left out (a test may reach into
anything; a migration is a frozen record of the models). Strings that name a
module (`include("column.urls")`, `"column.Answer"`) are not imports.

The composition root is the part of `afterword` that puts the apps together: it
may import every app, and its imports are not arrows of `afterword`'s, since no
app imports it back. `test_layout.py` checks the house rules on this graph, and
`python -m tools.import_graph` prints it.
"""

from __future__ import annotations

import ast
import fnmatch
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
APPS = ("afterword", "column", "discussion", "circles", "safety", "people", "search", "moving")
NOT_PRODUCT = ("bench", "tools")
SKIPPED_FOLDERS = {"tests", "migrations"}
MAX_LINES = 600

# The composition root: modules whose whole job is to put the apps together, reached
# only from the settings, the URL map or the WSGI entry point, never imported by an app.
COMPOSITION = (
    "afterword.settings*",  # INSTALLED_APPS, middleware, every app's settings
    "afterword.urls",  # the URL map: each app's URLs under one root
    "afterword.wsgi",
    "afterword.asgi",
    "afterword.warmup",  # run by wsgi.py: loads every app's views and the screen
    "afterword.views",  # the site shell: the CSRF-failure page and the staff landing hand
    #                     each request back to the app whose form or workspace it was
    "afterword.staff",  # the staff header: which workspaces (the desk, the queue) a person has
)


@dataclass(frozen=True)
class Import:
    importer: str  # the importing module, dotted
    line: int
    target: str  # the imported module (or package), dotted

    def __str__(self) -> str:
        return f"{self.importer} (line {self.line}) imports {self.target}"


def app_of(module: str) -> str | None:
    head = module.split(".", 1)[0]
    return head if head in APPS else None


def is_composition(module: str) -> bool:
    return any(fnmatch.fnmatchcase(module, pattern) for pattern in COMPOSITION)


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def product_files(root: Path = ROOT) -> list[Path]:
    """Every Python module of the product apps, tests and migrations left out."""
    files = []
    for app in APPS:
        folder = root / app
        if folder.is_dir():
            files += [
                path
                for path in folder.rglob("*.py")
                if not SKIPPED_FOLDERS.intersection(path.relative_to(folder).parts)
            ]
    return sorted(files)


def imports_of(path: Path, root: Path = ROOT) -> list[Import]:
    """Every import statement of one module, wherever it stands in the file."""
    here = module_name(path, root)
    package = here.split(".") if path.name == "__init__.py" else here.split(".")[:-1]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(here, node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from the package, one level up per extra dot
                base = package[: len(package) - node.level + 1]
                if node.module:
                    base = base + [node.module]
                target = ".".join(base)
            else:
                target = node.module or ""
            # `from afterword import views` imports the module afterword.views.
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                found.append(
                    Import(here, node.lineno, submodule if _is_module(submodule, root) else target)
                )
    return found


def _is_module(dotted: str, root: Path) -> bool:
    path = root.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def all_imports(root: Path = ROOT) -> list[Import]:
    """The imports of every product module, once each (`from a import b, c` of two
    names in one module is one import of `a`)."""
    found = [found for path in product_files(root) for found in imports_of(path, root)]
    return list(dict.fromkeys(found))


def arrows(imports: list[Import]) -> dict[tuple[str, str], list[Import]]:
    """(importing app, imported app) -> the imports behind that arrow, the composition
    root left out on both ends."""
    edges: dict[tuple[str, str], list[Import]] = defaultdict(list)
    for found in imports:
        source, target = app_of(found.importer), app_of(found.target)
        if source is None or target is None or source == target:
            continue
        if is_composition(found.importer) or is_composition(found.target):
            continue
        edges[(source, target)].append(found)
    return dict(edges)


def two_way(edges: dict[tuple[str, str], list[Import]]) -> list[tuple[str, str]]:
    """Pairs of apps that import each other."""
    return sorted((a, b) for a, b in edges if a < b and (b, a) in edges)


def loops(edges: dict[tuple[str, str], list[Import]]) -> list[list[str]]:
    """Groups of apps bound in a loop (strongly connected, more than one app)."""
    following: dict[str, set[str]] = defaultdict(set)
    for a, b in edges:
        following[a].add(b)
    apps = sorted({app for edge in edges for app in edge})

    def reach(start: str) -> set[str]:
        seen: set[str] = set()
        todo = [start]
        while todo:
            for nxt in following[todo.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    reached = {app: reach(app) for app in apps}
    groups: list[list[str]] = []
    for app in apps:
        group = sorted(other for other in apps if other in reached[app] and app in reached[other])
        if len(group) > 1 and group not in groups:
            groups.append(group)
    return groups


# The house rules, each as a list of violations, one readable line each.


def two_way_violations(imports: list[Import]) -> list[str]:
    edges = arrows(imports)
    lines = []
    for a, b in two_way(edges):
        there, back = edges[(a, b)], edges[(b, a)]
        lines.append(f"{a} <-> {b} ({_imports(len(there))} one way, {len(back)} the other):")
        lines += [f"    {found}" for found in there + back]
    return lines


def _imports(count: int) -> str:
    return f"{count} import" + ("" if count == 1 else "s")


def safety_violations(imports: list[Import]) -> list[str]:
    """safety imports no other app; afterword's helpers (not its composition root) it may."""
    return [
        str(found)
        for found in imports
        if app_of(found.importer) == "safety"
        and app_of(found.target) not in (None, "safety")
        and not (app_of(found.target) == "afterword" and not is_composition(found.target))
    ]


def afterword_helper_violations(imports: list[Import]) -> list[str]:
    """afterword's helpers import no app (the composition root may)."""
    return [
        str(found)
        for found in imports
        if app_of(found.importer) == "afterword"
        and not is_composition(found.importer)
        and app_of(found.target) not in (None, "afterword")
    ]


def not_product_violations(imports: list[Import]) -> list[str]:
    """No product module imports the benchmarks or the tools."""
    return [str(found) for found in imports if found.target.split(".", 1)[0] in NOT_PRODUCT]


def long_modules(root: Path = ROOT) -> list[str]:
    lines = []
    for path in product_files(root):
        count = len(path.read_text(encoding="utf-8").splitlines())
        if count > MAX_LINES:
            lines.append(f"{path.relative_to(root)}: {count} lines")
    return lines
