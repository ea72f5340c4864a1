"""The crisis ladder: find the rules' matches, judge each in context, combine."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from safety.screen.cues import (
    _COVER_STORY,
    _GOODBYE_IN,
    _HOPEFUL,
    _HYPERBOLE,
    _MEANS_IN,
    _MEDIA_CUE,
    _MENTION_AFTER,
    _MENTION_BEFORE,
    _MENTION_KINDS,
    _MENTION_RULES,
    _OWN_BEFORE,
    _OWN_FRAME,
    _OWN_IDEATION,
    _OWN_THOUGHTS,
    _PLACE_PLANS,
    _REPORTED_OTHER,
    _REPORTED_SPEECH,
    _WORK_CUE,
)
from safety.screen.findings import FLAG_ORDER, Crisis, Span
from safety.screen.matching import _find_hits
from safety.screen.normalise import _normalise
from safety.screen.rules import (
    _ACCESS,
    _ACT_KINDS,
    _CLAUSE_SPLIT,
    _CONDITIONS,
    _DRUG_RE,
    _END_IT_BARE,
    _FIRST_IN_MATCH,
    _FUTURE,
    _HIST,
    _HIST_STRONG,
    _JOKE,
    _METHOD_MASK,
    _METHOD_NOUN,
    _NEG,
    _NEG_COND,
    _NEG_EXCEPT,
    _NEG_FIRST_AFTER,
    _PLAIN_CONDITIONS,
    _POST_NEG,
    _PRESENT,
    _PRESENT_STRONG,
    _RESOLVED,
    _RULE_INFO,
    _SAFE_AFTER_DOUBT,
    _SAFE_BEFORE_DOUBT,
    _SAFE_EPISODE,
    _SAFE_HINTS,
    _SAFE_KEEPS,
    _SAFE_NOW,
    _SENT_SPLIT,
    _SUBJ,
    _SUICIDAL_KINDS,
    _THERAPY_END,
    _THIRD_IN_MATCH,
    _THIRD_REFL,
    _TIME,
    _TRAVEL,
    _method_masked,
)

_REACH = 400  # characters of a sentence either side of a hit that its context reads


@dataclass
class _Hit:
    start: int
    end: int
    name: str
    level: int
    kind: str
    reason: str
    opts: dict
    negated: bool = False
    historical: bool = False
    third: bool = False
    drop: bool = False
    safe_now: bool = False


class _Text:
    """Normalised text with sentence and clause boundaries computed lazily."""

    __slots__ = ("norm", "_sent", "_clause")

    def __init__(self, norm: str):
        self.norm = norm
        self._sent: list[int] | None = None
        self._clause: list[int] | None = None

    def _bounds(self, regex: re.Pattern) -> list[int]:
        cuts = [0]
        for m in regex.finditer(self.norm):
            cuts.append(m.start())
            cuts.append(m.end())
        cuts.append(len(self.norm))
        return cuts

    @staticmethod
    def _locate(cuts: list[int], pos: int) -> tuple[int, int]:
        # cuts is [0, s1, e1, s2, e2, ..., len]; segments are cuts[2k]..cuts[2k+1]
        i = bisect_right(cuts, pos) - 1
        if i % 2 == 1:  # inside a separator: attach to the following segment
            i += 1
        i = min(i, len(cuts) - 2)
        return cuts[i], cuts[i + 1]

    def sentence(self, pos: int) -> tuple[int, int]:
        if self._sent is None:
            self._sent = self._bounds(_SENT_SPLIT)
        return self._near(self._locate(self._sent, pos), pos)

    def clause(self, pos: int) -> tuple[int, int]:
        if self._clause is None:
            self._clause = self._bounds(_CLAUSE_SPLIT)
        return self._near(self._locate(self._clause, pos), pos)

    @staticmethod
    def _near(span: tuple[int, int], pos: int) -> tuple[int, int]:
        # A "sentence" of thousands of characters without a full stop (a run-on
        # paste, a repeated phrase) is judged around the hit, so that the
        # context searches stay bounded.
        return max(span[0], pos - _REACH), min(span[1], pos + _REACH)


def _is_negated(t: _Text, start: int, end: int, clause: tuple[int, int]) -> bool:
    pre = t.norm[clause[0] : start]
    last = None
    for m in _NEG.finditer(pre):
        if _NEG_EXCEPT.match(pre, m.start()):
            continue
        last = m
    # "if she doesn't come back I'm going to ...": the negation is the condition's
    if (
        last is not None
        and len(pre[last.end() :].split()) <= 5
        and not (
            _NEG_COND.search(pre, 0, last.start()) and _NEG_FIRST_AFTER.search(pre, last.end())
        )
    ):
        return True
    return bool(_POST_NEG.match(t.norm, end, min(len(t.norm), max(clause[1], end + 16))))


# A relative clause after a hit describes a noun in it ("the bridge where I used
# to meet you"): its tense is not the hit's.
_RELATIVE = re.compile(r" (?:where|who|whom|whose) ")


def _is_historical(
    t: _Text, start: int, clause: tuple[int, int], recent_ok: bool = False, end: int | None = None
) -> bool:
    c0, c1 = clause
    s0, s1 = t.sentence(start)
    if end is not None:
        rel = _RELATIVE.search(t.norm, end, s1)
        if rel is not None:
            c1, s1 = min(c1, rel.start()), rel.start()
    if _FUTURE.search(t.norm, c0, c1):
        return False  # "I'll take them the day my therapist retires"
    if recent_ok:
        # Means gathered a month ago are still there: only a clearly resolved past counts.
        if _HIST_STRONG.search(t.norm, s0, s1) and not _PRESENT_STRONG.search(t.norm, s0, s1):
            return True
        return bool(_RESOLVED.search(t.norm, s0, s1))
    if _PRESENT.search(t.norm, c0, c1) and (
        _PRESENT_STRONG.search(t.norm, c0, c1) or not _HIST_STRONG.search(t.norm, c0, c1)
    ):
        return False
    if _HIST.search(t.norm, c0, c1):
        return True
    if _HIST_STRONG.search(t.norm, s0, s1) and not _PRESENT_STRONG.search(t.norm, s0, s1):
        return True
    return bool(_RESOLVED.search(t.norm, s0, s1))


def _is_third_party(t: _Text, hit: _Hit, clause: tuple[int, int]) -> bool:
    if hit.kind == "abuse":
        return True
    matched = t.norm[hit.start : hit.end]
    if hit.opts.get("access"):
        return False  # someone else's means within the writer's reach
    if hit.opts.get("own"):
        # The writer's own question or plan ("how to hang yourself", "his rifle ...
        # how quick it would be"): only a third-person subject makes it someone else's,
        # and a first person inside the match keeps it the writer's ("my doctor
        # prescribed it and I know what I want to use it for").
        if _FIRST_IN_MATCH.search(matched):
            return False
        matched = ""
    if _THIRD_REFL.search(matched):
        return True
    if _FIRST_IN_MATCH.search(matched):
        return False
    if _THIRD_IN_MATCH.search(matched):
        return True
    last = None
    for m in _SUBJ.finditer(t.norm, clause[0], hit.start):
        last = m
    return last is not None and last.group("t") is not None


def _third_subject_before(t: _Text, pos: int) -> bool:
    """The nearest subject before ``pos`` in its sentence is someone else."""
    last = None
    for m in _SUBJ.finditer(t.norm, t.sentence(pos)[0], pos):
        last = m
    return last is not None and last.group("t") is not None


def _is_mention(t: _Text, hit: _Hit, clause: tuple[int, int]) -> bool:
    """The word used as a topic ("after a suicide", "suicide prevention") with no
    wish or attempt of the writer's in front of it."""
    norm = t.norm
    s0 = t.sentence(hit.start)[0]
    before = norm[max(s0, hit.start - 40) : hit.start]
    if _OWN_IDEATION.search(before):
        return False
    own_before = norm[clause[0] : hit.start]
    if (
        _OWN_THOUGHTS.match(norm, hit.end)
        and _OWN_BEFORE.search(own_before)
        and (own_before.strip() or not _third_subject_before(t, hit.start))
    ):
        return False
    return bool(_MENTION_BEFORE.search(before) or _MENTION_AFTER.match(norm, hit.end))


def _is_reported(t: _Text, hit: _Hit, clause: tuple[int, int]) -> bool:
    """Someone else's words or work: a quote, a question put to the writer, or a
    professional's or a reviewer's sentence without the writer's own wish in it."""
    norm = t.norm
    s0, s1 = t.sentence(hit.start)
    if _REPORTED_SPEECH.search(norm, s0, hit.start):
        return True
    quoted = _REPORTED_OTHER.search(norm, s0, hit.start)
    if quoted is not None and _third_subject_before(t, quoted.start()):
        return True  # "my mate texted 'gonna kms lol'"
    if _JOKE.search(norm, s0, s1) and _third_subject_before(t, hit.start):
        return True  # "my mate says kms every time he loses, it's just a joke"
    if hit.name in _MENTION_RULES and _is_mention(t, hit, clause):
        return True
    if not (_WORK_CUE.search(norm, s0, s1) or _MEDIA_CUE.search(norm, s0, s1)):
        return False
    if _OWN_FRAME.search(norm[clause[0] : hit.end]):
        return False
    # A bare mention ("suicide", "overdose", "self-harm") in such a sentence is the
    # subject of the work or the story; a first-person act stays the writer's.
    return hit.kind in _MENTION_KINDS or not _FIRST_IN_MATCH.search(norm, clause[0], hit.end)


def _method_mention(t: _Text, lowered_ranges: list[tuple[int, int]]) -> re.Match | None:
    masked = [m.span() for m in _METHOD_MASK.finditer(t.norm)]
    for m in _METHOD_NOUN.finditer(t.norm):
        if _HOPEFUL.search(t.norm, *t.sentence(m.start())) or _HYPERBOLE.search(
            t.norm, *t.sentence(m.start())
        ):
            continue
        s, e = m.span()
        if any(a <= s < b for a, b in masked) or any(a <= s < b for a, b in lowered_ranges):
            continue
        clause = t.clause(s)
        probe = _Hit(s, e, "method_noun", 4, "method", "means mentioned", {})
        if _is_negated(t, s, e, clause):
            continue
        if _is_third_party(t, probe, clause) and not _ACCESS.search(t.norm, *clause):
            continue
        return m
    return None


# A long comment that says, in the writer's own present words, that they are safe
# ("I want to be clear that I'm safe now", "I'm not going to act on it") lowers
# its ideation (levels 2-3) to a mention that still goes to review. Never a
# method, a plan, a preparation or self-harm, and never an ideation sentence
# that is about right now ("tonight I want to die").
_SAFE_MIN_CHARS = 400
_LOWERED_BY_SAFE = frozenset({"passive", "state", "act"})
_KEEPS_LEVEL = frozenset({"method", "acq", "prep", "intent", "imminent", "doit", "selfharm"})


def _safe_statement(t: _Text) -> bool:
    norm = t.norm
    for m in _SAFE_NOW.finditer(norm):
        s0, s1 = t.sentence(m.start())
        if _SAFE_BEFORE_DOUBT.search(norm, max(s0, m.start() - 40), m.start()):
            continue
        if _SAFE_AFTER_DOUBT.match(norm, m.end(), s1):
            continue
        return True
    return False


def _lower_if_safe_now(t: _Text, hits: list[_Hit]) -> None:
    live = [h for h in hits if not (h.drop or h.negated or h.historical or h.third)]
    lowerable = [
        h
        for h in live
        if h.kind in _LOWERED_BY_SAFE
        and h.level <= 3
        and not h.opts.get("self_harm")
        and not _SAFE_KEEPS.search(t.norm, *t.sentence(h.start))
        and _SAFE_EPISODE.search(t.norm, *t.sentence(h.start))
    ]
    if not lowerable:
        return
    if any(h.level >= 4 or h.kind in _KEEPS_LEVEL or h.opts.get("self_harm") for h in live):
        return
    if not _safe_statement(t):
        return
    for h in lowerable:
        h.negated = True
        h.safe_now = True


def _crisis(text: str) -> tuple[Crisis, bool, bool]:
    """(crisis, lowered, cleared): ``cleared`` is True when the rules judged some
    wording benign or not the writer's own current danger (figurative, column
    vocabulary, negated, historical, someone else's); the model must not undo that."""
    if not text:
        return Crisis(), False, False
    norm, index = _normalise(text)
    found = _find_hits(norm)
    if not found:
        return Crisis(), False, _method_masked(norm)
    t = _Text(norm)
    hits: list[_Hit] = []
    for start, end, name in found:
        level, kind, reason, opts = _RULE_INFO[name]
        hits.append(_Hit(start, end, name, level, kind, reason, opts))

    # Plain conditions (a cue that must or must not share the sentence) first:
    # most texts lose every hit here and skip the context analysis.
    cleared = False
    for h in hits:
        if _PLAIN_CONDITIONS.isdisjoint(h.opts):
            continue
        s0, s1 = t.sentence(h.start)
        opts = h.opts
        if any(rx.search(norm, s0, s1) for rx in opts.get("unless", ())) and not (
            h.level == 5 and _COVER_STORY.search(norm, s0, s1)
        ):
            h.drop = True
            cleared = True  # a benign reading of the phrase ("my pills every morning")
        elif (
            any(not rx.search(norm, s0, s1) for rx in opts.get("need", ()))
            or any(not rx.search(norm) for rx in opts.get("need_text", ()))
            or ("need_any" in opts and not any(rx.search(norm, s0, s1) for rx in opts["need_any"]))
        ):
            h.drop = True
    hits = [h for h in hits if not h.drop]
    if not hits:
        return Crisis(), False, cleared or _method_masked(norm)

    # Idioms and service names clear the phrases they cover.
    covers = [(h.start, h.end) for h in hits if h.kind in ("mask", "figurative", "report")]
    figurative = False
    for h in hits:
        if h.kind in ("mask", "figurative", "report"):
            figurative = figurative or h.kind == "figurative"
            h.third = h.third or h.kind == "report"
            continue
        if any(a <= h.start and h.end <= b for a, b in covers):
            h.drop = True
    cleared = cleared or bool(covers)

    # Context of each remaining hit, judged in its own clause.
    for h in hits:
        if h.drop or h.kind in ("mask", "figurative", "context", "report"):
            continue
        clause = t.clause(h.start)
        h.negated = _is_negated(t, h.start, h.end, clause)
        if h.opts.get("inner_negation") and not h.negated:
            inner = norm[h.start : h.end]
            h.negated = any(not _NEG_EXCEPT.match(inner, n.start()) for n in _NEG.finditer(inner))
        h.historical = _is_historical(t, h.start, clause, bool(h.opts.get("recent_ok")), h.end)
        h.third = _is_third_party(t, h, clause) or _is_reported(t, h, clause)
        if _HYPERBOLE.search(norm, *t.sentence(h.start)):
            h.drop = True
            cleared = figurative = True
        if h.kind == "hint":
            continue  # a preparation cue clears nothing and lowers nothing: it only adds
        if h.opts.get("benign") == "travel":
            s0, s1 = t.sentence(h.start)
            if _TRAVEL.search(norm, s0, s1):
                h.drop = True
                cleared = True
        if _END_IT_BARE.search(norm, h.start, h.end) and _THERAPY_END.search(norm, *clause):
            h.drop = True
            cleared = True
        if h.negated or h.historical or h.third:
            cleared = True
        if h.level == 1 and (h.negated or h.historical or h.third):
            h.drop = True  # "I'm not hopeless" / "she feels hopeless"

    def live(h: _Hit) -> bool:
        return not (h.drop or h.negated or h.historical or h.third)

    contextual = [
        h
        for h in hits
        if live(h)
        and (h.level >= 2 or h.kind in ("context", "acq", "prep"))
        and h.kind not in ("mask", "figurative", "doit")
    ]
    context = bool(contextual)

    # Context from hits that stand on their own (conditional rules do not count).
    solid = [
        h
        for h in hits
        if live(h)
        and (h.level >= 2 or h.kind in ("context", "acq", "prep"))
        and h.kind not in ("mask", "figurative", "doit")
        and not any(k in h.opts for k in _CONDITIONS)
    ]

    # Conditional rules that depend on the rest of the text.
    for h in hits:
        req = h.opts.get("requires")
        if h.drop or not req:
            continue
        s0, s1 = t.sentence(h.start)
        if req == "time_and_context_other":
            ok = bool(_TIME.search(norm, s0, s1)) and any(o is not h for o in solid)
        elif req == "time_and_context_or_means":
            ok = bool(_TIME.search(norm, s0, s1)) and (
                context or bool(_MEANS_IN.search(norm, s0, s1))
            )
        elif req == "time_and_context":
            ok = bool(_TIME.search(norm, s0, s1)) and context
        elif req == "context":
            ok = any(o is not h for o in contextual)  # a rule is not its own context
        elif req == "context_or_means":
            ok = any(o is not h for o in contextual) or bool(_MEANS_IN.search(norm, s0, s1))
        elif req == "context_other":
            ok = any(o is not h for o in solid)
        elif req == "method_in_sentence":
            ok = bool(_METHOD_NOUN.search(norm, s0, s1))
        elif req == "drug_in_sentence":
            ok = bool(_DRUG_RE.search(norm, s0, s1))
        elif req == "time_or_context_or_hist":
            ok = (
                bool(_TIME.search(norm, s0, s1))
                or any(o is not h for o in contextual)
                or h.historical
            )
        else:
            ok = True
        if not ok:
            h.drop = True

    if len(text) >= _SAFE_MIN_CHARS and any(w in norm for w in _SAFE_HINTS):
        _lower_if_safe_now(t, hits)

    spans: list[tuple[int, int, str, int]] = []  # norm start, end, reason, effective level
    flags: set[str] = set()
    lowered_any = False
    level = 0
    live_hits: list[_Hit] = []
    hints: list[_Hit] = []
    lowered_ranges: list[tuple[int, int]] = []
    for h in hits:
        if h.drop:
            continue
        if h.kind == "hint":
            if live(h):
                hints.append(h)
            continue
        if h.kind == "figurative":
            spans.append((h.start, h.end, h.reason, 0))
            continue
        if h.kind in ("mask", "context"):
            continue
        if h.opts.get("self_harm") or h.kind == "selfharm":
            flags.add("self_harm")
        if h.negated or h.historical or h.third:
            notes = []
            if h.negated:
                flags.add("negated")
                notes.append("negated")
            if h.historical:
                flags.add("historical")
                notes.append("historical")
            if h.third:
                flags.add("third_party")
                notes.append("someone else")
            if h.safe_now:
                notes.append("the writer says they are safe now")
            lowered_any = True
            lowered_ranges.append(t.clause(h.start))
            level = max(level, 1)
            spans.append((h.start, h.end, f"{h.reason} ({', '.join(notes)}; lowered)", 1))
            continue
        live_hits.append(h)

    for h in live_hits:
        eff = h.level
        reason = h.reason
        if eff < 5 and (h.kind in _ACT_KINDS or h.opts.get("method")):
            s0, s1 = t.sentence(h.start)
            tm = None
            for cand in _TIME.finditer(norm, s0, s1):
                if cand.group() == "now" and cand.start() - h.end > 24:
                    continue  # "... the only thing that calms me down now"
                tm = cand
                break
            if tm:
                eff = 5
                reason = f"{h.reason} + time"
                spans.append((tm.start(), tm.end(), "time word", 5))
        level = max(level, eff)
        spans.append((h.start, h.end, reason, eff))

    if level == 4 and any(h.name in _PLACE_PLANS for h in live_hits):
        bye = _GOODBYE_IN.search(norm)
        if bye is not None and not any(a <= bye.start() < b for a, b in lowered_ranges):
            level = 5  # a plan with a place, and a goodbye anywhere in the text
            spans.append((bye.start(), bye.end(), "goodbye alongside a plan", 5))

    if 2 <= level <= 3 and any(h.kind in _SUICIDAL_KINDS for h in live_hits):
        m = _method_mention(t, lowered_ranges)
        if m is not None:
            level = 4
            spans.append((m.start(), m.end(), "means mentioned alongside ideation", 4))

    if hints and level < 5:
        # Preparations said in ordinary words (a note written, the dog rehomed, the
        # papers sorted, "I won't be here for Christmas"): two different kinds in
        # one text, or one beside the writer's own ideation, are a plan.
        groups = {h.opts.get("group") for h in hints}
        ideation = any(h.kind in _SUICIDAL_KINDS for h in live_hits) and level >= 2
        if len(groups) >= 2 or ideation:
            level = 5
            for h in hints:
                spans.append((h.start, h.end, f"preparation: {h.reason}", 5))

    if figurative:
        flags.add("figurative")

    # Drop spans contained in another span of at least the same level; map offsets.
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, str, int]] = []
    for sp in spans:
        if any(k[0] <= sp[0] and sp[1] <= k[1] and k[3] >= sp[3] for k in kept):
            continue
        kept.append(sp)
    out_spans = []
    for s, e, reason, _lvl in kept:
        if index is None:
            os_, oe = s, e
        else:
            os_, oe = index[s], index[e - 1] + 1
        out_spans.append(Span(os_, oe, text[os_:oe], reason))
    out_flags = tuple(f for f in FLAG_ORDER if f in flags)
    cleared = cleared or lowered_any or _method_masked(norm)
    return Crisis(level=level, flags=out_flags, spans=tuple(out_spans)), lowered_any, cleared
