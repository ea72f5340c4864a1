"""The learned stage's cues: what embeddings cannot see (negation, "I'm safe",
past and resolved, someone else, a relative, figurative, professional, media),
as a phrase table, and the word hashes the features share.

Imported through :mod:`safety.learned`, which sets numpy's thread limits first.
"""

from __future__ import annotations

import zlib

import numpy as np

# --------------------------------------------------------------------------
# Cues: what embeddings cannot see
# --------------------------------------------------------------------------

_RELATIVES = (
    "friend|friends|bestie|mate|brother|sister|sibling|mum|mom|mother|mam|dad|father|son|"
    "daughter|husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|flatmate|roommate|"
    "housemate|cousin|aunt|auntie|uncle|nan|nana|gran|granny|grandma|grandmother|grandpa|"
    "grandad|grandfather|colleague|coworker|boss|student|pupil|neighbour|neighbor|ex|kid|"
    "kids|child|teenager|niece|nephew|classmate|client|patient|brothers|sisters|sons|"
    "daughters|cousins|colleagues|students|clients|patients"
)
_PROFESSIONS = (
    "nurse|doctor|gp|therapist|counsellor|counselor|psychologist|psychiatrist|paramedic|"
    "worker|pharmacist|teacher|clinician|toxicologist|coroner|pathologist|chaplain|officer|"
    "volunteer|samaritan|moderator|researcher|medic|midwife|carer|trainee|engineer"
)
# Phrases of one to four words; "a|b" is a choice, "*" one word of any kind
# (only as the middle of three), "#" a number. A word ending in n't is also a
# negation and a word starting with "haha" also figurative.
CUES: dict[str, tuple[str, ...]] = {
    "first_person": ("i|i'm|im|i've|ive|i'd|i'll|me|my|myself|mine",),
    "negation": (
        "not|never|no|nobody|nothing|none|nowhere|neither|nor|without|dont|wont|cant|"
        "didnt|doesnt|isnt|wasnt|arent|havent|wouldnt|couldnt|shouldnt|aint",
    ),
    "safe": (
        "i'm|im|am|feel|feeling safe|ok|okay|fine|alright",
        "not suicidal|planning",
        "not in danger",
        "in any danger",
        "not at risk",
        "not going anywhere",
        "not going to do|act|hurt|kill|harm|end",
        "no plan|plans|intention|intent|urge",
        "safety plan",
        "never would|will|act",
        "don't|dont want to die|hurt|kill",
        "don't|dont feel suicidal",
    ),
    "past": (
        "used to",
        "year|years|month|months|week|weeks ago",
        "back then|when|in",
        "when i was",
        "at my|the worst|lowest",
        "in #",
        "i was #",
        "recovered|recovery|survived|anymore|once",
        "any more",
        "clean for",
        "since then",
        "last year|decade",
        "that winter|summer|spring|autumn|year|night",
        "as a teen|teenager|kid|child",
        "the time i",
        "after my attempt",
        "glad i'm|im alive|here",
        "i|i've|ive was|had|did|tried|attempted|overdosed|wanted|thought",
    ),
    "someone_else": (
        "he|she|they|he's|she's|they're|him|her|them|himself|herself|themselves|we|us|"
        "someone|somebody|people|anyone|everyone|his|their",
        "a person",
    ),
    "relative": (
        f"my|our|his|her|their|a|your {_RELATIVES}",
        f"my|our|his|her|their|a|your * {_RELATIVES}",
    ),
    "figurative": (
        "lol|lmao|rofl|jk|joking|kidding|murder|literally|battery|phone|plant|plants|wifi|laptop",
        "killing me|it",
        "dying to|for|of",
        "to die for",
        "dead tired|funny",
        "dead on my feet",
        "died laughing",
        "kill for",
        "could kill|killed",
        "could have killed",
        "car died",
    ),
    "professional": (
        f"a|an {_PROFESSIONS}",
        f"a|an * {_PROFESSIONS}",
        "clients|client|patients|patient|caseload|clinic|ward|supervision|training|"
        "assessment|guideline|guidelines|colleague|colleagues|shift",
        "my job",
        "at work",
    ),
    "media": (
        "film|movie|book|novel|show|series|episode|season|song|lyrics|documentary|podcast|"
        "article|news|character|play|poem|album|report|headline|study|research|statistics|"
        "cw|tw|netflix|chapter|plot|story|column|essay|campaign|awareness",
        "content|trigger warning",
    ),
}


_MASK32 = 0xFFFFFFFF
_PAIR = 1_000_003  # mixes the hash of a word into the hash of the words before it
_SKIP = 0x5BD1E995  # marks a "first * third" key apart from a "first second" key


def _mix(left, right):
    """The hash of a word sequence extended by one word (ints or int64 arrays)."""
    return ((left * _PAIR) ^ right) & _MASK32


def _hash(word: str) -> int:
    return zlib.crc32(word.encode())


def _cue_key(word: str) -> str:
    return "#" if word.isdigit() else word


class _CueTable:
    """The phrases of :data:`CUES` as a sorted array of phrase hashes, one bit per cue."""

    def __init__(self, cues: dict[str, tuple[str, ...]]) -> None:
        self.names = tuple(cues)
        self.single: dict[str, int] = {}
        phrases: dict[int, int] = {}
        for bit, specs in enumerate(cues.values()):
            for spec in specs:
                seqs: list[tuple[str, ...]] = [()]
                for slot in spec.split():
                    seqs = [seq + (alt,) for seq in seqs for alt in slot.split("|")]
                for seq in seqs:
                    if len(seq) == 1:
                        self.single[seq[0]] = self.single.get(seq[0], 0) | 1 << bit
                        continue
                    if len(seq) == 3 and seq[1] == "*":
                        key = _mix(_hash(seq[0]), _hash(seq[2])) ^ _SKIP
                    else:
                        key = _hash(seq[0])
                        for word in seq[1:]:
                            key = _mix(key, _hash(word))
                    phrases[key] = phrases.get(key, 0) | 1 << bit
        order = sorted(phrases)
        self.keys = np.array(order, dtype=np.int64)
        self.masks = np.array([phrases[k] for k in order], dtype=np.int64)
        self.negation = 1 << self.names.index("negation")
        self.figurative = 1 << self.names.index("figurative")

    def word_mask(self, word: str) -> int:
        found = self.single.get(word, 0)
        if word.endswith("n't"):
            found |= self.negation
        if word.startswith("haha"):
            found |= self.figurative
        return found

    def masks_of(self, single: np.ndarray, keys: np.ndarray, row: np.ndarray, starts: np.ndarray):
        """Each sentence's cue bits: its words' own bits, plus every phrase found in it.

        ``single``/``keys``/``row`` are per word: its own bits, its cue-key hash
        and its sentence; ``starts`` is where each sentence's words begin.
        """
        out = np.bitwise_or.reduceat(single, starts)
        two = _mix(keys[:-1], keys[1:])  # the hash of the two words starting here
        three = _mix(two[:-1], keys[2:])
        four = _mix(three[:-1], keys[3:])
        skip = _mix(keys[:-2], keys[2:]) ^ _SKIP  # this word and the one after next
        found = np.concatenate([two, three, four, skip])
        first = np.concatenate([row[:-1], row[:-2], row[:-3], row[:-2]])
        last = np.concatenate([row[1:], row[2:], row[3:], row[2:]])
        where = np.minimum(np.searchsorted(self.keys, found), len(self.keys) - 1)
        hit = np.flatnonzero((self.keys[where] == found) & (first == last))  # within a sentence
        for at, bits in zip(first[hit].tolist(), self.masks[where[hit]].tolist(), strict=True):
            out[at] |= bits  # a few phrases per text: cheaper than ufunc.at
        return out


_CUE_TABLE = _CueTable(CUES)
_CUE_SHIFTS = np.arange(len(_CUE_TABLE.names), dtype=np.int64)
