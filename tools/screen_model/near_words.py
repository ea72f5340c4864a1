"""List English words one edit from a word the normaliser corrects typos towards.

    python3 -m tools.screen_model.near_words /usr/share/dict/british-english-large ...

Prints the words of the given word lists (one word a line, as Debian's
``wamerican``/``wbritish`` packages ship them) that are one substitution, one
adjacent swap, one letter added or one dropped away from a typo target and are
not targets themselves. They belong in ``safety/screen/data/near_words.txt``:
a writer who types one of them means it, not the crisis word next to it. The
word lists are read at build time only; the screen ships the result.
"""

from __future__ import annotations

import sys

from safety.screen import lexicon, phrases


def _edits(word: str) -> set[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = set()
    for i in range(len(word) + 1):
        for c in letters:
            out.add(word[:i] + c + word[i:])
        if i < len(word):
            out.add(word[:i] + word[i + 1 :])
            for c in letters:
                out.add(word[:i] + c + word[i + 1 :])
        if i < len(word) - 1:
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    return out


def main(paths: list[str]) -> int:
    english = set()
    for path in paths:
        with open(path, encoding="utf-8", errors="ignore") as fh:
            english |= {w.strip().lower() for w in fh if w.strip().isalpha()}
    targets = set(lexicon.typo_targets()) | set(phrases.vocabulary())
    known = set(lexicon.entries("near_words"))
    near = set()
    for target in targets:
        near |= {w for w in _edits(target) if w in english and len(w) >= 4}
    for word in sorted(near - targets - known):
        print(word)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
