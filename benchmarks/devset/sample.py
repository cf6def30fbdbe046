"""Draw the development set: a fixed-seed, outlet-stratified sample of corpus article ids.

Run ``python benchmarks/devset/sample.py --data ../shared/data`` to rewrite ``sample.json``.
Only ids, outlets and the split are stored; the text stays in ``../shared/data``.

Draw 1 (seed ``SEED``) gave 62 articles split dev/test; draws 2 and 3 (seeds ``SEED_2`` and
``SEED_3``) each added 24 more articles from the same pools, all ``dev``, so that the rules have
fresh development errors to learn from while the test split stays exactly as it was. Draw 4
(``SEED_4``) adds 16 ``dev`` articles, the Flemish ones from the longer articles (901-1,500
words) because their 120-900-word pools are used up. Draw 5 (``SEED_5``) adds 24 articles of
the Dutch outlets, every third of them (after a seeded shuffle) ``test``: the test split grows
from 20 to 28 articles so that its scores are less noisy. Draw 6 (``SEED_6``) adds 12 ``test``
articles from all five outlets (the Flemish ones from what is left of their 120-1,500-word
articles); one of them nearly repeats a dev article of draw 4 and is scored as dev
(``NEAR_COPIES``), so the test split holds 39 articles. Draws 7-24 and 27-54 add ``dev``
articles only, draws 25 and 26 (40 articles) ``test`` only: 79 test articles of 1,112.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from collections import defaultdict
from pathlib import Path
from typing import Any

SEED = 20261126
PER_OUTLET = {
    "NOS": 14,
    "De Telegraaf": 14,
    "7Days (sevendays.nl)": 12,
    "De Morgen": 11,
    "De Standaard": 11,
}
SEED_2 = 20261127
PER_OUTLET_2 = {
    "NOS": 6,
    "De Telegraaf": 5,
    "7Days (sevendays.nl)": 5,
    "De Morgen": 4,
    "De Standaard": 4,
}
SEED_3 = 20261128
# De Morgen's pool (15 articles of 120-900 words) is used up by draws 1 and 2, De Standaard's
# (19) has 4 left: draw 3 takes those and fills up with the Dutch outlets.
PER_OUTLET_3 = {"NOS": 8, "De Telegraaf": 7, "7Days (sevendays.nl)": 5, "De Standaard": 4}
MIN_WORDS, MAX_WORDS = 120, 900
SEED_5 = 20261130
PER_OUTLET_5 = {"NOS": 9, "De Telegraaf": 9, "7Days (sevendays.nl)": 6}
SEED_6 = 20261131
# (outlet, count, min words, max words)
DRAW_6 = (
    ("NOS", 3, MIN_WORDS, MAX_WORDS),
    ("De Telegraaf", 3, MIN_WORDS, MAX_WORDS),
    ("7Days (sevendays.nl)", 2, MIN_WORDS, MAX_WORDS),
    ("De Morgen", 2, MIN_WORDS, 1500),
    ("De Standaard", 2, MIN_WORDS, 1500),
)
# Drawn articles that nearly repeat an article drawn before (the corpus holds both versions of
# some print articles): they are scored with that article's split, since a test article must
# not have been tuned on.
SEED_7 = 20261201
# Draw 7 adds dev articles: De Morgen's last article of at most 1,500 words, one of De
# Standaard's longer ones (its shorter pool is used up), the Dutch outlets' usual pools.
DRAW_7 = (
    ("NOS", 8, MIN_WORDS, MAX_WORDS),
    ("De Telegraaf", 8, MIN_WORDS, MAX_WORDS),
    ("7Days (sevendays.nl)", 6, MIN_WORDS, MAX_WORDS),
    ("De Morgen", 1, MIN_WORDS, 1500),
    ("De Standaard", 1, 1501, 2500),
)
SEED_8 = 20261202
# Draw 8 adds dev articles once draw-7 tuning was done; the Flemish ones come from the
# 1,501-2,500-word articles (interviews, analyses), all that is left of those outlets.
DRAW_8 = (
    ("NOS", 6, MIN_WORDS, MAX_WORDS),
    ("De Telegraaf", 6, MIN_WORDS, MAX_WORDS),
    ("7Days (sevendays.nl)", 4, MIN_WORDS, MAX_WORDS),
    ("De Morgen", 3, 1501, 2500),
    ("De Standaard", 1, 1501, 2500),
)
SEED_9 = 20261203
# Draw 9 adds dev articles once draw-8 tuning was done; De Standaard has no article of at
# most 2,500 words left.
DRAW_9 = (
    ("NOS", 7, MIN_WORDS, MAX_WORDS),
    ("De Telegraaf", 7, MIN_WORDS, MAX_WORDS),
    ("7Days (sevendays.nl)", 4, MIN_WORDS, MAX_WORDS),
    ("De Morgen", 2, 1501, 2500),
)
SEED_10 = 20261204
# Draw 10 adds dev articles once draw-9 tuning was done.
DRAW_10 = (
    ("NOS", 8, MIN_WORDS, MAX_WORDS),
    ("De Telegraaf", 7, MIN_WORDS, MAX_WORDS),
    ("7Days (sevendays.nl)", 4, MIN_WORDS, MAX_WORDS),
    ("De Morgen", 1, 1501, 2500),
)
SEED_11 = 20261205
# Draw 11 adds dev articles once draw-10 tuning was done, from the same pools (De Morgen's last
# article of at most 2,500 words).
DRAW_11 = DRAW_10
SEED_12 = 20261206
# Draw 12 adds dev articles once draw-11 tuning was done; the Flemish outlets have no article
# of at most 2,500 words left.
DRAW_12 = (
    ("NOS", 8, MIN_WORDS, MAX_WORDS),
    ("De Telegraaf", 8, MIN_WORDS, MAX_WORDS),
    ("7Days (sevendays.nl)", 4, MIN_WORDS, MAX_WORDS),
)
SEED_13 = 20261207
# Draw 13 adds dev articles once the draw-12 round was scored and its docs written.
DRAW_13 = DRAW_12
SEED_14 = 20261208
SEED_15 = 20261209
# Draws 14 and 15 add dev articles once the draw-13 round was scored, from the same pools.
DRAW_14 = DRAW_15 = DRAW_12
SEED_16 = 20261210
# Draw 16 adds long Flemish articles (shorter ones are used up), for the features and
# interviews the Flemish outlets print.
DRAW_16 = (
    ("De Morgen", 3, 2501, 4500),
    ("De Standaard", 3, 2501, 4500),
)
SEED_17 = 20261211
# Draw 17 adds dev articles once the draw-14-16 round's rules were in, from draw 12's pools.
DRAW_17 = DRAW_12
SEED_18 = 20261212
# Draw 18 adds dev articles to score the draw-17 round's final rules once, from the same pools.
DRAW_18 = DRAW_12
SEED_19 = 20261213
SEED_20 = 20261214
# Draws 19 and 20 add dev articles once the draw-18 round was scored, from the same pools.
DRAW_19 = DRAW_20 = DRAW_12
SEED_21 = 20261215
SEED_22 = 20261216
# Draws 21 and 22 add dev articles to score the draw-19-20 round's rules once, same pools.
DRAW_21 = DRAW_22 = DRAW_12
SEED_23 = 20261217
SEED_24 = 20261218
# Draws 23 and 24 add dev articles to score the final rules of the draw-19-22 round once.
DRAW_23 = DRAW_24 = DRAW_12
SEED_25 = 20261219
SEED_26 = 20261220
# Draws 25 and 26 add test articles, from the same pools: 39 held-aside articles left single
# articles moving the test scores by points, so the test split grows to 79.
DRAW_25 = DRAW_26 = DRAW_12
SEED_27 = 20261221
SEED_28 = 20261222
# Draws 27 and 28 add dev articles to score the draw-25-26 round's rules once, same pools.
DRAW_27 = DRAW_28 = DRAW_12
SEED_29 = 20261223
SEED_30 = 20261224
# Draws 29 and 30 add dev articles to score the 2026-11-27 21:40 round's rules once, same pools.
DRAW_29 = DRAW_30 = DRAW_12
SEED_31 = 20261225
SEED_32 = 20261226
# Draws 31 and 32 add dev articles to score the same round's final rules once, same pools.
DRAW_31 = DRAW_32 = DRAW_12
SEED_33 = 20261227
SEED_34 = 20261228
# Draws 33 and 34 add dev articles to score the 2026-11-27 23:40 round's rules once, same pools.
DRAW_33 = DRAW_34 = DRAW_12
SEED_35 = 20261229
SEED_36 = 20261230
# Draws 35 and 36 add dev articles to score the 2026-11-28 00:55 round's rules once, same pools.
DRAW_35 = DRAW_36 = DRAW_12
SEED_37 = 20261231
SEED_38 = 20261232
# Draws 37 and 38 add dev articles to score the 2026-11-28 01:50 round's rules once, same pools.
DRAW_37 = DRAW_38 = DRAW_12
SEED_39 = 20261233
SEED_40 = 20261234
# Draws 39 and 40 score the same round's final rules once at first sight, same pools.
DRAW_39 = DRAW_40 = DRAW_12
SEED_41 = 20261235
SEED_42 = 20261236
# Draws 41 and 42 score the same round's final rules once more at first sight, same pools.
DRAW_41 = DRAW_42 = DRAW_12
SEED_43 = 20261237
SEED_44 = 20261238
# Draws 43 and 44 score the same round's rules after tuning on draws 41-42, same pools.
DRAW_43 = DRAW_44 = DRAW_12
SEED_45 = 20261239
SEED_46 = 20261240
# Draws 45 and 46 score the rules at the start of the next round, before any tuning on them.
DRAW_45 = DRAW_46 = DRAW_12
SEED_47 = 20261241
SEED_48 = 20261242
# Draws 47 and 48 score the same round's rules at its end, beside its starting rules.
DRAW_47 = DRAW_48 = DRAW_12
SEED_49 = 20261243
SEED_50 = 20261244
# Draws 49 and 50 score the next round's rules at its end, beside its starting rules.
DRAW_49 = DRAW_50 = DRAW_12
SEED_51 = 20261245
SEED_52 = 20261246
# Draws 51 and 52 score the 2026-11-28 08:15 round's rules, beside its starting rules.
DRAW_51 = DRAW_52 = DRAW_12
SEED_53 = 20261247
SEED_54 = 20261248
# Draws 53 and 54 score the 2026-11-28 11:00 round's rules, beside its starting rules.
DRAW_53 = DRAW_54 = DRAW_12
NEAR_COPIES = {"mediargus-038408": "mediargus-038409"}
SEED_4 = 20261129
# (outlet, count, min words, max words)
DRAW_4 = (
    ("De Morgen", 4, 901, 1500),
    ("De Standaard", 3, 901, 1500),
    ("NOS", 4, MIN_WORDS, MAX_WORDS),
    ("De Telegraaf", 3, MIN_WORDS, MAX_WORDS),
    ("7Days (sevendays.nl)", 2, MIN_WORDS, MAX_WORDS),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("sample.json"))
    args = parser.parse_args()
    words_of: dict[str, list[tuple[str, int]]] = defaultdict(list)
    with gzip.open(args.data / "news-nl" / "corpus.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            words_of[record["outlet"]].append((record["id"], len(record["text"].split())))
    chosen: list[dict[str, Any]] = []
    for draw, seed, spec, split in (  # split "thirds": shuffled, every third article test
        (1, SEED, _usual(PER_OUTLET), "thirds"),
        (2, SEED_2, _usual(PER_OUTLET_2), "dev"),
        (3, SEED_3, _usual(PER_OUTLET_3), "dev"),
        (4, SEED_4, DRAW_4, "dev"),
        (5, SEED_5, _usual(PER_OUTLET_5), "thirds"),
        (6, SEED_6, DRAW_6, "test"),
        (7, SEED_7, DRAW_7, "dev"),
        (8, SEED_8, DRAW_8, "dev"),
        (9, SEED_9, DRAW_9, "dev"),
        (10, SEED_10, DRAW_10, "dev"),
        (11, SEED_11, DRAW_11, "dev"),
        (12, SEED_12, DRAW_12, "dev"),
        (13, SEED_13, DRAW_13, "dev"),
        (14, SEED_14, DRAW_14, "dev"),
        (15, SEED_15, DRAW_15, "dev"),
        (16, SEED_16, DRAW_16, "dev"),
        (17, SEED_17, DRAW_17, "dev"),
        (18, SEED_18, DRAW_18, "dev"),
        (19, SEED_19, DRAW_19, "dev"),
        (20, SEED_20, DRAW_20, "dev"),
        (21, SEED_21, DRAW_21, "dev"),
        (22, SEED_22, DRAW_22, "dev"),
        (23, SEED_23, DRAW_23, "dev"),
        (24, SEED_24, DRAW_24, "dev"),
        (25, SEED_25, DRAW_25, "test"),
        (26, SEED_26, DRAW_26, "test"),
        (27, SEED_27, DRAW_27, "dev"),
        (28, SEED_28, DRAW_28, "dev"),
        (29, SEED_29, DRAW_29, "dev"),
        (30, SEED_30, DRAW_30, "dev"),
        (31, SEED_31, DRAW_31, "dev"),
        (32, SEED_32, DRAW_32, "dev"),
        (33, SEED_33, DRAW_33, "dev"),
        (34, SEED_34, DRAW_34, "dev"),
        (35, SEED_35, DRAW_35, "dev"),
        (36, SEED_36, DRAW_36, "dev"),
        (37, SEED_37, DRAW_37, "dev"),
        (38, SEED_38, DRAW_38, "dev"),
        (39, SEED_39, DRAW_39, "dev"),
        (40, SEED_40, DRAW_40, "dev"),
        (41, SEED_41, DRAW_41, "dev"),
        (42, SEED_42, DRAW_42, "dev"),
        (43, SEED_43, DRAW_43, "dev"),
        (44, SEED_44, DRAW_44, "dev"),
        (45, SEED_45, DRAW_45, "dev"),
        (46, SEED_46, DRAW_46, "dev"),
        (47, SEED_47, DRAW_47, "dev"),
        (48, SEED_48, DRAW_48, "dev"),
        (49, SEED_49, DRAW_49, "dev"),
        (50, SEED_50, DRAW_50, "dev"),
        (51, SEED_51, DRAW_51, "dev"),
        (52, SEED_52, DRAW_52, "dev"),
        (53, SEED_53, DRAW_53, "dev"),
        (54, SEED_54, DRAW_54, "dev"),
    ):
        rng = random.Random(seed)
        drawn = _draw(rng, spec, words_of, {item["id"] for item in chosen})
        if split == "thirds":
            rng.shuffle(drawn)
        for position, item in enumerate(drawn):
            third = split == "thirds" and position % 3 == 2
            item["split"] = "test" if third or split == "test" else "dev"
            item["draw"] = draw
        chosen += drawn
    split_of = {item["id"]: item["split"] for item in chosen}
    for item in chosen:
        if item["id"] in NEAR_COPIES:
            item["split"] = split_of[NEAR_COPIES[item["id"]]]
    args.out.write_text(json.dumps(chosen, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(chosen)} articles -> {args.out}")


def _usual(per_outlet: dict[str, int]) -> tuple[tuple[str, int, int, int], ...]:
    """A draw's (outlet, count, min words, max words) from the usual 120-900-word pools."""
    return tuple((outlet, count, MIN_WORDS, MAX_WORDS) for outlet, count in per_outlet.items())


def _draw(
    rng: random.Random,
    spec: tuple[tuple[str, int, int, int], ...],
    words_of: dict[str, list[tuple[str, int]]],
    taken: set[str],
) -> list[dict[str, Any]]:
    """Sample each outlet's count among its articles of the given length not taken before."""
    drawn: list[dict[str, Any]] = []
    for outlet, count, low, high in spec:
        pool = sorted(i for i, words in words_of[outlet] if low <= words <= high and i not in taken)
        drawn += [{"id": i, "outlet": outlet} for i in rng.sample(pool, count)]
    return drawn


if __name__ == "__main__":
    main()
