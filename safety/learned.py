"""Learned stage of the crisis screen: it sends a text to review, it never hides one.

Pure Python, numpy and the ``wordllama`` wheel; nothing here imports Django or
scikit-learn. ``tools/screen_model/train.py`` trains the model at build time
and writes ``safety/screen_model.npz`` (plain arrays, no pickle): weights,
bias, threshold, the feature settings and a hash of the training data.

How a text is scored:

1. It is cut into sentences at ``.``, ``!``, ``?`` and line breaks; a run-on
   sentence of more than 40 words is cut again at commas, so one risk clause
   is not averaged away by forty ordinary words.
2. Each sentence's words are normalised (lowercase, no punctuation: casing and
   full stops are style, not risk) and described by hashed words and word
   pairs, the mean of wordllama's static 256-dim token embeddings, and a few
   cues found here with a phrase table. Embeddings do not see negation, tense
   or whose experience it is ("I'm suicidal" and "I'm not suicidal" have cosine
   0.97), so the cues say it: negation, "I'm safe", past and resolved, someone
   else, a relative, figurative, professional, media.
3. A sentence's score is ``weights . features + bias``; the text's score is its
   highest sentence score, and :func:`flag` returns that sentence when the
   score reaches the threshold. The threshold was calibrated on that maximum
   over whole long ordinary comments, so a long comment does not get one
   chance per sentence at a threshold meant for one sentence.

The embedding model loads lazily, once per process, from the files inside the
wheel; it never downloads. ``ENABLED`` comes from the ``SCREEN_MODEL``
environment variable ("1", the default, or "0").
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# The matrices are small (a dozen sentences by a few hundred features): BLAS worker
# threads only cost here, ten times over on a busy machine, and every app worker
# would start its own. One thread, unless the operator says otherwise.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402 - after the thread limits, which numpy reads on import

from safety.learned_cues import (  # noqa: E402 - after numpy, for the same reason
    _CUE_SHIFTS,
    _CUE_TABLE,
    CUES,
    _cue_key,
    _hash,
    _mix,
)
from safety.learned_sentences import (
    _CLAUSE,
    _ENDS,
    _TOKEN,
    MAX_WORD,
    MAX_WORDS,
    _cut,
    _norm,
    sentence_words,
    sentences,
    words,
)

__all__ = [
    "ARTEFACT_PATH",
    "CUES",
    "ENABLED",
    "Features",
    "LearnedFlag",
    "Model",
    "cue_names",
    "featurise",
    "flag",
    "load",
    "read",
    "sentence_words",
    "sentences",
    "vocabulary",
    "words",
]

ARTEFACT_PATH = Path(__file__).resolve().parent / "screen_model.npz"


def _switch(name: str, default: str) -> bool:
    value = os.environ.get(name, default).strip()
    if value not in ("0", "1"):
        raise ValueError(f"{name} must be '0' or '1', not {value!r}")
    return value == "1"


ENABLED = _switch("SCREEN_MODEL", "1")


@dataclass(frozen=True)
class LearnedFlag:
    """The sentence that sent a text to review; ``text[start:end] == sentence``."""

    sentence: str
    start: int
    end: int
    score: float


def cue_names(sentence_words: list[str]) -> list[str]:
    """The names of the cues found in one sentence's words (for reading and tests)."""
    feats = featurise([sentence_words], 1)
    return [name for name, on in zip(_CUE_TABLE.names, feats.cues[0], strict=True) if on]


# --------------------------------------------------------------------------
# Embeddings and features
# --------------------------------------------------------------------------


WEIGHTS_FILE = "weights/l2_supercat_256.safetensors"  # what WordLlama.load() reads
TOKENIZER_FILE = "tokenizers/l2_supercat_tokenizer_config.json"


def _wordllama():
    """wordllama's version, embedding table and tokenizer, read from its wheel's files.

    The table is a read-only map of the weights file, not a copy: a word's vector
    is read once, when the word is first seen (`_Vocabulary._add`), so a process
    holds only the pages of the words it meets, and the processes of a machine
    share them through the page cache. Importing `wordllama` itself (requests,
    pydantic, ssl: 26 MB) and its loader's float32 copy of the 32,000 x 256 table
    (33 MB) made each web worker ~60 MB larger, measured. The weights file is
    safetensors: an 8-byte little-endian header length, a JSON header naming each
    tensor's dtype, shape and byte range, then the bytes. The tokenizer is set up
    as WordLlama's inference sets it (padding on, no truncation). If the wheel's
    layout is not what this expects, wordllama's own loader is used.
    """
    import importlib.metadata
    import importlib.util

    from tokenizers import Tokenizer

    spec = importlib.util.find_spec("wordllama")
    package = Path(next(iter(spec.submodule_search_locations or []), "")) if spec else Path()
    try:
        path = package / WEIGHTS_FILE
        with open(path, "rb") as f:
            size = int.from_bytes(f.read(8), "little")
            header = json.loads(f.read(size))
        tensor = header["embedding.weight"]
        dtype = {"F16": np.float16, "F32": np.float32}[tensor["dtype"]]
        begin, _end = tensor["data_offsets"]
        matrix = np.memmap(
            path, dtype=dtype, mode="r", offset=8 + size + begin, shape=tuple(tensor["shape"])
        )
        tokenizer = Tokenizer.from_file(str(package / TOKENIZER_FILE))
    except Exception:  # any surprise in the wheel's layout: its own loader instead
        return _wordllama_loaded()
    tokenizer.enable_padding()
    tokenizer.no_truncation()
    return importlib.metadata.version("wordllama"), matrix, tokenizer


def _wordllama_loaded():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    import wordllama
    from wordllama import WordLlama

    # wordllama calls logging.basicConfig() on import; leave the root
    # logger as the host process configured it.
    root.handlers[:] = handlers
    root.setLevel(level)
    model = WordLlama.load(cache_dir=os.path.dirname(wordllama.__file__), disable_download=True)
    return wordllama.__version__, model.embedding, model.tokenizer


class _Vocabulary:
    """Everything the features need about a word, computed once per word.

    From wordllama: the sum of the word's token vectors (the tokenizer has no
    pre-tokenizer and no token spans a space, so a sentence's tokens are its
    words' tokens in order, and summing the words' sums equals summing the
    tokens). Plus the word's hash (for the word features), its cue-key hash
    and its own cue bits. Looking words up here replaces a BPE pass over every
    comment, the slow part of ``WordLlama.embed``.
    """

    CAPACITY = 1 << 15  # words kept; when full it starts again

    def __init__(self) -> None:
        self.version, self.matrix, self._tokenizer = _wordllama()
        self._lock = threading.Lock()
        self._reset()

    def _reset(self) -> None:
        dim = self.matrix.shape[1]
        self._index: dict[str, int] = {}
        self._raw: dict[str, int] = {}  # a token as typed -> its normalised word's row
        self._chunks: dict[str, tuple[int, ...]] = {}  # text between spaces -> its codes
        self.generation = getattr(self, "generation", -1) + 1
        self.sums = np.zeros((self.CAPACITY, dim), dtype=np.float32)
        self.hashes = np.zeros(self.CAPACITY, dtype=np.int64)
        self.cue_keys = np.zeros(self.CAPACITY, dtype=np.int64)
        self.cue_bits = np.zeros(self.CAPACITY, dtype=np.int64)
        self.squares = np.zeros(self.CAPACITY, dtype=np.float64)  # |word's vector sum|^2
        # Each model's weights on the embedding, projected on every word once:
        # scoring a text then reads one number per word, not 256.
        self._projections: list[tuple[np.ndarray, np.ndarray]] = []

    def _add(self, word: str) -> None:
        at = len(self._index)
        # A "word" of thousands of letters is noise; its first letters describe it
        # as well and keep the tokenizer's work bounded.
        ids = self._tokenizer.encode(word[:MAX_WORD], add_special_tokens=False).ids or [0]
        # float16 to float32 is exact: the same sums as from a float32 copy.
        self.sums[at] = self.matrix[ids].astype(np.float32).sum(axis=0)
        self.squares[at] = float(np.dot(self.sums[at], self.sums[at]))
        for weights, projected in self._projections:
            projected[at] = float(np.dot(self.sums[at], weights))
        self.hashes[at] = _hash(word)
        key = _cue_key(word)
        self.cue_keys[at] = _hash(key)
        self.cue_bits[at] = _CUE_TABLE.word_mask(key)
        self._index[word] = at

    def _row_of(self, tok: str) -> int:
        """The code of a raw token: its word's row, or _END, _MARK or _NONE. Hold the lock."""
        first = tok[0]
        if first in _ENDS:
            at = _END
        elif first in _CLAUSE:
            at = _MARK
        elif not (word := _norm(tok)):
            at = _NONE
        else:
            at = self._index.get(word, -1)
            if at < 0:
                if len(self._index) >= self.CAPACITY:
                    self._reset()
                    raise _Full
                self._add(word)
                at = self._index[word]
        self._raw[tok] = at
        return at

    def text_rows(self, text: str) -> tuple[np.ndarray, np.ndarray, list[int]] | None:
        """The row of every word of ``text``, its sentence and where each sentence starts.

        Cut as :func:`sentence_words` cuts (its words, in order); None when the
        text has no words. Hold :attr:`lock` while using the rows.
        """
        while True:
            try:
                return self._text_rows(text)
            except _Full:
                continue  # the cache started again: look every word up anew

    def _chunk(self, chunk: str) -> tuple[int, ...]:
        """The codes of the tokens of one piece of text without spaces (cached)."""
        raw = self._raw
        codes = tuple(raw[t] if t in raw else self._row_of(t) for t in _TOKEN.findall(chunk))
        if len(self._chunks) >= 4 * self.CAPACITY:
            self._chunks.clear()
        self._chunks[chunk] = codes
        return codes

    def _text_rows(self, text: str) -> tuple[np.ndarray, np.ndarray, list[int]] | None:
        # No token spans a space, so a text's tokens are its space-separated
        # pieces' tokens in order; a line break ends a sentence like a full stop.
        # Looking whole pieces up ("years,") is cheaper than a regex pass.
        if "\n" in text:
            text = text.replace("\n", " . ")
        chunks = self._chunks
        get = chunks.get
        codes = [c for piece in text.split() for c in (get(piece) or self._chunk(piece))]
        if not codes:
            return None
        code = np.array(codes, dtype=np.intp)
        sentence = np.cumsum(code == _END)  # every token's sentence, empty ones included
        is_word = code >= 0
        if not is_word.any():
            return None
        sentence = sentence[is_word]
        row = np.zeros(len(sentence), dtype=np.intp)
        row[1:] = sentence[1:] != sentence[:-1]
        np.cumsum(row, out=row)  # renumbered without the empty sentences
        lengths = np.bincount(row)
        if lengths.max() > MAX_WORDS:
            return self._cut_rows(codes, code[is_word])
        starts = np.zeros(len(lengths), dtype=np.intp)
        np.cumsum(lengths[:-1], out=starts[1:])
        return code[is_word], row, starts.tolist()

    @staticmethod
    def _cut_rows(codes: list[int], words: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[int]]:
        """The run-on case: sentences of more than MAX_WORDS words cut at clause marks."""
        starts: list[int] = []
        count = first = 0
        marks: list[int] = []
        for c in codes:
            if c == _END:
                if count > first:
                    _close(starts, first, count, marks)
                    first, marks = count, []
            elif c == _MARK:
                marks.append(count - first)
            elif c >= 0:
                count += 1
        if count > first:
            _close(starts, first, count, marks)
        row = np.zeros(len(words), dtype=np.intp)
        row[starts[1:]] = 1
        np.cumsum(row, out=row)
        return words, row, starts

    def projection(self, weights: np.ndarray) -> np.ndarray:
        """Every cached word's vector sum projected on ``weights``. Hold the lock."""
        for known, projected in self._projections:
            if known is weights:
                return projected
        projected = np.zeros(self.CAPACITY, dtype=np.float64)
        n = len(self._index)
        projected[:n] = np.einsum("ij,j->i", self.sums[:n], weights)
        self._projections.append((weights, projected))
        return projected

    @property
    def lock(self) -> threading.Lock:
        return self._lock

    def rows(self, flat: list[str]):
        """(token vector sums, hashes, cue keys, cue bits, squares) of each word, in order."""
        with self._lock:
            try:
                at = np.array([self._index[w] for w in flat], dtype=np.intp)
            except KeyError:
                new = [w for w in dict.fromkeys(flat) if w not in self._index]
                if len(self._index) + len(new) > self.CAPACITY:
                    self._reset()
                    new = list(dict.fromkeys(flat))
                    if len(new) > self.CAPACITY:
                        raise ValueError("too many distinct words for one call") from None
                for word in new:
                    self._add(word)
                at = np.array([self._index[w] for w in flat], dtype=np.intp)
            return (
                self.sums[at],
                self.hashes[at],
                self.cue_keys[at],
                self.cue_bits[at],
                self.squares[at],
            )


_NEW, _NONE, _END, _MARK = -1, -2, -3, -4  # codes of tokens that are not a word's row


class _Full(Exception):
    """The word cache was full and started again in the middle of a text."""


def _close(starts: list[int], first: int, end: int, marks: list[int]) -> None:
    """Append where the parts of the sentence ``first:end`` start (see :func:`_cut`)."""
    if end - first <= MAX_WORDS:
        starts.append(first)
        return
    starts.extend(first + a for a, _b in _cut(end - first, set(marks)))


_vocabulary: _Vocabulary | None = None
_vocabulary_lock = threading.Lock()


def vocabulary() -> _Vocabulary:
    """The embedding model and word cache, loaded on first use, shared by the process."""
    global _vocabulary
    if _vocabulary is None:
        with _vocabulary_lock:
            if _vocabulary is None:
                _vocabulary = _Vocabulary()
    return _vocabulary


@dataclass(frozen=True)
class Features:
    """The features of a list of sentences, one row per sentence."""

    mean: np.ndarray  # (n, 256) the words' vector sum over the root of their squared lengths
    cues: np.ndarray  # (n, len(CUES)) 0/1
    grams: np.ndarray  # hashed buckets of the words and word pairs ...
    owner: np.ndarray  # ... and the row each belongs to


def featurise(sentence_words: list[list[str]], buckets: int) -> Features:
    """Features of sentences given as non-empty lists of normalised words (see :func:`words`)."""
    lengths = [len(w) for w in sentence_words]
    if not all(lengths):
        raise ValueError("every sentence needs at least one word")
    flat = [w for sentence in sentence_words for w in sentence]
    sums, hashes, cue_keys, cue_bits, squares = vocabulary().rows(flat)
    row = np.repeat(np.arange(len(lengths)), lengths)
    starts = np.zeros(len(lengths), dtype=np.intp)
    starts[1:] = np.cumsum(lengths[:-1])
    same = row[:-1] == row[1:]
    pairs = _mix(hashes[:-1], hashes[1:])[same]
    masks = _CUE_TABLE.masks_of(cue_bits, cue_keys, row, starts)
    bits = (masks[:, None] >> np.arange(len(_CUE_TABLE.names))) & 1
    # A slice per sentence: numpy's reduceat is slower for these shapes.
    ends = [*starts[1:].tolist(), len(flat)]
    means = np.stack([sums[a:b].sum(axis=0) for a, b in zip(starts.tolist(), ends, strict=True)])
    scale = np.sqrt(np.maximum(np.bincount(row, weights=squares, minlength=len(lengths)), 1e-12))
    return Features(
        mean=(means / scale[:, None]).astype(np.float32),
        cues=bits.astype(np.float32),
        grams=np.concatenate([hashes, pairs]) % buckets,
        owner=np.concatenate([row, row[:-1][same]]),
    )


# --------------------------------------------------------------------------
# The model
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Model:
    """A linear scorer of sentences; a text is flagged when one reaches ``threshold``."""

    word_weights: np.ndarray  # (buckets,) per hashed word or word pair
    mean_weights: np.ndarray  # (256,) on the mean embedding
    cue_weights: np.ndarray  # (cues,)
    bias: float
    threshold: float
    settings: dict
    data_hash: str

    @property
    def _cue_shifts(self) -> np.ndarray:
        return _CUE_SHIFTS

    @property
    def _cue_weights64(self) -> np.ndarray:
        return self.cue_weights.astype(np.float64)

    def scores(self, feats: Features) -> np.ndarray:
        """One score per sentence."""
        rows = len(feats.mean)
        words = np.bincount(feats.owner, weights=self.word_weights[feats.grams], minlength=rows)
        return words + feats.mean @ self.mean_weights + feats.cues @ self.cue_weights + self.bias

    def sentence_scores(self, text: str) -> list[tuple[int, int, float]]:
        """``(start, end, score)`` for every sentence of ``text``."""
        found = sentences(text)
        if not found:
            return []
        values = self.scores(featurise([w for _s, _e, w in found], self.settings["word_buckets"]))
        return [(s, e, float(v)) for (s, e, _w), v in zip(found, values, strict=True)]

    def text_scores(self, text: str) -> np.ndarray:
        """One score per sentence of ``text`` (as :func:`sentence_words` cuts it).

        The same numbers as ``scores(featurise(sentence_words(text)))``, computed
        straight from the word cache's rows with a few array operations: this is
        the hot path of every post.
        """
        vocab = vocabulary()
        with vocab.lock:
            found = vocab.text_rows(text)
            if found is None:
                return np.zeros(0, dtype=np.float64)
            at, row, starts = found
            n = len(starts)
            hashes = vocab.hashes[at]
            cue_keys = vocab.cue_keys[at]
            cue_bits = vocab.cue_bits[at]
            squares = vocab.squares[at]
            project = vocab.projection(self.mean_weights)[at]
        begin = np.array(starts, dtype=np.intp)
        buckets = self.settings["word_buckets"]
        same = row[:-1] == row[1:]
        pairs = _mix(hashes[:-1], hashes[1:])[same]
        grams = np.concatenate([hashes, pairs]) % buckets
        owner = np.concatenate([row, row[:-1][same]])
        words = np.bincount(owner, weights=self.word_weights[grams], minlength=n)
        # The embedding's share is linear in the words' vectors: each word's
        # projection, summed per sentence, over the root of its squared lengths.
        mean = np.bincount(row, weights=project, minlength=n) / np.sqrt(
            np.maximum(np.bincount(row, weights=squares, minlength=n), 1e-12)
        )
        masks = _CUE_TABLE.masks_of(cue_bits, cue_keys, row, begin)
        cues = ((masks[:, None] >> self._cue_shifts) & 1) @ self._cue_weights64
        return words + mean + cues + self.bias

    def best(self, text: str) -> tuple[int, int, float] | None:
        """``(start, end, score)`` of the highest-scoring sentence of ``text``, or None."""
        values = self.text_scores(text)
        if not len(values):
            return None
        best = int(np.argmax(values))
        start, end, _words = sentences(text)[best]
        return start, end, float(values[best])

    def flag(self, text: str) -> LearnedFlag | None:
        """The highest-scoring sentence of ``text`` if it reaches the threshold."""
        values = self.text_scores(text)
        if not len(values):
            return None
        best = int(np.argmax(values))
        if values[best] < self.threshold:
            return None
        start, end, _words = sentences(text)[best]  # offsets only for a flagged text
        return LearnedFlag(text[start:end], start, end, float(values[best]))


ARRAYS = ("word_weights", "mean_weights", "cue_weights")


def read(path: Path) -> Model:
    """Read an artefact written by the training script (``allow_pickle=False``)."""
    with np.load(path, allow_pickle=False) as data:
        arrays = {name: data[name].astype(np.float32) for name in ARRAYS}
        settings = json.loads(str(data["settings"]))
        model = Model(
            **arrays,
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            settings=settings,
            data_hash=str(data["data_hash"]),
        )
    if tuple(settings["cues"]) != _CUE_TABLE.names:
        raise ValueError(f"{path.name} was trained with other cues; retrain it")
    return model


@lru_cache(maxsize=1)
def load() -> Model:
    """The shipped model, read once per process."""
    return read(ARTEFACT_PATH)


def flag(text: str) -> LearnedFlag | None:
    """The sentence of ``text`` that should send it to review, or None.

    None as well when the stage is switched off (``SCREEN_MODEL=0``).
    """
    if not ENABLED:
        return None
    return load().flag(text)
