"""Print which of the product's apps import which, and the cycles among them.

    python -m tools.import_graph [--modules]

The graph is the one the layout test checks (afterword/tests/layout.py): read
with `ast`, nothing imported or run; imports inside functions count, tests and
migrations don't, and the composition root (afterword's settings, URLs, WSGI
entry and site shell) draws no arrows. Output is `name: value` lines, then one
`app -> app (n modules)` line per arrow, then the pairs of apps that import each
other and the groups bound in a loop.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from afterword.tests import layout  # noqa: E402  (after the checkout is on the path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--modules", action="store_true", help="name the importing modules")
    args = parser.parse_args(argv)
    edges = layout.arrows(layout.all_imports())
    pairs, groups = layout.two_way(edges), layout.loops(edges)
    print(f"arrows: {len(edges)}")
    print(f"two_way_pairs: {len(pairs)}")
    print(f"apps_in_loops: {sum(len(group) for group in groups)}")
    for (a, b), imports in sorted(edges.items()):
        modules = sorted({found.importer for found in imports})
        print(f"{a} -> {b} ({len(modules)})")
        if args.modules:
            for module in modules:
                print(f"    {module}")
    for a, b in pairs:
        print(f"both ways: {a} <-> {b}")
    for group in groups:
        print("loop: " + ", ".join(group))
    return 0


if __name__ == "__main__":
    sys.exit(main())
