"""Learned second stage of the crisis screen: a small linear model in pure Python.

The weights live in ``safety/model.json`` (written by ``safety.train_model``;
plain JSON, no pickle) and are read once, on first use. Nothing here needs
numpy or scikit-learn.

The model has one logistic head per rung of the ladder ("level >= 2",
">= 3", ">= 4", ">= 5") over word unigrams and bigrams plus a few cheap
sub-word features. A text is scored sentence by sentence: every sentence and
every pair of neighbouring sentences is a window, and a window suggests the
highest rung whose head clears its threshold, provided the ">= 2" head clears
its own (a higher rung never fires on its own). :func:`suggest` returns the
best suggestion and the sentence that drove it; ``safety.screen`` uses it only
to raise a level, never to lower one.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path

__all__ = ["MODEL_PATH", "Model", "Suggestion", "features", "load", "sentences", "suggest"]

MODEL_PATH = Path(__file__).resolve().parent / "model.json"

DEFAULT_CONFIG = {"bigrams": True, "prefix": 5, "char": [], "neg": 0}

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
_QUOTES = ("\u2018", "\u2019", "\u02bc", "\u2032", "`")
_NEGATORS = frozenset(
    (
        "not",
        "no",
        "never",
        "nothing",
        "neither",
        "nor",
        "cannot",
        "dont",
        "don't",
        "doesnt",
        "doesn't",
        "didnt",
        "didn't",
        "wont",
        "won't",
        "wouldnt",
        "wouldn't",
        "cant",
        "can't",
        "couldnt",
        "couldn't",
        "isnt",
        "isn't",
        "wasnt",
        "wasn't",
        "arent",
        "aren't",
        "werent",
        "weren't",
        "havent",
        "haven't",
        "hasnt",
        "hasn't",
        "shouldnt",
        "shouldn't",
        "aint",
        "ain't",
    )
)


def _prepare(text: str) -> str:
    """Lowercase and fold curly apostrophes (length kept for ASCII input)."""
    text = text.lower()
    if not text.isascii():
        for q in _QUOTES:
            text = text.replace(q, "'")
    return text


def features(sentence: str, config: dict | None = None) -> list[str]:
    """Feature strings of one sentence (repeats kept, so counts add up)."""
    return token_features(_TOKEN.findall(_prepare(sentence)), config)


def token_features(toks: list[str], config: dict | None = None) -> list[str]:
    cfg = config or DEFAULT_CONFIG
    out = list(toks)
    if cfg.get("bigrams", True):
        out.extend(a + " " + b for a, b in zip(toks, toks[1:], strict=False))
    plen = cfg.get("prefix", 0)
    if plen:
        out.extend(">" + t[:plen] for t in toks if len(t) > plen)
    for n in cfg.get("char", ()):
        for t in toks:
            padded = "<" + t + ">"
            out.extend("#" + padded[i : i + n] for i in range(len(padded) - n + 1))
    scope = cfg.get("neg", 0)
    if scope and not _NEGATORS.isdisjoint(toks):
        left = 0
        for t in toks:
            if left:
                out.append("!" + t)
                left -= 1
            if t in _NEGATORS:
                left = scope
    return out


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence with at least one letter or digit."""
    out = []
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


@dataclass(frozen=True)
class Suggestion:
    level: int
    start: int
    end: int


class Model:
    """Linear heads over sparse features; built from the exported JSON dict."""

    def __init__(self, data: dict):
        self.config = data.get("config", DEFAULT_CONFIG)
        self.heads: tuple[int, ...] = tuple(data["heads"])
        self.bias: tuple[float, ...] = tuple(data["bias"])
        self.thresholds: tuple[float, ...] = tuple(data["thresholds"])
        # One dict per head so a sum runs in C (map/filter) rather than a Python loop.
        self.weights: tuple[dict[str, float], ...] = tuple(
            {f: w[k] for f, w in data["weights"].items() if w[k]} for k in range(len(self.heads))
        )

    def _scored(self, text: str):
        """Sentence spans and the features of each sentence."""
        spans = sentences(text)
        config = self.config
        prepared = _prepare(text)
        if len(prepared) != len(text):  # a few characters lowercase to two
            return spans, [features(text[s:e], config) for s, e in spans]
        find = _TOKEN.findall
        return spans, [token_features(find(prepared, s, e), config) for s, e in spans]

    def _sums(self, feats: list[list[str]], k: int) -> list[float]:
        get = self.weights[k].get
        return [sum(filter(None, map(get, f))) for f in feats]

    def _windows(self, text: str, all_heads: bool = False):
        """Yield (margins, sentence indices) for every one- and two-sentence window.

        Heads above the first are only summed when some window passes the first
        head's threshold (or when ``all_heads`` is asked for).
        """
        spans, feats = self._scored(text)
        n = len(spans)
        if not n:
            return spans, []
        nheads = len(self.heads)
        sums = [self._sums(feats, 0)]
        gate = self.thresholds[0] - self.bias[0]
        if all_heads or any(
            sums[0][i] > gate or (i + 1 < n and sums[0][i] + sums[0][i + 1] > gate)
            for i in range(n)
        ):
            sums.extend(self._sums(feats, k) for k in range(1, nheads))
        else:
            sums.extend([float("-inf")] * n for _k in range(1, nheads))
        out = []
        for i in range(n):
            out.append(([b + col[i] for b, col in zip(self.bias, sums, strict=True)], (i,), sums))
            if i + 1 < n:
                margins = [b + col[i] + col[i + 1] for b, col in zip(self.bias, sums, strict=True)]
                out.append((margins, (i, i + 1), sums))
        return spans, out

    def margins(self, text: str) -> list[float]:
        """Per head, the highest margin (log-odds) over all windows; -inf for no text."""
        best = [float("-inf")] * len(self.heads)
        for margins, _idx, _sums in self._windows(text, all_heads=True)[1]:
            best = [max(a, b) for a, b in zip(best, margins, strict=True)]
        return best

    def level_of(self, margins: list[float], thresholds: tuple[float, ...] | None = None) -> int:
        th = self.thresholds if thresholds is None else thresholds
        if margins[0] <= th[0]:
            return 0
        level = self.heads[0]
        for k in range(1, len(self.heads)):
            if margins[k] > th[k]:
                level = self.heads[k]
        return level

    def suggest(self, text: str) -> Suggestion | None:
        spans, windows = self._windows(text)
        best: Suggestion | None = None
        for margins, idx, sums in windows:
            level = self.level_of(margins)
            if level == 0 or (best is not None and level <= best.level):
                continue
            head = self.heads.index(level)
            s, e = spans[max(idx, key=lambda i: sums[head][i])]
            best = Suggestion(level, s, e)
        return best


_LOCK = threading.Lock()
_LOADED: list[Model | None] = []


def load(path: Path | None = None) -> Model | None:
    """The shipped model, read once; None when the file is missing or unreadable."""
    if path is not None:
        with open(path, encoding="utf-8") as fh:
            return Model(json.load(fh))
    if not _LOADED:
        with _LOCK:
            if not _LOADED:
                try:
                    with open(MODEL_PATH, encoding="utf-8") as fh:
                        model: Model | None = Model(json.load(fh))
                except (OSError, ValueError, KeyError, TypeError):
                    model = None
                _LOADED.append(model)
    return _LOADED[0]


def suggest(text: str) -> Suggestion | None:
    """Suggested crisis level (2-5) and the sentence behind it, or None."""
    model = load()
    if model is None or not text:
        return None
    return model.suggest(text)
