"""Indirect speech: the clause a speech cue reports ("Hij zei dat ...")."""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import replace
from itertools import pairwise
from typing import Final

from newsstruct.lexicon import load_set
from newsstruct.rules._attribution import (
    _COMPARATIVES,
    _RELATIVE_OPENERS,
    _TIME_NOUNS,
    QuoteFinding,
    _Attribution,
    _attribution,
    _finding,
    _inverted_subject,
    _parsed_subject,
    _subject,
)
from newsstruct.rules._tokens import (
    _ADVERBS,
    _AUXILIARIES,
    _COORDINATORS,
    _DETERMINERS,
    _LEADERS,
    _POSSESSIVES,
    _PREPOSITIONS,
    _QUESTION_WORDS,
    _SENTENCE_END,
    _SUBJECT_PRONOUNS,
    _TEMPORAL_REPORT,
    Range,
    _closes_quote,
    _Doc,
    _label,
    _next_comma,
    _np_after,
    _only_a_phrase,
    _person_noun,
    _source_word,
    _sources_after,
    _speaker_span,
    _words,
)
from newsstruct.rules.coref import _NOMINATIVE, role_of
from newsstruct.rules.cues import QuoteLexicon, _Cue, _cue_at

_TE_VERBS: Final = _words(
    "zeggen verklaren beweren stellen melden vertellen erkennen toegeven menen denken "
    "vrezen verwachten wetenlaten verwijten ontkennen beloven bekendmaken aankondigen dreigen "
    "zweren bezweren tekennengeven aangeven claimen bekennen"
)  # not "hopen" (no cue at all): "hoopt genoeg te verdienen" is a plan
_NEGATIONS: Final = _words("niet nooit geen allerminst nergens niemand")
# Opinion verbs whose "niet" belongs to the opinion ("vindt niet dat X" means "vindt dat niet
# X"): negation raising. "Niemand vindt dat" or "zei niet dat" still report nothing.
_NEG_RAISING: Final = _words("vinden denken geloven verwachten menen")
_HYPOTHETICAL: Final = _words("als indien wanneer mocht tenzij wie")
_CLAUSE_CUTTERS: Final = _words("want")  # (", terwijl ..." stays: the gold set keeps it)
_REASON_SUBORDINATORS: Final = _words("omdat doordat nadat voordat zodat hoewel terwijl toen")
_CLAUSE_OPENERS: Final = _words("want maar en omdat terwijl")
_INTENT: Final = _words("zal zullen wil willen gaat gaan ging gingen")
_SAME_THING: Final = _words("hetzelfde dat dit het iets niets zoiets alles datzelfde")
_RAISING_VERBS: Final = _words("beloven dreigen")  # also "seem to": "dreigt te mislukken"
_SMALL_CLAUSE_VERBS: Final = _words("vinden noemen")  # with an object and its predicate
_AS_VERBS: Final = _words("zien bestempelen")  # with an object and "als" + its predicate
_OPINION_VERBS: Final = _SMALL_CLAUSE_VERBS | _AS_VERBS  # their report needs no verb of its own
_DEGREE_WORDS: Final = _words(
    "maar allemaal echt wel gewoon pure puur"
)  # "het allemaal maar onzin"
_OBJECT_IT: Final = _words("het dat dit")  # the object of a noun-predicate opinion
# Adjective suffixes, with their comparatives ("raadzaam", "handiger"); not "-aal", "-eel" or
# "-ief", which many nouns end in ("verhaal", "personeel", "archief").
_ADJECTIVE_ENDINGS: Final = (
    *("zaam", "zamer", "baar", "baarder", "lijk", "lijker"),
    *("ig", "iger", "isch", "ischer", "loos", "lozer"),
)
_IMPERSONAL_VERBS: Final = _words("is was zijn waren valt viel vallen")
_WRITER: Final = _words("ik we wij je mij ons jou")  # the writer, the reader ("je", "jou")
_OF_VERBS: Final = _words("afvragen twijfelen betwijfelen")
_SO_THAT: Final = _words("zo zo'n zo’n zodanig dusdanig zoveel zulke zulk zozeer")
# "zei dat niet", "zei dat maandag nadat ...": adverbs after which "dat" is the verb's object
# when no clause of its own follows them ("benadrukt dat ook gemeenten ... kunnen").
_OBJECT_DAT: Final = _words(
    "niet ook wel nooit zelf eerder later toen gisteren vandaag gisteravond vanochtend "
    "vanmiddag vanavond maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
)
_MIN_CLAIM_TOKENS: Final = 2
_WHO_CLAUSE: Final = _words("die wie wiens wier")  # a relative clause about a person
_OBJECT_PRONOUNS: Final = _words("hem haar hen het dat dit ze")
_UNMARKED_CLAIM: Final = 4  # words before a trailing cue written without its comma
_CLAIM_ENDS: Final = frozenset(("VERB", "AUX", "NOUN", "PROPN", "ADJ", "ADV", "NUM"))
_PASSIVE_AUXILIARIES: Final = _words("werd werden wordt worden")
_DESCRIBING: Final = frozenset(("omschrijven", "beschrijven", "typeren"))
_MAX_BARE_PREDICATE: Final = 3  # "Dat vindt ze (heel erg) jammer"
_MIN_OWN_WORDS: Final = 3  # a claim opening and closing with quoted words has its own words too
_OVERLAP_LOOKBACK: Final = 8  # reported clauses checked for overlap before a new one
_COMPLEMENTIZER_WINDOW: Final = 30


def _negated(doc: _Doc, first: int, stop: int) -> bool:
    """Tell whether a negation stands in tokens ``first`` to ``stop``.

    Not one inside a noun phrase's adjective: "in niet mis te verstane woorden liet weten".
    """
    return any(
        doc.lower[i] in _NEGATIONS and not _negates_adjective(doc, i, stop)
        for i in range(first, stop)
    )


def _negated_after(doc: _Doc, cue: _Cue, content: int) -> bool:
    """Tell whether a negation stands between the cue and its report, unless it is raised.

    "Hij vindt niet dat hij had moeten bellen" reports his opinion; "zei niet dat" does not.
    """
    if cue.lemma in _NEG_RAISING and "niet" in doc.lower[cue.last + 1 : content]:
        other = [i for i in range(cue.last + 1, content) if doc.lower[i] != "niet"]
        return any(doc.lower[i] in _NEGATIONS for i in other)
    if cue.particle is not None and cue.particle > cue.last:  # "sluit ... niet uit dat":
        after = cue.particle + cue.size  # the particle's "niet" is the verb's own
        return _negated(doc, cue.last + 1, cue.particle) or _negated(doc, after, content)
    return _negated(doc, cue.last + 1, content)


def _negates_adjective(doc: _Doc, index: int, stop: int) -> bool:
    following = index + 1
    while following < stop and doc.lower[following] in ("mis", "te"):
        following += 1  # "niet mis te verstane"
    if following + 1 >= stop or doc.tokens[following].upos != "ADJ":
        return False
    after_preposition = index > 0 and doc.lower[index - 1] in _PREPOSITIONS
    return after_preposition and doc.tokens[following + 1].upos == "NOUN"


def _clause_start(doc: _Doc, index: int, unit: Range) -> int:
    for at in range(index - 1, unit[0] - 1, -1):
        if doc.punct(at) and doc.tokens[at].text not in ("(", ")"):
            return at + 1
    return unit[0]


def _own_clause(doc: _Doc, clause: int, index: int) -> int:
    """Where the clause of token ``index`` opens: after a subordinator like "omdat", if any.

    "Hij komt niet omdat hij ... vindt": the "niet" is not in the clause of "vindt".
    """
    for at in range(index - 1, clause - 1, -1):
        if doc.lower[at] in _REASON_SUBORDINATORS:
            return at
        if doc.lower[at] == "maar" and at > clause and doc.lower[at - 1] == "en":
            return at  # "... geen goed idee en maar vijf procent vindt": a clause of its own
    return clause


def _complementizer(doc: _Doc, lexicon: QuoteLexicon, cue: _Cue, stop: int) -> int | None:
    """Find the "dat"/"of" that opens the reported clause after a speech verb."""
    relative_until = 0
    for index in range(cue.last + 1, min(stop, cue.last + _COMPLEMENTIZER_WINDOW)):
        token, word = doc.tokens[index], doc.lower[index]
        if cue.particle is not None and cue.particle <= index < cue.particle + cue.size:
            continue  # the verb's own particle ("maakte ... bekend dat")
        if index <= relative_until:
            continue  # inside a relative clause set off by commas
        # "dat" right after the verb is the complementizer even when tagged as a pronoun,
        # unless it is an object itself ("zei dat niet", "zei dat ook").
        relative = token.upos == "PRON" and doc.tokens[index - 1].upos == "NOUN"
        if word == "dat" and relative and not _de_word_before(doc, index):
            # "over het moment dat hij ...": a relative clause; but a "de" noun takes "die",
            # so in "zei de Maleisische premier dat ..." the "dat" opens the report
            return None
        if word == "dat" and _relative_pronoun(doc, index) and not _de_word_before(doc, index):
            set_off = doc.tokens[index - 1].text == ","  # a clause between commas may end
            closing = _next_comma(doc, index + 1, stop) if set_off else stop
            if closing == stop:
                return None  # "deelname aan het KLM Open, dat wordt gehouden in ...": relative
            relative_until = closing  # "stelde in haar rapport, dat ... verscheen, dat ..."
            continue
        if word == "dat" and any(doc.lower[i] in _SO_THAT for i in range(cue.last + 1, index)):
            return None  # "vonden het zo'n mooi verhaal dat ...": a result clause
        if word == "dat" and doc.lower[index - 1] in ("zonder", "behalve"):
            return None  # "iets aardigs zeggen, zonder dat je iets terugverwacht": no report
        if word == "dat" and cue.particle == index + 1:
            return None  # "maakte dat bekend": "dat" points back to the previous sentence
        asks = cue.lemma in _OF_VERBS  # "vragen zich af of": "of" is the complementizer
        if word == "dat" or (
            word == "of" and (asks or token.upos != "CCONJ" or token.deprel == "mark")
        ):
            following = index + 1
            quoted = following + 1 < stop and doc.quoted(following + 1) is not None
            if following < stop and (not doc.punct(following) or (word == "dat" and quoted)):
                return None if word == "dat" and _object_dat(doc, index, stop) else index
            right_after = index - 1 in (cue.last, (cue.particle or 0) + cue.size - 1)
            if (
                word == "dat"
                and following < stop
                and doc.tokens[following].text == ","
                and right_after
            ):
                return index  # "sluiten niet uit dat, gelet op de koers, beleggers ..."
            return None
        if token.text in (":", ";") or (token.text[:1] in _SENTENCE_END and doc.punct(index)):
            return None  # (not ".nl" in "liet aan horses.nl weten dat")
        if word in ("en", "maar"):
            return None  # "bepaalde het tempo en dat werd ...": a new clause, no report
        if word in _QUESTION_WORDS:
            return None  # "laat zien hoe dat gaat": "dat" is the subject of a question
        named = index in doc.in_entity or token.text[:1].isupper()  # "Tsepkalo/VERB": a name
        if word in _ADVERBS and doc.quoted(index) is None:
            continue  # "wees X er de afgelopen/VERB week op dat": an adjunct, no verb
        before_dat = index + 1 < stop and doc.lower[index + 1] == "dat"
        predicate = token.feats.get("VerbForm") == "Part" and before_dat
        if doc.quoted(index) is not None or (
            token.upos in ("VERB", "AUX") and not named and not predicate
        ):
            return None  # but "acht bewezen dat": the participle is the verb's predicate
        if _cue_at(doc, lexicon, index, stop) is not None:
            return None
    return None


def _relative_pronoun(doc: _Doc, index: int) -> bool:
    """Tell a "dat" the parser made the subject or object of a relative clause."""
    head = doc.heads[index]
    argument = doc.tokens[index].deprel.startswith(("nsubj", "obj"))
    return argument and head is not None and doc.tokens[head].deprel == "acl:relcl"


def _de_word_before(doc: _Doc, index: int) -> bool:
    """Tell a singular noun phrase with "de" ending right before ``index`` ("de premier")."""
    at = index - 2
    while at >= 0 and doc.tokens[at].upos == "ADJ":
        at -= 1
    return at >= 0 and doc.lower[at] == "de"


def _clause_end(doc: _Doc, lexicon: QuoteLexicon, first: int, stop: int) -> int:
    """Return one past the last token of the reported clause starting at token ``first``."""
    index = first
    while index < stop:
        text = doc.tokens[index].text
        if text == ";":
            break
        if text == ":" and index + 1 < stop and doc.quoted(index + 1) is not None:
            break
        if doc.lower[index] in ("en", "maar") and index > first and index + 1 < stop:
            at = index + 1
            while at + 1 < stop and (doc.lower[at] in _AUXILIARIES or doc.lower[at] in _ADVERBS):
                at += 1  # "... en hebben (ook) beloofd dat"
            cue = _cue_at(doc, lexicon, at, stop)
            if cue is not None and cue.is_verb and cue.kind != "attribution":
                break  # "weerspreekt dat hij niet functioneert en zegt te vermoeden dat ..."
            if _subject_and_cue(doc, lexicon, at, stop):
                break  # "... goed zijn voor de economie en ruim zestig procent vindt ..."
            if doc.tokens[index - 1].upos in ("VERB", "AUX") and _second_main_clause(
                doc, index + 1, stop
            ):
                break  # "vindt dat de afspraken niet ver genoeg gaan en N&M heeft te weinig ..."
            subordinate = "dat" in doc.lower[max(0, first - 2) : first]  # (not after "volgens")
            if (
                subordinate
                and doc.tokens[index - 1].upos in ("VERB", "AUX")
                and _auxiliary_first(doc, index + 1, stop)
            ):
                break  # "geeft toe dat ze fout zat en heeft ontslag genomen": the main clause's
            if subordinate and _main_verb_conjunct(doc, index + 1, first):
                break  # "zegt dat hij ... ziet voor Italië en roept op tot ...": the cue's
        if text == "," and index + 1 < stop:
            nxt = index + 2 if doc.lower[index + 1] == "zo" else index + 1
            if doc.lower[index + 1] in _CLAUSE_CUTTERS:
                break
            if (
                doc.lower[index + 1] in _COORDINATORS
                and _main_clause_at(doc, index + 2, stop)
                and not (
                    _fronted_volgens(doc, first) and _inverted_main_clause(doc, index + 2, stop)
                )
                and not _list_goes_on(doc, index)
            ):
                break  # "..., maar de minister is het er niet mee eens"
            if _inverted_main_clause(doc, index + 1, stop):
                break  # "Waar Marko liet weten het oneens te zijn, bleef Horner kalm"
            joined = doc.lower[index + 1] in _COORDINATORS and index + 2 < stop
            clause_cue = _cue_at(doc, lexicon, index + 2, stop) if joined else None
            if clause_cue is not None and clause_cue.clause:
                break  # "..., en volgens de Financial Times zijn er ...": another report
            cue = _cue_at(doc, lexicon, nxt, stop) if nxt < stop else None
            if cue is not None and (
                not cue.is_verb or _inverted_subject(doc, cue, cue.verb, stop) is not None
            ):
                break  # "..., zo benadrukt ook het PBL"
            after_cue = cue.last + 1 if cue is not None else stop
            own = cue is not None and cue.is_verb and nxt == index + 1 and after_cue < stop
            if own and doc.lower[after_cue] == "dat" and _in_relative_clause(doc, first):
                break  # "X, die aankondigde dat A, zei dat B": the main clause's own report
        index += 1
    while index > first and (
        (doc.punct(index - 1) and not _closes_quote(doc, index - 1))
        or doc.lower[index - 1] in ("en", "maar")
    ):
        index -= 1  # (and "en" before "maar vijf procent vindt")
    return index


def _main_verb_conjunct(doc: _Doc, index: int, clause: int) -> bool:
    """Tell a verb after "en" that the parser joins to a verb before the reported clause.

    "Conte zegt dat hij ... ziet en roept op tot ...": "roept" goes with "zegt", so the
    report ends before "en"; "omdat P. zich goed gedroeg en meewerkte aan ..." goes on.
    """
    head = doc.heads[index]
    token = doc.tokens[index]
    return token.upos == "VERB" and token.deprel == "conj" and head is not None and head < clause


def _auxiliary_first(doc: _Doc, first: int, stop: int) -> bool:
    """Tell a conjunct of the main clause: a finite auxiliary, then words, then a participle.

    In a subordinate clause the auxiliary comes last ("en ontslag heeft genomen").
    """
    token = doc.tokens[first]
    if token.upos != "AUX" or token.feats.get("VerbForm") != "Fin":
        return False
    for index in range(first + 1, stop):
        if doc.punct(index) or doc.tokens[index].upos == "SCONJ":
            return False
        if doc.tokens[index].feats.get("VerbForm") == "Part":
            return index > first + 1
    return False


def _subject_and_cue(doc: _Doc, lexicon: QuoteLexicon, first: int, stop: int) -> bool:
    """Tell a new clause at ``first``: a subject (nsubj to the parser), then a finite cue.

    Not "... intolerant is en geweld/obj ziet als middel": the same clause goes on with its
    object.
    """
    subject = _np_after(doc, first, stop)
    if subject is None or not any(
        doc.tokens[i].deprel.startswith("nsubj") for i in range(*subject)
    ):
        return False
    cue = _cue_at(doc, lexicon, subject[1], stop)
    return (
        cue is not None
        and cue.first == subject[1]
        and doc.tokens[cue.verb].feats.get("VerbForm") == "Fin"
    )


def _in_relative_clause(doc: _Doc, first: int) -> bool:
    """Tell whether the report at ``first`` hangs from a cue in a relative clause (", die")."""
    start = doc.units[doc.unit_of[first]][0]
    return any(
        doc.lower[i] in ("die", "dat") and doc.tokens[i - 1].text == ","
        for i in range(max(start + 1, first - _COMPLEMENTIZER_WINDOW), first - 1)
    )


def _second_main_clause(doc: _Doc, first: int, stop: int) -> bool:
    """Tell a main clause after "en" (subject, finite verb, more) from a second "dat" clause.

    "dat de afspraken niet ver genoeg gaan en Natuur en Milieu heeft te weinig kennis": the
    finite verb right after the subject with an object after it is a main clause's; a
    subordinate clause puts it last ("en de werkloosheid daalt"), and one that goes on after
    its verb goes on with a phrase ("daalt tot drie procent"). The caller asks only after a
    verb, where the subordinate clause before "en" ended.
    """
    phrase = _np_after(doc, first, stop)
    while phrase is not None and phrase[1] + 1 < stop and doc.lower[phrase[1]] == "en":
        more = _np_after(doc, phrase[1] + 1, stop)  # "Natuur en Milieu heeft"
        if more is None:
            break
        phrase = phrase[0], more[1]
    if phrase is None or phrase[1] + 2 >= stop:
        return False
    verb = doc.tokens[phrase[1]]
    if verb.upos not in ("VERB", "AUX") or verb.feats.get("VerbForm") != "Fin":
        return False
    following = doc.tokens[phrase[1] + 1]
    if doc.punct(phrase[1] + 1) or following.upos in ("SCONJ", "VERB", "AUX"):
        return False
    return following.upos != "ADP" or doc.lower[phrase[1] + 1] == "te"  # "heeft te weinig"


def _fronted_volgens(doc: _Doc, first: int) -> bool:
    """Tell whether the report at ``first`` follows a sentence-opening "Volgens X"."""
    for index in range(first - 1, max(first - 10, -1), -1):
        if doc.lower[index] == "volgens":
            return index == 0 or doc.tokens[index - 1].text in (".", "!", "?", ":")
        if doc.punct(index):
            return False
    return False


def _list_goes_on(doc: _Doc, comma: int) -> bool:
    """Tell the last item of a list of names after ", en" ("Reed, Harrington, en Wallace").

    The name before the comma follows another comma, and a name of the same label follows "en".
    """
    before, after = comma - 1, comma + 2
    start = doc.in_entity.get(before)
    if start is None or start < 1 or doc.tokens[start - 1].text != ",":
        return False
    return after in doc.entity_end and doc.entity_label.get(after) == doc.entity_label.get(start)


def _main_clause_at(doc: _Doc, first: int, stop: int) -> bool:
    """Tell whether a subject and a finite verb start at token ``first``."""
    if doc.tokens[first].upos in ("VERB", "AUX") or doc.lower[first] in _QUESTION_WORDS:
        return True  # "..., maar krijgt amper bezoek", "..., maar hoeveel dat is, ..."
    if first < stop - 1 and doc.lower[first] in _ADVERBS:  # "..., maar daar ging het over"
        verb = first + 1
        return doc.lower[verb] in _AUXILIARIES or doc.tokens[verb].upos in ("VERB", "AUX")
    phrase = _np_after(doc, first, stop)
    if phrase is None or phrase[1] >= stop:
        return False
    verb = phrase[1]
    return doc.lower[verb] in _AUXILIARIES or doc.tokens[verb].upos in ("VERB", "AUX")


def _inverted_main_clause(doc: _Doc, first: int, stop: int) -> bool:
    """Tell whether a finite verb and then its subject start at token ``first``.

    After a comma that opens the main clause of a sentence whose fronted subordinate clause
    held the report; inside a "dat"-clause the verbs come last, so no report goes on there.
    """
    if first + 1 >= stop or doc.tokens[first].feats.get("VerbForm") != "Fin":
        return False
    if doc.tokens[first].upos not in ("VERB", "AUX"):
        return False
    subject = doc.tokens[first + 1]
    if subject.deprel in ("nsubj", "nsubj:pass", "expl"):
        return True  # "en gaat dat in tegen de regels"
    return doc.lower[first + 1] in _SUBJECT_PRONOUNS or subject.upos in ("PROPN", "DET")


def _indirect(doc: _Doc, lexicon: QuoteLexicon) -> list[QuoteFinding]:
    found: list[QuoteFinding] = []
    cue_starts: list[int] = []  # sorted, so the nesting test below is a bisection
    for unit in doc.units:
        first, stop = unit
        if doc.blocks and doc.blocks[doc.block_of[first]].kind == "boilerplate":
            continue
        if doc.tokens[stop - 1].text == "?" and doc.quoted(stop - 1) is None:
            continue  # a question reports no statement ("En wat vindt hij ervan dat ...?")
        taken_until = first
        going_on = _goes_on(doc, lexicon, found, unit)
        if going_on is not None:  # "Hij bevestigt dat A. En dat B.": B is his report too
            found.append(going_on)
            continue
        for index in range(first, stop):
            if index < taken_until or doc.quoted(index) is not None:
                continue
            cue = _cue_at(doc, lexicon, index, stop)
            if cue is None or cue.kind == "attribution":
                continue
            content = _reported(doc, lexicon, cue, unit)
            if content is None:
                continue
            clause = _clause_start(doc, cue.first, unit)
            if cue.first > clause and doc.lower[cue.first - 1] in ("en", "maar"):
                clause = cue.first  # "... niet functioneert en zegt": a new conjunct
            claim_end = doc.token_at(content[1] - 1)  # a trailing cue's clause starts after
            before = claim_end + 1 if claim_end is not None and claim_end < cue.first else clause
            if cue.is_verb and (  # its claim: "Zodra dat gebeurt richt hij ..., zegt X"
                _negated(doc, _own_clause(doc, clause, cue.first), cue.first)
                or _negated_after(doc, cue, doc.token_at(content[0]) or cue.last + 1)
                or _hypothetical(doc, before, cue.first)
                or _not_yet_said(doc, cue, clause)
                or _impersonal(doc, cue)
                or _found_out(doc, cue, clause)
                or _wish(doc, cue, clause, doc.token_at(content[0]) or cue.last + 1)
                or _counterfactual(doc, cue, clause)
            ):
                continue
            attribution = _attribution(doc, lexicon, cue, unit, content)
            if _the_writer(doc, attribution.speaker):
                continue  # "We willen maar zeggen: ...", "Dat zien we ...": the column's own voice
            if _shown_by_deeds(doc, cue, attribution):
                taken_until = max(taken_until, (cue.particle or cue.last) + 1)
                continue
            inner = bisect_left(cue_starts, content[0])
            if inner < len(cue_starts) and cue_starts[inner] < content[1]:
                # "Hij vindt dat ..., zo zegt hij": the inner report is the quote; its source
                # is who speaks ("een meerderheid is van mening dat ..., zegt Sulik": Sulik).
                if attribution.speaker is not None and content[0] <= cue_starts[inner]:
                    if _reports_a_named_source(doc, found, cue_starts[inner], attribution):
                        found.append(_finding(doc, "indirect", content, attribution))
                        continue
                    _give_outer_speaker(doc, found, cue_starts[inner], attribution.speaker)
                continue
            finding = _finding(doc, "indirect", content, attribution)
            found.append(finding)
            if finding.cue is not None:
                insort(cue_starts, finding.cue[0])
            end_token = doc.token_at(content[1] - 1)
            taken_until = max(taken_until, (end_token or index) + 1, cue.last + 1)
    return found


def _goes_on(
    doc: _Doc, lexicon: QuoteLexicon, found: list[QuoteFinding], unit: Range
) -> QuoteFinding | None:
    """A sentence "En dat ..." that goes on with the dat-clause reported right before it."""
    first, stop = unit
    number = doc.unit_of[first]
    if number == 0 or first + 2 >= stop or doc.lower[first : first + 2] != ["en", "dat"]:
        return None
    if doc.tokens[first + 1].upos != "SCONJ" or doc.quoted(first) is not None:
        return None
    if doc.tokens[first + 2].upos in ("VERB", "AUX"):
        return None  # "En dat is niet alles": "dat" is the subject
    before = doc.units[number - 1]
    if doc.block_of[before[0]] != doc.block_of[first]:
        return None
    low, high = doc.chars(*before)
    previous = next(
        (f for f in reversed(found) if low <= f.start and f.end <= high and f.kind == "indirect"),
        None,
    )
    opening = None if previous is None else doc.token_at(previous.start)
    if previous is None or previous.cue is None or not opening or doc.lower[opening - 1] != "dat":
        return None
    end = _clause_end(doc, lexicon, first + 2, stop)
    if end - first - 2 < _MIN_CLAIM_TOKENS:
        return None
    start, stop_char = doc.chars(first + 2, end)
    return replace(previous, start=start, end=stop_char, paragraph=doc.block_at(start))


def _the_writer(doc: _Doc, speaker: Range | None) -> bool:
    """Tell the writer's voice outside quotation marks ("ik", "we", the reader's "je")."""
    if speaker is None:
        return False
    words = doc.text[speaker[0] : speaker[1]].lower().split()
    return len(words) == 1 and words[0] in _WRITER


def _reports_a_named_source(
    doc: _Doc, found: list[QuoteFinding], cue_start: int, outer: _Attribution
) -> bool:
    """Tell whether an outlet reports what a named organisation said or did.

    "Stadion Feijenoord heeft aangekondigd ..., meldt RTV Rijnmond": two reports, the
    sentence RTV Rijnmond's and the clause Stadion Feijenoord's.
    """
    if outer.speaker is None or _labels(doc, outer.speaker) - {"ORG", "MISC"}:
        return False
    inner = next((f for f in reversed(found) if f.cue and f.cue[0] == cue_start), None)
    if inner is None or inner.speaker is None:
        return False
    labels = _labels(doc, inner.speaker)  # a person's words keep the outlet as medium instead
    return "ORG" in labels and doc.text[slice(*inner.speaker)] != doc.text[slice(*outer.speaker)]


def _give_outer_speaker(
    doc: _Doc, found: list[QuoteFinding], cue_start: int, speaker: Range
) -> None:
    """Make the speaker of a trailing cue the source of the report nested before it.

    A named person reporting inside an outlet's trailing cue keeps the report, and the outlet
    becomes its medium ("Thieme vindt dat ..., aldus omroep BNNVARA").
    """
    for position in range(len(found) - 1, -1, -1):
        finding = found[position]
        if finding.cue is not None and finding.cue[0] == cue_start:
            person = finding.speaker is not None and "PER" in _labels(doc, finding.speaker)
            if person and _labels(doc, speaker) == {"ORG"}:
                found[position] = replace(finding, medium=finding.medium or speaker)
            else:
                found[position] = replace(finding, speaker=speaker)
            return


def _labels(doc: _Doc, chars: Range) -> set[str]:
    """The entity labels of the mentions inside a character range."""
    return {label for i in doc.tokens_in(chars) if (label := _label(doc, i)) is not None}


def _reported(doc: _Doc, lexicon: QuoteLexicon, cue: _Cue, unit: Range) -> Range | None:
    """Return the reported content of a cue in its unit, as a char range, or None."""
    first, stop = unit
    if cue.clause:
        return _according_to(doc, lexicon, cue, unit)
    back = cue.first == first + 1 and doc.lower[first] in _TEMPORAL_REPORT
    if back and doc.lower[first] == "zo" and cue.lemma not in _DESCRIBING:
        back = not _has_object(doc, cue.verb, unit)  # "Zo kondigde X de verkoop aan": "for
        # instance", not "so said X"; but "Zo omschreef X haar avontuur": so she put it
    pointing = back and doc.lower[first] in ("dat", "dit")  # a later "dat" is a relative:
    mark = None if pointing else _complementizer(doc, lexicon, cue, stop)  # "Dat blijkt uit
    if mark is not None:  # een pdf van het besluit dat de NOS heeft", not "Zo blijkt uit X dat"
        opening = mark + 2 if doc.tokens[mark + 1].text == "," else mark + 1  # "dat, gelet op"
        # (a quotation mark after "dat" stays: "twitterde dat „Facebook ...”, en dat ...")
        end = _clause_end(doc, lexicon, opening, stop)
        return doc.chars(opening, end) if end > opening else None
    if pointing and cue.is_verb and cue.lemma == "vinden":
        opinion = _opinion_of_that(doc, lexicon, cue, unit)
        if opinion is not None:
            return opinion  # "Dat vindt ze prima": her opinion of it, not a report of it
    back = back or _auxiliary_back(doc, cue, first)  # "Dat heeft X bekendgemaakt."
    if back or _points_back(doc, cue, stop):  # "Dat zei X." / "Ze maakte dat bekend in ..."
        end = next((i for i in range(cue.last + 1, stop) if doc.punct(i)), stop)
        return None if _negated(doc, cue.last + 1, end) else _report_of_previous(doc, cue, unit)
    colon = _colon_after(doc, cue, stop)
    if colon is not None:  # "Maar, voegde ze eraan toe: dat hoefde niet te betekenen ..."
        end = _clause_end(doc, lexicon, colon + 1, stop)
        return doc.chars(colon + 1, end) if end - colon > _MIN_CLAIM_TOKENS else None
    infinitive = _te_clause(doc, lexicon, cue, unit)
    if infinitive is not None:
        return infinitive
    small = _small_clause(doc, lexicon, cue, unit)
    if small is not None:
        return small
    comma = cue.first - 1
    if comma > first and doc.lower[comma] in ("zo", "dat"):
        comma -= 1  # "..., zo schrijft de NOS" / "..., dat schrijft de NOS"
    auxiliary = _auxiliary_inversion(doc, cue, first)
    if auxiliary is not None:  # "..., heeft haar agent bekendgemaakt."
        comma = auxiliary - 1
    unmarked = comma > first and doc.tokens[comma].text != ","
    if unmarked and _unmarked_trailing(doc, cue, first, stop):
        comma = cue.first  # "Het is essentieel om bij te sturen stelde de premier."
    elif comma <= first or doc.tokens[comma].text != ",":
        return None
    if doc.quoted(first) is not None and doc.quoted(comma - 1) is not None:
        own = sum(doc.quoted(i) is None and not doc.punct(i) for i in range(first, comma))
        if own < _MIN_OWN_WORDS:
            return None  # "„...”, zei hij" or "„A” en „B”, zei hij": quotes and their cue
    at = cue.speaker_at if cue.speaker_at is not None else cue.last + 1
    if cue.kind in ("anonymous", "document", "pointing") or auxiliary is not None:
        pass  # "..., klinkt het op Twitter": no speaker named; "..., heeft X gemeld": before
    elif _np_after(doc, at, stop) is None and (
        not cue.is_verb or _inverted_subject(doc, cue, cue.verb, stop) is None
    ):
        return None
    elif at + 1 < stop and doc.lower[at] in _SAME_THING and doc.punct(at + 1):
        return None  # "X, een Kamerlid, zegt hetzelfde": an object, no trailing cue
    closing = next(
        (i for i in range(cue.last + 1, stop) if doc.tokens[i].text == "," and not doc.quoted(i)),
        None,
    )  # not the comma inside a quoted title after the cue ("in zijn podcast 'Live Slow, ...'")
    if closing is not None and closing + 1 < stop and doc.lower[closing + 1] in _WHO_CLAUSE:
        closing = None  # "Te kostbaar, vond de staat, die ... eigenaar was": the source's clause
    if _cue_at(doc, lexicon, first, stop) is not None:
        return None  # the sentence opens with its own cue ("Volgens X, ...")
    finite = any(doc.tokens[i].upos in ("VERB", "AUX") for i in range(first, comma))
    if closing is not None and not finite:  # (not "Het vervoer is snel, zegt X, directeur.")
        subject = _np_after(doc, cue.last + 1, stop)
        aside = comma == cue.first - 1 and subject is not None and subject[1] == closing
        return _around_parenthetical(doc, lexicon, first, comma, closing, stop) if aside else None
    begin = _last_main_clause(doc, first, comma, so=False)  # "..., maar [daar ging ...], zo"
    if comma - begin < _MIN_CLAIM_TOKENS or _subject_with_relative(doc, begin, comma):
        return None
    prepositional = doc.lower[begin] in _PREPOSITIONS or doc.tokens[begin].upos == "ADP"
    prepositional = prepositional and doc.lower[begin] != "te"  # "Te kostbaar, vond X"
    if prepositional and not any(
        doc.tokens[i].upos in ("VERB", "AUX") for i in range(begin, comma)
    ):
        return None  # "Door de lange wachtlijsten, stelde X voor ...": no claim, a phrase
    end = comma
    while end > begin and doc.punct(end - 1) and doc.quoted(end - 1) is None:
        end -= 1  # (a closing quote mark stays: "... te ‘demoniseren’, fulmineert X")
    if _only_a_phrase(doc, begin, end) and (
        auxiliary is not None or any(doc.lower[i] == "," for i in range(begin, end))
    ):  # "Een technisch mankement, zegt zijn advocaat" is a claim without a verb; "Michel
        return None  # Verschueren, de voorzitter, reageerde" is a subject and its apposition
    return doc.chars(begin, end)


def _unmarked_trailing(doc: _Doc, cue: _Cue, first: int, stop: int) -> bool:
    """Tell a trailing cue written without its comma ("[claim] schrijft CBC").

    A finite speech verb right after a clause with a finite verb of its own (at least
    ``_UNMARKED_CLAIM`` words), its subject after it and nothing else up to the sentence's end.
    """
    verb = cue.verb
    if not cue.is_verb or cue.kind != "speech" or cue.first != verb or cue.last != verb:
        return False
    if doc.tokens[verb].feats.get("VerbForm") != "Fin" or verb - first < _UNMARKED_CLAIM:
        return False
    if doc.tokens[verb - 1].upos not in _CLAIM_ENDS or doc.quoted(verb - 1) is not None:
        return False
    if not any(doc.tokens[i].feats.get("VerbForm") == "Fin" for i in range(first, verb - 1)):
        return False
    subject = _np_after(doc, verb + 1, stop)
    if subject is None:
        return False
    return all(doc.punct(i) for i in range(subject[1], stop))


def _has_object(doc: _Doc, verb: int, unit: Range) -> bool:
    """Tell whether the parser hangs an object or a clause of its own from ``verb``."""
    return any(
        doc.heads[i] == verb and doc.tokens[i].deprel in ("obj", "ccomp") for i in range(*unit)
    )


def _around_parenthetical(
    doc: _Doc, lexicon: QuoteLexicon, first: int, comma: int, closing: int, stop: int
) -> Range | None:
    """``Het plan, zei hij, is goed``: the sentence around a cue set between commas.

    The report is the whole sentence, the cue inside it, when the part after the cue holds a
    finite verb of the sentence ("is goed"); a noun phrase before the cue alone is no claim.
    """
    if doc.quoted(first) is not None or doc.quoted(comma - 1) is not None:
        return None
    if closing + 1 >= stop:
        return None  # ",, zegt [,,": the text ends at the second comma
    if doc.quoted(closing + 1) is not None:
        return None  # "Maar, zegt hij, ‘ik weet ...’": the quote is his words
    end = _clause_end(doc, lexicon, closing + 1, stop)
    if not any(doc.tokens[i].upos in ("VERB", "AUX") for i in range(closing + 1, end)):
        return None
    while end > closing + 1 and doc.punct(end - 1):
        end -= 1
    return doc.chars(first, end)


def _subject_with_relative(doc: _Doc, begin: int, comma: int) -> bool:
    """Tell a subject and its relative clause from a claim before a trailing cue.

    "Schmidt-Nielsen, die haar zetels verdrievoudigde, heeft beloofd ...": no verb before the
    relative clause, which runs up to the cue, so the words before the cue are who acts, not
    what was said (unlike "Het plan, dat uitlekte, is onhaalbaar, zei ze").
    """
    for index in range(begin + 1, comma - 1):
        relative = doc.lower[index + 1] in ("die", "dat", "wie", "wiens", "wier")
        determiner = doc.lower[index + 1] not in ("wiens", "wier") and (
            doc.tokens[index + 1].upos == "DET" or doc.tokens[index + 2].upos in ("ADJ", "NOUN")
        )  # "Heerlijk, dat tropische weer, vindt 59 procent"; "De acteur, wiens vrouw ..., roept"
        if doc.tokens[index].text == "," and relative and not determiner:
            before = range(begin, index)
            closed = any(doc.tokens[i].text == "," for i in range(index + 1, comma))
            return not closed and not any(doc.tokens[i].upos in ("VERB", "AUX") for i in before)
    return False


def _auxiliary_inversion(doc: _Doc, cue: _Cue, first: int) -> int | None:
    """Find the auxiliary in "[claim], heeft haar agent bekendgemaakt" (its token index)."""
    for index in range(cue.first - 1, max(first, cue.first - 8) - 1, -1):
        if doc.punct(index):
            return None
        if doc.lower[index] in _AUXILIARIES and doc.tokens[index - 1].text == ",":
            subject = _np_after(doc, index + 1, cue.first)
            if subject is None:
                return None
            between = range(subject[1], cue.first)
            return index if all(doc.lower[i] in _ADVERBS for i in between) else None
    return None


def _hypothetical(doc: _Doc, clause: int, cue: int) -> bool:
    """Tell "(Behalve) als je aangeeft dat" from "zowel X als Y zeggen dat" (a comparison)."""
    for index in range(clause, cue):
        if doc.lower[index] not in _HYPOTHETICAL:
            continue
        if doc.lower[index] == "als" and doc.lower[index - 1] in _COMPARATIVES:
            continue  # "Net als Leers zei Bleker dat ...": a comparison
        leader = doc.lower[index - 1] in _LEADERS or doc.lower[index - 1] == "behalve"
        if index == clause or doc.punct(index - 1) or leader:
            return True
    return False


def _not_yet_said(doc: _Doc, cue: _Cue, clause: int) -> bool:
    """Tell "zal bekendmaken of" / "wil zeggen dat" (future or intended speech) from a report."""
    word = doc.lower[cue.verb]
    if not (word.endswith("en") or doc.tokens[cue.verb].feats.get("VerbForm") == "Inf"):
        return False
    return any(doc.lower[i] in _INTENT for i in range(clause, cue.first))


def _wish(doc: _Doc, cue: _Cue, clause: int, content: int) -> bool:
    """Tell "ziet graag dat" / "zou graag zien dat" (a wish) from "ziet dat" (an observation)."""
    return cue.lemma == "zien" and "graag" in doc.lower[clause:content]


def _counterfactual(doc: _Doc, cue: _Cue, clause: int) -> bool:
    """Tell "had gedacht dat" (a belief that proved wrong) from a report ("heeft gedacht dat")."""
    if cue.kind != "cognition" or not doc.lower[cue.verb].startswith("ge"):
        return False
    return any(doc.lower[i] in ("had", "hadden") for i in range(clause, cue.first))


_FINDING: Final = frozenset(("vaststellen", "ontdekken"))  # found out, not said


def _impersonal(doc: _Doc, cue: _Cue) -> bool:
    """Tell "op de beelden is te zien dat" / "valt te lezen dat" (no one speaks) from a report."""
    at = cue.first
    return at >= 2 and doc.lower[at - 1] == "te" and doc.lower[at - 2] in _IMPERSONAL_VERBS


def _one_finite_verb(doc: _Doc, first: int, stop: int) -> bool:
    """Tell a stretch with one finite verb outside brackets: a relative clause alone."""
    depth, finite = 0, 0
    for index in range(first, stop):
        depth += {"(": 1, ")": -1}.get(doc.tokens[index].text, 0)
        finite += depth == 0 and doc.tokens[index].feats.get("VerbForm") == "Fin"
    return finite == 1


def _found_out(doc: _Doc, cue: _Cue, clause: int) -> bool:
    """Tell "werd vastgesteld dat", "werd ontdekt dat": a finding by nobody, no report.

    A passive of a verb of finding out with no "door" agent: the annotators code a passive
    "werd gezegd dat", but not what was established or discovered.
    """
    if doc.lemma(cue.verb) not in _FINDING or doc.tokens[cue.verb].feats.get("VerbForm") != "Part":
        return False
    before = [doc.lower[i] for i in range(clause, cue.first)]
    return any(word in _PASSIVE_AUXILIARIES for word in before) and "door" not in before


def _auxiliary_back(doc: _Doc, cue: _Cue, first: int) -> bool:
    """Tell "Dat heeft hoofdredacteur X bekendgemaakt": "dat", an auxiliary, later the cue."""
    if cue.first < first + 3 or doc.lower[first] not in ("dat", "dit") or cue.kind != "speech":
        return False  # not "Dat hebben zij met eigen ogen gezien": a sight, no report
    if doc.lower[first + 1] not in _AUXILIARIES:
        return False
    between = range(first, cue.first)
    if any(doc.punct(i) and not _listed_names(doc, i) for i in between):
        return False  # (but the commas of a list: "Dat hebben NPO, NOS en AVROTROS ...")
    return doc.tokens[cue.verb].feats.get("VerbForm") == "Part"


def _listed_names(doc: _Doc, comma: int) -> bool:
    """Tell a comma between two names of a list ("NPO, NOS en AVROTROS")."""
    return (
        doc.tokens[comma].text == "," and comma - 1 in doc.in_entity and comma + 1 in doc.entity_end
    )


def _points_back(doc: _Doc, cue: _Cue, stop: int) -> bool:
    """Tell whether "dat"/"dit" right after the cue is its object ("maakte dat bekend")."""
    at = cue.last + 1
    if cue.particle is not None and doc.lower[cue.particle - 1] in ("dat", "dit"):
        return True  # "gaf het Statenlid dat toe"
    if at + 1 >= stop or doc.lower[at] not in ("dat", "dit"):
        return False
    following = at + 1
    return (
        cue.particle == following
        or doc.punct(following)
        or doc.lower[following] in _PREPOSITIONS
        or _object_dat(doc, at, stop)
    )


def _object_dat(doc: _Doc, at: int, stop: int) -> bool:
    """Tell "zei dat ook" / "zei dat maandag nadat ..." (an object) from a clause after adverbs.

    "dat" and the adverbs after it are the verb's object and adjuncts when a preposition, a
    subordinate clause or no verb follows them ("zegt dat ook publiek"); words with a verb of
    their own ("benadrukt dat ook gemeenten ... kunnen") are a clause.
    """
    index = at + 1
    while index < stop and doc.lower[index] in _OBJECT_DAT:
        index += 1
    if index == at + 1:
        return False
    if index >= stop or doc.lower[index] in _PREPOSITIONS or doc.tokens[index].upos == "SCONJ":
        return True
    end = next((i for i in range(index, stop) if doc.tokens[i].text in ",;:.!?"), stop)
    return not any(doc.tokens[i].upos in ("VERB", "AUX") for i in range(index, end))


def _colon_after(doc: _Doc, cue: _Cue, stop: int) -> int | None:
    """Find a colon that follows the cue and its subject, before unquoted content."""
    for index in range(cue.last + 1, min(stop - 1, cue.last + 8)):
        if doc.tokens[index].text == ":":
            return None if doc.quoted(index + 1) is not None else index
        if doc.punct(index) or doc.quoted(index) is not None or doc.lower[index] in _QUESTION_WORDS:
            return None  # "laat zien hoe dat gaat: ...": the colon follows a question
    return None


def _after_subject(doc: _Doc, lexicon: QuoteLexicon, cue: _Cue, unit: Range) -> int:
    """Return the token after the cue and, when they follow it, its subject and particle."""
    begin = cue.last + 1
    subject = _subject(doc, cue, unit, lexicon)
    if subject is not None and subject[0] >= begin:
        begin = subject[1]
    if cue.particle == begin:  # "maakte de zanger bekend een jaar vrij te nemen"
        begin += cue.size
    return begin


def _te_clause(doc: _Doc, lexicon: QuoteLexicon, cue: _Cue, unit: Range) -> Range | None:
    """``zei blij te zijn met de uitslag``: a speech verb with a ``te``-infinitive clause."""
    if not cue.is_verb or cue.lemma not in _TE_VERBS:
        return None
    if doc.lower[cue.verb] in ("dacht", "dachten"):
        return None  # "PSV dacht op 2-2 te komen": the story's narration, no belief reported
    told = cue.verb > unit[0] + 1 and doc.lower[cue.verb - 1] in ("hun", "hem", "haar", "ons")
    if told and doc.lower[cue.verb - 2] in _PASSIVE_AUXILIARIES:
        return None  # "werd hun verteld rustig te wachten": an instruction to them, no claim
    stop = unit[1]
    if cue.lemma in _RAISING_VERBS and (
        not _animate(doc, _subject(doc, cue, unit, lexicon))
        or ("te", "worden") in pairwise(doc.lower[cue.last + 1 : stop])
    ):
        return None  # "De onderhandelingen beloven moeizaam te verlopen": no one promises;
        # "dreigen te worden overspoeld": a danger, no threat
    begin = _after_subject(doc, lexicon, cue, unit)
    if begin < stop and doc.lower[begin] in ("die", "dat", "wie") and begin > cue.last + 1:
        return None  # "„…”, erkende Van de Beek die ... hoopt te veroveren": the subject's clause
    while begin < stop and doc.lower[begin] in _ADVERBS and doc.lower[begin] not in _NEGATIONS:
        if begin + 1 < stop and doc.tokens[begin + 1].upos == "NOUN":
            break  # "komende jaren extra geld ... te stellen": a time phrase of the clause
        begin += 1
    if begin + 1 < stop and doc.lower[begin] == "in" and doc.tokens[begin + 1].upos == "NUM":
        begin += 2  # "bekende in 2013 verboden middelen te hebben gebruikt": when, not what
    if cue.particle == begin:  # "gaf eerder al te kennen niet ... te zijn"
        begin += cue.size
    elif (
        cue.particle is not None
        and begin < cue.particle < stop
        and "te" not in doc.lower[begin : cue.particle]
    ):
        begin = cue.particle + cue.size  # "laat op de eigen website weten verrast te zijn"
    end = _clause_end(doc, lexicon, begin, stop)
    for index in range(begin, end - 1):
        if doc.quoted(index) is not None:
            continue  # a quoted fragment inside the clause
        if doc.punct(index) or doc.lower[index] in ("dat", "of"):
            return None
        following = doc.tokens[index + 1]
        verbal = following.upos in ("VERB", "AUX") or following.text.lower().endswith("n")
        if doc.lower[index] == "te" and verbal:
            if _om_te(doc, index):
                return None  # "stelde voor de wet om te draaien": a proposal, no statement
            if any(
                doc.tokens[i].feats.get("VerbForm") == "Fin" and doc.lower[i - 1] in ("en", "maar")
                for i in range(begin + 1, index)
            ):
                return None  # "vertelde X ... en vroeg hem om Y in te lichten": another clause's
            cluster = index + 1
            while cluster < end and doc.tokens[cluster].upos in ("VERB", "AUX"):
                cluster += 1
            if cluster - index > 2 and cluster < end and doc.lower[cluster] in _SUBJECT_PRONOUNS:
                end = cluster - 1  # "wie zeggen PVV te gaan stemmen zijn ze": the main clause
            return doc.chars(begin, _before_finite_conjunct(doc, index + 2, end))
    return None


def _om_te(doc: _Doc, te: int) -> bool:
    """Tell "om te draaien" / "om mee te doen" (a purpose) from a report."""
    index = te - 1
    while index > 0 and (
        doc.tokens[index].deprel == "compound:prt" or doc.tokens[index].upos == "ADV"
    ):
        index -= 1
    return doc.lower[index] == "om"


def _before_finite_conjunct(doc: _Doc, first: int, end: int) -> int:
    """End a te-clause before "en"/"maar" opening a clause with a finite verb of its own.

    "verrast te zijn door de keuze en ook Bosvelt reageert teleurgesteld": the report ends
    before "en".
    """
    for index in range(first, end):
        if doc.lower[index] in ("en", "maar") and any(
            doc.tokens[i].feats.get("VerbForm") == "Fin" for i in range(index + 1, end)
        ):
            return index
    return end


def _animate(doc: _Doc, phrase: Range | None, *, people_only: bool = False) -> bool:
    """Tell whether a subject can speak: a pronoun, a person or organisation, or a role.

    With ``people_only`` an organisation or institution ("het onderzoek", "de gemeente") does
    not count: a pronoun, a person's name, a role or a noun for people does.
    """
    if phrase is None:
        return False
    if phrase[1] - phrase[0] == 1 and doc.tokens[phrase[0]].upos == "PRON":
        return True
    labels = ("PER",) if people_only else ("PER", "ORG")
    return any(
        _label(doc, i) in labels
        or role_of(doc.tokens[i].text)
        or _person_noun(doc, i)
        or (not people_only and _source_word(doc.lower[i]))
        for i in range(*phrase)
    )


def _shown_by_deeds(doc: _Doc, cue: _Cue, attribution: _Attribution) -> bool:
    """Tell "Quintana liet zien dat hij ..." (shown by deeds) from a report.

    "Onderzoek laat zien dat" reports (no person), and so does "Dat laat hij zien in een video
    op Instagram" (a medium).
    """
    return (
        cue.lemma == "zienlaten"
        and attribution.medium is None
        and _a_person(doc, attribution.speaker)
    )


def _a_person(doc: _Doc, chars: Range | None) -> bool:
    """Tell a speaker span that names a person (not an institution): see :func:`_animate`."""
    first = None if chars is None else doc.token_at(chars[0])
    last = None if chars is None else doc.token_at(chars[1] - 1)
    if first is None or last is None:
        return False
    return _animate(doc, (first, last + 1), people_only=True)


def _small_clause(doc: _Doc, lexicon: QuoteLexicon, cue: _Cue, unit: Range) -> Range | None:
    """``vinden``/``noemen`` with an object and its predicate: an opinion.

    ``Schiphol vindt de staking onverantwoord`` reports "de staking onverantwoord"; with the
    object in front (``Extra bezuinigen noemt hij een brug te ver``) the whole sentence is the
    report, since the object and its predicate lie on both sides of the cue.
    """
    if not cue.is_verb or cue.lemma not in _OPINION_VERBS:
        return None
    first, stop = unit
    comma = cue.first - 1
    claim = range(first, comma)  # "Te kostbaar, vond de staat, die ...": a verbless claim
    if (  # before its cue (not "Marc Calon, voorzitter van LTO, vindt het ...": a subject)
        comma > first
        and doc.tokens[comma].text == ","
        and not any(doc.tokens[i].upos in ("VERB", "AUX") or doc.punct(i) for i in claim)
        and cue.last + 1 < stop
        and doc.lower[cue.last + 1] not in _OBJECT_PRONOUNS  # ("..., noemt hem dapper")
    ):
        return None
    if cue.lemma in _SMALL_CLAUSE_VERBS and (cue.last + 1 == stop or doc.punct(cue.last + 1)):
        return _verb_final_small_clause(doc, lexicon, cue, unit)
    begin = _after_subject(doc, lexicon, cue, unit)
    end = _clause_end(doc, lexicon, begin, stop)
    for index in range(begin + 1, end - 1):
        verb = doc.tokens[index + 1]
        if doc.lower[index + 1] in _SUBJECT_PRONOUNS and index + 2 < end:
            verb = doc.tokens[index + 2]  # "vinden het veel en ze willen ..."
        finite = verb.upos in ("VERB", "AUX") and verb.feats.get("VerbForm") == "Fin"
        if doc.lower[index] == "en" and finite:
            end = index  # "vindt de branden erg naar en roept inwoners op": a new clause
            break
    if cue.lemma in _AS_VERBS:  # "Freilich ziet het als imagebuilding", "bestempelt X als Y"
        return _as_predicate(doc, begin, end)
    fronted = begin > cue.last + 1 and _fronted_object(doc, first, cue.first)
    if end - begin < 2 or doc.quoted(begin) is not None:
        return None
    if not fronted and (doc.tokens[begin].upos == "ADV" or doc.lower[begin] == "te"):
        return None  # "…, noemt Van den Ende bijna misdadig" / "te veel": the object is in front
    if cue.lemma == "noemen" and any(doc.quoted(i) is not None for i in range(begin, end)):
        return None  # "noemt het ‘heel bemoedigend nieuws’": the quoted label is the quote
    if not fronted and doc.lower[begin] in _OBJECT_IT and doc.lower[begin + 1] in ("een", "geen"):
        return doc.chars(begin, end)  # "noemt het een moeilijke beslissing": a noun predicate
    if cue.lemma == "vinden" and not fronted and _bare_noun_predicate(doc, begin, end):
        return doc.chars(begin, end)  # "vindt het symboolpolitiek": a noun predicate
    if cue.lemma == "vinden" and not fronted and _noun_predicate(doc, begin, end):
        return doc.chars(begin, end)  # "vindt de open grenzen geen goede zaak"
    relative = False  # inside a relative clause of the object ("... zorg die nooit is verleend")
    for index in range(begin if fronted else begin + 1, end):
        following = doc.tokens[index + 1].upos if index + 1 < stop else "PUNCT"
        token = doc.tokens[index]
        predicate = token.upos == "ADJ" or token.feats.get("VerbForm") == "Part"
        predicate = predicate or _adjective_form(doc, index, end)
        predicate = predicate and doc.lower[index] not in _TIME_NOUNS  # "noemt hij morgen"
        if predicate and relative and index == end - 1:
            return None  # "vond ... declaraties voor zorg die nooit is verleend": found, a noun
        if predicate and following not in ("NOUN", "PROPN", "ADJ"):
            return doc.chars(first if fronted else begin, end)  # not "found": an opinion
        if doc.punct(index) and doc.quoted(index) is None:
            return None
        relative = relative or token.feats.get("PronType") == "Rel"
    return None


def _verb_final_small_clause(
    doc: _Doc, lexicon: QuoteLexicon, cue: _Cue, unit: Range
) -> Range | None:
    """The object and predicate before a clause-final opinion verb, after its subject.

    "omdat hij jullie te links vindt" reports "jullie te links": in a subordinate clause the
    verb comes last, so the subordinator, the subject, the object and its predicate precede it.
    """
    subject = _subject(doc, cue, unit, lexicon)
    if subject is None or subject[1] >= cue.first or subject[0] <= unit[0]:
        return None
    opener = doc.tokens[subject[0] - 1]
    if opener.upos != "SCONJ" and doc.lower[subject[0] - 1] not in ("dat", "die"):
        return None
    begin, last = subject[1], cue.first - 1
    if any(doc.punct(i) or doc.quoted(i) is not None for i in range(begin, cue.first)):
        return None  # "het ‘meest indrukwekkende boek’ noemde": the quoted label is the quote
    if last - begin < 1:
        return None
    predicate = doc.tokens[last].upos == "ADJ" or doc.lower[last - 1] == "te"
    if not predicate and not _noun_predicate(doc, begin, cue.first):
        return None
    return doc.chars(begin, cue.first)


def _adjective_form(doc: _Doc, index: int, stop: int) -> bool:
    """Tell an adjective the tagger read as another word class, by its form.

    An adjective suffix ("raadzaam", "handiger", "belangrijk") or a degree "te" before a word
    that ends the clause and cannot be an infinitive ("de informatie te vaag.", not "te gaan").
    """
    word = doc.lower[index]
    if word != "lijk" and word.endswith(_ADJECTIVE_ENDINGS):
        return True
    ends = index + 1 == stop or doc.punct(index + 1)
    return ends and index > 0 and doc.lower[index - 1] == "te" and not word.endswith("n")


def _opinion_of_that(doc: _Doc, lexicon: QuoteLexicon, cue: _Cue, unit: Range) -> Range | None:
    """``Dat vindt ze prima, maar ...``: "Dat", the cue, its subject and a bare predicate."""
    begin = _after_subject(doc, lexicon, cue, unit)
    comma = next((i for i in range(begin, unit[1]) if doc.punct(i)), unit[1])
    if begin == cue.last + 1 or not _predicate_only(doc, begin, comma):
        return None
    return doc.chars(unit[0], comma)


def _predicate_only(doc: _Doc, begin: int, end: int) -> bool:
    """Tell a bare adjective predicate closing the clause ("prima", "heel erg jammer")."""
    words = [i for i in range(begin, end) if not doc.punct(i)]
    if not words or len(words) > _MAX_BARE_PREDICATE or doc.quoted(words[0]) is not None:
        return False
    last = words[-1]
    adjective = doc.tokens[last].upos == "ADJ" or _adjective_form(doc, last, end)
    return adjective and all(doc.tokens[i].upos in ("ADV", "ADJ") for i in words)


def _bare_noun_predicate(doc: _Doc, begin: int, end: int) -> bool:
    """Tell "het" and a bare noun predicate: "het symboolpolitiek", "het allemaal maar onzin"."""
    if end - begin < 2 or doc.lower[begin] != "het" or doc.tokens[end - 1].upos != "NOUN":
        return False
    between = range(begin + 1, end - 1)
    return all(doc.tokens[i].upos == "ADV" or doc.lower[i] in _DEGREE_WORDS for i in between)


def _noun_predicate(doc: _Doc, begin: int, end: int) -> bool:
    """Tell an object and its noun predicate: "de open grenzen | geen goede zaak".

    The predicate closes the clause: "geen" or "een", adjectives, one noun; the object before
    it opens with an article, a noun or a pronoun (not "in de kast een oude brief": a place).
    """
    last = end - 1
    while last > begin and doc.punct(last):
        last -= 1
    if last - begin < 2 or doc.tokens[last].upos != "NOUN":
        return False
    at = last - 1
    while at > begin and doc.tokens[at].upos == "ADJ":
        at -= 1
    if doc.lower[at] not in ("geen", "een") or at - begin < 1:
        return False
    return doc.tokens[begin].upos in ("DET", "NOUN", "PROPN", "PRON")


def _as_predicate(doc: _Doc, begin: int, end: int) -> Range | None:
    """The object and its "als" predicate, unquoted ("het als imagebuilding"), if that is all.

    A quoted label makes it a partial quote only (as with "noemen"); "als" opening a clause
    ("zien hoe ..., als die meer willen weten") is a conjunction.
    """
    if any(doc.quoted(i) is not None for i in range(begin, end)):
        return None
    words = doc.lower[begin:end]
    if "als" not in words[1:-1] or words[0] in ("hoe", "dat", "of", "wat", "wie"):
        return None
    after = begin + words.index("als", 1) + 1
    if any(doc.punct(i) or doc.tokens[i].upos in ("VERB", "AUX") for i in range(begin, after)):
        return None  # "zagen de film en daarmee doet ..., met Reeves als ...": no object + als
    if doc.lower[after] in _NOMINATIVE or doc.lower[after] in ("die", "er"):
        return None
    return doc.chars(begin, end)


def _fronted_object(doc: _Doc, first: int, verb: int) -> bool:
    """Tell whether the words before the verb are a noun phrase ("Extra bezuinigen noemt hij").

    In a main clause only one phrase precedes the finite verb, so a verb-like word there is
    part of it ("bezuinigen", tagged as a finite verb); an adverb alone is no object.
    """
    words = range(first, verb)
    if not words or any(doc.punct(i) or doc.quoted(i) is not None for i in words):
        return False
    if any(doc.tokens[i].upos in ("SCONJ", "AUX", "PRON") for i in words):
        return False
    return any(doc.tokens[i].upos in ("NOUN", "PROPN", "VERB") for i in words)


def _report_of_previous(doc: _Doc, cue: _Cue, unit: Range) -> Range | None:
    """``[claim]. Dat zei X.``: the previous sentence of the paragraph is the report."""
    number = doc.unit_of[unit[0]]
    if number == 0:
        return None
    first, stop = doc.units[number - 1]
    block = doc.block_of[unit[0]]
    after_body = doc.lower[unit[0]] in ("dat", "dit") and _opens_after_body(doc, unit[0], block)
    if doc.block_of[first] != block and not after_body:
        return None  # "[lead].\n\nDat melden internationale media.": the lead is reported
    quoted = sum(doc.quoted(i) is not None for i in range(first, stop))
    if quoted * 2 > stop - first or doc.quoted(first) is not None:
        return None  # a quote with its own words ("„...” Dat zei X."), not a claim around one
    end = stop
    while end > first and doc.punct(end - 1) and not _closes_quote(doc, end - 1):
        end -= 1  # (a closing quote mark stays: 'was "een complete mislukking". Dat zegt X')
    return doc.chars(first, end) if end - first >= _MIN_CLAIM_TOKENS else None


def _opens_after_body(doc: _Doc, index: int, block: int) -> bool:
    """Tell whether token ``index`` opens its paragraph, right after a body paragraph."""
    if block == 0 or doc.block_of[index - 1] != block - 1 or doc.block_of[index] != block:
        return False
    return doc.blocks[block - 1].kind == "body"


def _according_to(doc: _Doc, lexicon: QuoteLexicon, cue: _Cue, unit: Range) -> Range | None:
    first, stop = unit
    phrase: Range | None = (cue.last + 1, cue.last + 1)  # "naar eigen zeggen": no speaker here
    if cue.speaker_at is not None:
        bound = cue.verb if cue.verb > cue.speaker_at else stop
        phrase = _sources_after(doc, cue.speaker_at, bound)
    if phrase is None:
        return None
    phrase = (phrase[0], max(phrase[1], cue.last + 1))
    before = cue.first - 1
    if before >= first and doc.tokens[before].text == ",":
        before -= 1
    if before >= first and _closes_quote(doc, before):
        return None  # "„...”, volgens hem": a direct quote's attribution
    closes = [i for i in range(first, before) if _closes_quote(doc, i)]
    if closes and doc.tokens[closes[-1] + 1].text == ",":  # after a quote's closing mark,
        if _cue_at(doc, lexicon, closes[-1] + 2, cue.first):  # the quote's own cue first:
            return None  # "„...”, aldus Dr. X, volgens Business Insider": where it was read
        if _verb_cue_after(doc, lexicon, cue, stop):
            return None  # "„...”, had de man volgens justitie gezegd": inside the quote's cue
    before_cue = cue.first - 1
    if (
        cue.first > first
        and doc.lower[before_cue] in _DETERMINERS
        and doc.tokens[before_cue].upos not in ("AUX", "VERB", "PRON")
    ):
        return None  # "de volgens Rutte grootste staatsman", not "zijn/AUX volgens X"
    begin = first
    joined = cue.first > first and doc.lower[cue.first - 1] in _CLAUSE_OPENERS
    if cue.first == first or joined:  # "Volgens X ...", "..., want volgens X ..."
        begin = phrase[1]
        while begin < stop and doc.lower[begin] in _PREPOSITIONS:  # "Volgens X op Twitter is"
            extra = _np_after(doc, begin + 1, stop)
            if extra is None:
                break
            begin = extra[1]
        if begin < stop and doc.tokens[begin].text == ",":
            begin += 1
            apposition = _np_after(doc, begin, stop)  # "Volgens Epic Games, de maker, ..."
            verbless = not any(
                doc.tokens[i].upos in ("VERB", "AUX")
                and doc.tokens[i].feats.get("VerbForm") != "Part"
                for i in range(begin, _next_comma(doc, begin, stop))
            )  # "Volgens X, een van de organisaties in de bouw, is ...": the whole apposition
            # (and "Volgens X, gespecialiseerd in mediagebruik, is ...": a participle's)
            if begin < stop and (doc.lower[begin] in ("die", "wiens", "wier") or verbless):
                apposition = (begin, _next_comma(doc, begin, stop))  # "..., die het zag, ..."
            closed = apposition is not None and apposition[1] < stop
            if closed and apposition is not None and doc.tokens[apposition[1]].text == ",":
                begin = apposition[1] + 1
        elif begin < stop and (doc.lower[begin] in _RELATIVE_OPENERS or doc.lower[begin] == "waar"):
            comma = _next_comma(doc, begin, stop)  # "Volgens een woordvoerder van de
            if comma < stop and _one_finite_verb(doc, begin, comma):  # gevangenis waar ze
                begin = comma + 1  # zaten, zijn ze" (not "dat ze gaf gaat het om ..., X")
    else:
        begin = _last_main_clause(doc, first, cue.first)  # "..., maar krijgt volgens X ..."
    end = _clause_end(doc, lexicon, max(begin, cue.last + 1), stop)
    if end - begin < 2:
        return None
    return doc.chars(begin, end)


def _verb_cue_after(doc: _Doc, lexicon: QuoteLexicon, cue: _Cue, stop: int) -> bool:
    """Tell a speech verb after "volgens X" in the same clause ("volgens justitie gezegd")."""
    for index in range(cue.last + 1, stop):
        if doc.punct(index) or doc.quoted(index) is not None:
            return False
        verb = _cue_at(doc, lexicon, index, stop)
        if verb is not None and verb.is_verb and verb.kind == "speech":
            return True
    return False


def _last_main_clause(doc: _Doc, first: int, stop: int, *, so: bool = True) -> int:
    """Return where the last main clause before token ``stop`` starts (after ", maar").

    With ``so`` false not after ", dus": before a trailing cue a conclusion goes with the claim
    it follows from ("... waren zorgvuldig, dus een excuus zou misplaatst zijn, aldus X").
    """
    begin = first
    for index in range(first, stop - 2):
        word = doc.lower[index + 1]
        joins = (word in _COORDINATORS and (so or word != "dus")) or word in _CLAUSE_CUTTERS
        if doc.tokens[index].text == "," and joins and _main_clause_at(doc, index + 2, stop):
            begin = index + 2
    return begin


def _noun_reports(
    doc: _Doc, lexicon: QuoteLexicon, taken: list[QuoteFinding]
) -> list[QuoteFinding]:
    """``de stelling dat ...``, ``Samsoms ervaring is dat ...``, ``Van 't Heks conclusie: ...``.

    A report noun followed by a complementizer "dat" (not the relative pronoun), by "is dat",
    or by a colon reports the clause after it. The source is the noun's possessor ("zijn",
    "Samsoms"), else the noun phrase of its "van" ("berichten van het programma Radar dat"),
    else nobody named here.
    """
    nouns = load_set("report_nouns")
    found: list[QuoteFinding] = []
    spans = sorted((q.start, q.end) for q in taken)
    for first, stop in doc.units:
        if doc.blocks and doc.blocks[doc.block_of[first]].kind == "boilerplate":
            continue
        for index in range(first, stop - 2):
            if doc.lower[index] not in nouns or doc.quoted(index) is not None:
                continue
            if any(doc.lower[i] in _SO_THAT for i in range(max(first, index - 3), index)):
                continue  # "zo'n mooi verhaal dat ze geld gaven": a result clause
            source, mark = _report_source(doc, index, stop), index + 1
            if source is None:
                continue  # "De verwachting is dat ...": nobody's report, the writer's own
            if source[0] > index:
                mark = source[1]
            if doc.lower[mark] in ("is", "was") and mark + 1 < stop:
                mark += 1
            if mark + 1 >= stop:
                continue  # "Dat was de stelling van Rutte:" at the end: nothing reported
            word, token = doc.lower[mark], doc.tokens[mark]
            if not (word == ":" or (word == "dat" and token.upos == "SCONJ")):
                continue
            opener = mark + 1
            if doc.punct(opener) or doc.quoted(opener) is not None:
                continue  # "Stelling: ‘...’": a quote follows, not a reported clause
            end = _clause_end(doc, lexicon, opener, stop)
            if end - opener < _MIN_CLAIM_TOKENS:
                continue
            content = doc.chars(opener, end)
            at = bisect_left(spans, (content[1], content[1]))
            if any(e > content[0] for _, e in spans[max(0, at - _OVERLAP_LOOKBACK) : at]):
                continue  # already reported by a verb cue
            insort(spans, content)
            speaker = None if source is None else _speaker_span(doc, source)
            found.append(
                QuoteFinding(
                    "indirect",
                    *content,
                    doc.block_at(content[0]),
                    doc.chars(index, index + 1),
                    speaker,
                )
            )
    return found


def _report_source(doc: _Doc, noun: int, stop: int) -> Range | None:
    """The possessor before a report noun, or the noun phrase of its "van" after it."""
    before = noun - 1
    if before >= 0 and doc.lower[before] in _POSSESSIVES:
        return before, noun
    if before >= 0 and _genitive(doc, before):
        return doc.in_entity.get(before, before), noun
    if noun + 2 < stop and doc.lower[noun + 1] == "van":
        return _np_after(doc, noun + 2, stop, with_of=False)
    verb = doc.heads[noun]  # "Anna komt tot het oordeel dat": who comes to it
    heads = [noun]  # "hij is van mening dat": the noun heads its copula clause
    if verb is not None and doc.tokens[noun].deprel in ("obj", "obl"):
        heads.append(verb)
    for head in heads:
        subject = _parsed_subject(doc, head, doc.units[doc.unit_of[noun]])
        if subject is not None and subject[1] <= noun and _animate(doc, subject):
            return subject
    return None


def _genitive(doc: _Doc, index: int) -> bool:
    """Tell a genitive name ("Samsoms", "Van 't Heks", "Merlijns") from other words.

    A word the tagger took for an adjective counts when a person of its stem is named.
    """
    token = doc.tokens[index]
    if not (token.text[:1].isupper() and token.text.endswith(("s", "’s", "'s"))):
        return False
    if index in doc.in_entity or token.upos in ("PROPN", "NOUN", "X"):
        return True
    stem = doc.lower[index].removesuffix("s").removesuffix("'").removesuffix("’")
    return any(stem in name.split() for name in doc.person_names)
