"""Event arguments: actors, target, object, place, time and status of one trigger.

``ArgumentReader`` reads them from the trigger's own clause: a verb's subject and objects
("Russian forces destroyed an American drone over the Black Sea"), a noun's possessor,
modifiers and prepositional phrases ("Russia's invasion of Ukraine"), or the verb that carries
a noun ("held talks"). Names come from ``NameReader``, times from ``TimeAttacher``, status from
``event_status``.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from newsgraph.extract import event_patterns as P
from newsgraph.extract.entities import EntityIndex
from newsgraph.extract.event_names import NameReader
from newsgraph.extract.event_parse import (
    climbs,
    measured_noun,
    prep_objects,
    split_coordinate_subjects,
    unique,
)
from newsgraph.extract.event_status import nominal_status, verbal_status
from newsgraph.extract.event_times import TimeAttacher
from newsgraph.extract.event_triggers import Trigger, TriggerFinder
from newsgraph.extract.inflection import lemma_in
from newsgraph.extract.syntax import first_child, has_child, has_to_aux, in_a_time
from newsgraph.model import Article, TimeExpr

_RELATIVE = frozenset({"who", "that", "which"})


def _suffered(governor: Token, type_: str) -> bool:
    return type_ in P.TARGETED_TYPES and governor.lemma_.lower() in P.RECEIVING_VERBS


def _only_a_time_of(noun: Token) -> bool:
    """'after that visit', 'before the call': the event says when something else happened."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("after", "before", "since")


def _judges_its_object(verb: Token) -> bool:
    """A verb with an object predicate judges the event rather than carrying it: "called the
    threat unacceptable", "made the visit a success" (the caller neither threatened nor visited)."""
    return first_child(verb, "oprd") is not None


def _object_controller(infinitive: Token) -> Token | None:
    """The object of the verb above an infinitive does what the infinitive says: "urged Quelland
    to send missiles", "invited Dresk to visit" (Quelland sends, Dresk visits, not the one who
    urged or invited)."""
    if infinitive.dep_ != "xcomp" or not has_to_aux(infinitive):
        return None
    obj = first_child(infinitive.head, "dobj")
    return obj if obj is not None and obj.i < infinitive.i else None


def _tells_occurrence(verb: Token) -> bool:
    """"The meeting took place on Monday", "Talks broke down in early April", "the summit
    opens on June 3": a verb whose subject is the event and which says only that (and when) it
    happened. The particle or object of a phrasal one must be there ("took place", not "took
    a vote")."""
    words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "dobj", "advmod")}
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return _dates_its_subject(verb)
    return any(lemma == v and (not part or part in words) for v, part in P.OCCURRENCE_VERBS)


def _dates_its_subject(copula: Token) -> bool:
    """"Its next meeting is on April 17", "The vote was last Sunday": "be" with nothing but a
    date after it says when the event in its subject is (not "The meeting was a success")."""
    if first_child(copula, "attr", "acomp") is not None:
        return False
    dates = [o for _, o in prep_objects(copula, "on", "in", "at")]
    dates += [c for c in copula.children if c.dep_ == "npadvmod"]
    return any(in_a_time(d) for d in dates)


def _occurrence_verb(noun: Token) -> Token | None:
    """The verb saying that the event ``noun`` took place, with the event as its subject:
    directly ("Talks broke down in April"), through a verb of plan or expectation ("The meeting
    was due to take place on Thursday", "the summit is expected to open on June 3"), and for a
    part of the event ("The next round of talks will take place in Geneva")."""
    subject = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in P.EVENT_PART_NOUNS:
        subject = noun.head.head
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = subject.head
    for _ in range(3):
        if _tells_occurrence(verb):
            return verb
        below = first_child(verb, "xcomp", "acomp")
        if below is None:
            return None
        verb = below
    return None


def _verb_of_the_noun_an_infinitive_completes(tok: Token) -> Token | None:
    """"Dresk rejected an invitation to visit Kestra", "announced plans to visit Osrik": an
    infinitive completing the object of a verb is done by that verb's subject. Not when the
    object is passed to someone ("extended an invitation to Dresk to visit", "sent Dresk an
    invitation to visit": Dresk would visit, not the one who invited)."""
    noun = tok.head
    if tok.dep_ != "acl" or not has_to_aux(tok) or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    verb = noun.head
    if first_child(verb, "dative") is not None or prep_objects(verb, "to") or prep_objects(noun, "to", "for"):
        return None
    return verb


def _raised_passive_subject(tok: Token, subject: Token | None) -> Token | None:
    """"Belgia is expected to be sanctioned by Norvia": a passive infinitive has no subject of
    its own; the one it takes from the verb above is the one acted upon, not the doer."""
    if subject is None or subject.head == tok:
        return None
    return subject if has_child(tok, "auxpass") else None


def _held_somewhere_or_sometime(type_: str, place: str | None, time: TimeExpr | None) -> bool:
    """An election is held, not done by anyone: "Sunday's presidential election in Talvia", "a
    runoff on March 30" stand without actors when a place or a date places them (other events
    with neither actor nor target are dropped)."""
    return type_ in P.ACTORLESS_TYPES and (place is not None or time is not None)


def _names_a_thing_done(noun: Token) -> bool:
    """"a summit ... with a joint statement", "talks with a deal at the end": an event or a
    document after "with" is what came of the event, not a partner in it."""
    lemma = noun.lemma_.lower()
    return lemma in P.NOUN_TRIGGERS or lemma in P.STATEMENT_NOUNS


def _counted_by_a_measure(noun: Token) -> Token:
    """"held a second round of talks", "staged a wave of protests": the measure noun stands in
    the clause where the event would ('held talks'); returns it, else the noun itself."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in P.EVENT_MEASURE_NOUNS:
        return head.head
    return noun


def _passive_agent(noun: Token, governor: Token) -> Token | None:
    """"The treaty was signed by Merania and Ostmark": the event noun is the passive subject of
    the verb carrying it, and the "by" phrase names who made it."""
    if noun.dep_ != "nsubjpass" or noun.head.i != governor.i:
        return None
    agent = first_child(governor, "agent")
    return first_child(agent, "pobj") if agent is not None else None


def _setting_on_the_object(prep: Token) -> bool:
    """"Okafor and Henrik discussed the visit in a phone call": "in"/"during" a meeting or call
    that the parser hung on the verb's object sets the verb, as on the verb itself."""
    obj = prep.head
    return (prep.dep_ == "prep" and prep.lower_ in ("in", "during") and obj.dep_ == "dobj"
            and obj.head.pos_ == "VERB")


def _span_of(tokens: list[Token]) -> tuple[int, int]:
    tokens = [t for t in tokens if not t.is_punct] or tokens
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return start, end


class ArgumentReader:
    """Reads triggers and their arguments from one Doc, remembering who was mentioned with whom."""

    def __init__(
        self,
        doc: Doc,
        *,
        article: Article,
        entities: EntityIndex,
        times: list[TimeExpr],
        published: date | None = None,
        first_names: bool = True,
    ) -> None:
        self.doc = doc
        self.article = article
        self.published = published or article.published
        self.namer = NameReader(doc, entities, first_names=first_names)
        self.triggers = TriggerFinder(doc, self.namer)
        self.timer = TimeAttacher(doc, times)

    def find_triggers(self, sent: Span) -> dict[int, Trigger]:
        return self.triggers.find_triggers(sent)

    def remember_coordination(self, tok: Token) -> None:
        self.namer.remember_coordination(tok)

    def remember_actors(self, tok: Token, actors: list[str]) -> None:
        self.namer.remember_actors(tok, actors)

    # -- building one event --

    def read_verbal(
        self, tok: Token, type_: str, triggers: dict[int, Trigger], region: str
    ) -> dict | None:
        trigger = triggers[tok.i]
        subject = self._subject(tok)
        actors = self.namer.names(subject, "actor") if subject is not None else []
        for other in split_coordinate_subjects(tok) if subject is not None and subject.head == tok else []:
            actors += self.namer.names(other, "actor")
        args = self._verbal_objects(tok, type_, trigger)
        passive = first_child(tok, "nsubjpass") or _raised_passive_subject(tok, subject)
        # ('the release of 12 activists arrested last month': the participle's noun is who was
        # arrested, the reduced relative's passive subject)
        reduced = passive is None and tok.dep_ == "acl" and tok.tag_ == "VBN"
        if (passive is not None or reduced) and type_ in P.TARGETED_TYPES:
            if passive is not None:
                args["target"] = self.namer.first_name(passive, "target")
            else:
                args["target"] = args["target"] or self.namer.first_name(tok.head, "target")
            agents = [obj for _, obj in prep_objects(tok, "by")]
            actors = self.namer.names(agents[0], "actor") if agents else []
        actors = unique(actors + args.pop("partners"))
        if not actors and not args["target"]:
            return None
        time = self.timer.own_time(tok, triggers, verbal=True)
        place = (args.pop("place") or self.namer.place_of([tok, *args.pop("object_tokens")])
                 or self._place_of_the_doers(tok, subject))
        evidence = [tok, *args.pop("evidence")]
        made_it = self.doc[trigger.object_i] if trigger.object_i is not None else None
        if made_it is not None and made_it not in evidence:  # "went on *strike*"
            evidence.append(made_it)
        if subject is not None and subject.head == tok:
            evidence += self.namer.np_tokens(subject, short=True)
        evidence += [c for c in tok.children if c.dep_ in ("aux", "neg", "auxpass")]
        if time is not None and self.timer.attached_directly(time, tok):
            evidence += [t for t in tok.sent if time.start <= t.idx < time.end]
        parent = tok.head.i if tok.dep_ in ("advcl", "xcomp") and has_to_aux(tok) else None
        return {
            "actors": actors, "target": args["target"], "object": args["object"],
            "place": place, "time": time, "span": _span_of(evidence),
            "status": verbal_status(
                tok, region, time, published=self.published, done_to=type_ in P.TARGETED_TYPES
            ),
            "parent": parent if parent in triggers else None,
        }

    def _place_of_the_doers(self, tok: Token, subject: Token | None) -> str | None:
        """"Police in Dunmore arrested three men", "Protesters in Lunde marched": doers named by
        a common noun placed by "in" act there, when the verb names no place of its own (a
        named doer's "in" is part of its name or says where it is from: "the bank in Velmar")."""
        if subject is None or subject.head != tok or not self._common_noun(subject):
            return None
        return self.namer.placed_in(subject)

    def _common_noun(self, tok: Token) -> bool:
        """A common noun, also one the tagger took for a name because it opens the sentence
        ("Police in Lorne on Tuesday arrested ...": PROPN, but no entity)."""
        if tok.pos_ == "NOUN":
            return True
        return tok.pos_ == "PROPN" and not tok.ent_type_ and self.namer.entity(tok) is None

    def _verbal_objects(self, tok: Token, type_: str, trigger: Trigger) -> dict:
        """Partners, target, object and place from a verb's objects, by the event's type."""
        out: dict = {"partners": [], "target": None, "object": None, "place": None,
                     "object_tokens": [], "evidence": []}
        dobj = first_child(tok, "dobj")
        goods = self.doc[trigger.object_i] if trigger.object_i is not None else None
        if type_ in P.SYMMETRIC_TYPES:
            partners = [dobj] if dobj is not None and self.namer.is_actorish(dobj) else []
            partners += [o for _, o in prep_objects(tok, *P.PARTNER_PREPS) if self.namer.is_actorish(o)]
            for p in partners:
                out["partners"] += self.namer.names(p, "actor")
                out["evidence"] += self.namer.np_tokens(p, short=True)
            if goods is not None:  # "buys oil from Russia": what changed hands
                out["object"] = self.namer.np_text(goods, short=True)
        elif type_ == "visit":
            places = ([dobj] if dobj is not None else []) + [o for _, o in prep_objects(tok, "to", "in")]
            for obj in places:
                name = self.namer.place_name(obj) or self.namer.lone_name(obj)
                if name and out["place"] is None:
                    out["place"] = name
                elif out["target"] is None and self.namer.is_actorish(obj):
                    out["target"] = self.namer.first_name(obj, "target")
                out["evidence"] += self.namer.np_tokens(obj, short=True)
        elif type_ in P.TARGETED_TYPES:
            self._read_target(tok, type_, dobj, goods, out)
        elif dobj is not None:  # publish, statement: what was made public
            out["object"] = self.namer.np_text(dobj, short=False)
            out["evidence"] += self.namer.np_tokens(dobj, short=True)
        if dobj is not None:
            out["object_tokens"].append(dobj)
        return out

    def _read_target(
        self, tok: Token, type_: str, dobj: Token | None, goods: Token | None, out: dict
    ) -> None:
        """"destroyed an American drone": object the drone, target its owner. Whoever is arrested
        is the target, named or not ("Police arrested 14 protesters")."""
        recipients = [o for p, o in prep_objects(tok, "to", "on", "against") if self.namer.is_actorish(o)]
        dobj = measured_noun(dobj) if dobj is not None else None
        if dobj is not None and dobj is not goods:
            if self.namer.is_actorish(dobj) or type_ in P.PERSON_TARGETED_TYPES:
                recipients.insert(0, dobj)
            elif goods is None:
                goods = dobj
        if goods is not None:
            out["object"] = self.namer.np_text(goods, short=True)
            out["evidence"] += self.namer.np_tokens(goods, short=True)
            # "banned exports of chips to Ostmark": the country the goods go to or come from
            recipients += [o for _, o in prep_objects(goods, "to", "from") if self.namer.is_actorish(o)]
            owners = self.namer.modifier_countries(goods)
            if owners and not recipients:
                out["target"] = owners[0]
        if type_ == "threat" and not recipients and dobj is None:
            recipients += self._who_a_threatened_act_falls_on(tok, out)
        if recipients:
            out["target"] = self.namer.first_name(recipients[0], "target")
            out["evidence"] += self.namer.np_tokens(recipients[0], short=True)

    def _who_a_threatened_act_falls_on(self, verb: Token, out: dict) -> list[Token]:
        """"threatened to expel diplomats from Serkand", "threatened to cut gas supplies to
        Varn", "threatened to expel Ostmark's ambassador": a threat with no object of its own
        is against whom the threatened act falls on: that act's object when it is someone, else
        whom its "to/from/on/against" names (on the act or its object), else the country owning
        its object (that target is set in ``out``)."""
        act = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and has_to_aux(c)), None)
        if act is None:
            return []
        thing = first_child(act, "dobj")
        if thing is not None and self.namer.is_actorish(thing):
            return [thing]
        holders = [act] if thing is None else [act, thing]
        # ('to' names a victim only after a cut: 'cut gas supplies to Varn', not 'appeal to the UN')
        preps = ("from", "on", "against", *(("to",) if act.lemma_.lower() in P.WITHHOLDING_VERBS else ()))
        named = [o for h in holders for _, o in prep_objects(h, *preps)]
        named = [o for o in named if self.namer.is_actorish(o)]
        if named:
            return named[:1]
        own = thing is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in thing.children)
        owners = self.namer.modifier_countries(thing) if thing is not None and not own else []  # ('its embassy')
        if owners:
            out["target"] = owners[0]
        return []

    def read_nominal(
        self, tok: Token, type_: str, triggers: dict[int, Trigger], region: str
    ) -> dict | None:
        args = self._nominal_args(tok, type_)
        governor = self._governing_verb(tok, type_)
        evidence = self.namer.np_tokens(tok, short=False)
        actors = args["actors"]
        if not actors and governor is not None:
            agent = _passive_agent(tok, governor)
            # ('signed by hand', 'held by video link': a 'by' phrase naming no one makes nothing)
            agent = agent if agent is not None and self.namer.is_actorish(agent) else None
            subject = self._subject(governor) or agent
            if subject is not None and _suffered(governor, type_):
                # 'he received death threats': whoever receives a threat is its target
                args["target"] = args["target"] or self.namer.first_name(subject, "target")
                evidence += [governor, *self.namer.np_tokens(subject, short=True)]
            elif subject is not None and subject != tok and not _only_a_time_of(tok):
                # ('The cough eased after that visit': the visit dates the easing; whoever visited
                # is not said)
                actors = self.namer.names(subject, "actor")
                evidence += [governor, *self.namer.np_tokens(subject, short=True)]
            if type_ in P.SYMMETRIC_TYPES:
                actors += [n for _, o in prep_objects(governor, "with") if not _names_a_thing_done(o)
                           for n in self.namer.names(o, "actor")]
        actors = unique(actors + args["partners"])
        time = self.timer.nominal_time(tok, governor, triggers, evidence)
        if not actors and not args["target"] and not _held_somewhere_or_sometime(type_, args["place"], time):
            return None
        return {
            "actors": actors, "target": args["target"], "object": args["object"],
            "place": args["place"] or self._carried_place(governor), "time": time,
            "span": _span_of(evidence),
            "status": nominal_status(tok, governor, region, time, published=self.published),
        }

    def _carried_place(self, governor: Token | None) -> str | None:
        """The verb that carries a noun event says where it was: "held talks in Orsova", "signed
        the agreement in Geneva" (the parser hangs the place on the verb, not on the noun)."""
        return self.namer.place_of([governor]) if governor is not None else None

    def _nominal_args(self, tok: Token, type_: str) -> dict:
        out: dict = {"actors": [], "partners": [], "target": None, "object": None, "place": None}
        for c in tok.children:
            if c.dep_ == "poss" and type_ in P.PERSON_TARGETED_TYPES and self.namer.is_person(c) and not prep_objects(
                tok, "of"
            ):  # ('her arrest', 'Renko's detention': whose arrest is who was arrested; 'her arrest of the man' hers)
                out["target"] = out["target"] or self.namer.first_name(c, "target")
            elif c.dep_ == "poss":
                out["actors"] += self.namer.names(c, "actor")
            elif c.dep_ in ("compound", "amod", "nmod"):
                self._read_modifier(c, type_, out)
        for prep, obj in prep_objects(tok):
            role = P.NOUN_PREP_ROLES.get((type_, prep)) or P.NOUN_PREP_ROLES.get(("*", prep))
            if role == "place" or (role == "target" and type_ == "visit"):
                out["place"] = (out["place"] or self.namer.place_name(obj)
                                or self.namer.lone_name_after(prep, obj) or self.namer.place_within(obj))
            elif role == "actor":
                out["actors"] += self.namer.names(obj, "actor")
            elif role == "partner" and type_ in P.SYMMETRIC_TYPES and not _names_a_thing_done(obj):
                out["partners"] += self.namer.names(obj, "actor")
            elif role == "target" and out["target"] is None and self.namer.is_actorish(obj):
                out["target"] = self.namer.first_name(obj, "target")
            elif role == "target" and out["target"] is None:
                # "an embargo on Nordvik fish", "sanctions on Iranian banks": as with "an
                # American drone", the country owning what is hit is the target
                owners = self.namer.modifier_countries(obj)
                out["target"] = owners[0] if owners else None
        if type_ == "agreement":
            out["object"] = self.namer.np_text(tok, short=True)
        return out

    def _read_modifier(self, mod: Token, type_: str, out: dict) -> None:
        """"Russian invasion" -> actor; "Benghazi attack" -> place; "Ukraine invasion" -> target."""
        names = self._modifier_actor(mod)
        is_place_noun = mod.pos_ == "PROPN" and self.namer.place_name(mod) is not None
        if is_place_noun and type_ in P.PLACE_MODIFIED_TYPES:
            out["place"] = out["place"] or self.namer.place_name(mod)
        elif is_place_noun and type_ in P.TARGET_MODIFIED_TYPES:
            out["target"] = out["target"] or (names[0] if names else None)
        else:
            out["actors"] += names

    def _modifier_actor(self, mod: Token) -> list[str]:
        """"Russian invasion", "U.S. sanctions", "Xi-Putin summit": actors named before the noun."""
        out = []
        for x in (mod, *mod.conjuncts):
            country = self.namer.country_word(x)
            if country:
                out.append(country)
                continue
            entity = self.namer.entity(x)
            if entity is not None and entity.type in ("PERSON", "ORG"):
                out.append(self.namer.name_of(entity, "actor"))
        return out

    def _governing_verb(self, tok: Token, type_: str) -> Token | None:
        """The verb that carries a nominal event: "held *talks*", "said at a press *conference*"."""
        tok = _counted_by_a_measure(tok)
        head = tok.head
        if tok.dep_ in ("dobj", "attr", "nsubjpass") and _judges_its_object(head):
            return None  # "called the threat unacceptable": the ministry did not threaten
        if tok.dep_ in ("dobj", "attr", "nsubjpass") and (
            lemma_in(head, P.LIGHT_VERBS) or lemma_in(head, P.NEGATING_VERBS)
        ):  # "held talks"; "cancelled a visit", "postponed the summit": an event called off
            return head
        if tok.dep_ in ("dobj", "dative") and type_ in P.GATHERING_TYPES and lemma_in(head, P.ADDRESSING_VERBS):
            return head  # "Selin told a press conference": the speaker gives it
        occurrence = _occurrence_verb(tok)
        if occurrence is not None:
            return occurrence  # "Talks broke down in April": the verb dates the talks
        if tok.dep_ == "pobj" and type_ in P.ADJUNCT_NOMINAL_TYPES and _setting_on_the_object(head):
            return head.head.head  # "discussed the visit in a phone call on Sunday"
        if tok.dep_ != "pobj" or head.dep_ not in ("prep", "agent") or head.head.pos_ != "VERB":
            return None
        prep, verb = head.lower_, head.head
        if type_ in P.ADJUNCT_NOMINAL_TYPES and prep in P.ADJUNCT_PREPS:
            return verb
        if type_ in P.ADJUNCT_NOMINAL_TYPES and prep == "for" and verb.lemma_.lower() in P.TRAVEL_VERBS:
            return verb  # "arrived in Lumbria on Monday for talks with Oblenko"
        if prep == "with" and (verb.lemma_.lower() in P.LIGHT_VERBS or lemma_in(verb, P.RESPONSE_VERBS)):
            return verb
        if type_ == "agreement" and prep == "under" and prep_objects(tok, "with"):
            return verb  # "The militia released 12 hostages under a deal with Orvan": the militia's deal
        return None

    def _subject(self, tok: Token) -> Token | None:
        """The doer: own subject, else the subject of the verb it depends on ("hopes to meet")."""
        current = tok
        for _ in range(5):
            # Above the trigger a passive subject is the doer too: "X is expected to meet Y",
            # "X was asked to visit"; on the trigger itself it is the one acted upon.
            deps = ("nsubj", "csubj") if current is tok else ("nsubj", "csubj", "nsubjpass")
            subject = first_child(current, *deps)
            if subject is not None:
                if subject.lower_ in _RELATIVE and current.dep_ == "relcl":
                    return current.head
                return subject
            if current.dep_ == "relcl":
                return current.head
            carrier = _verb_of_the_noun_an_infinitive_completes(current)
            if carrier is not None:
                current = carrier
                continue
            if not climbs(current):
                return None
            controller = _object_controller(current)
            if controller is not None:
                return controller
            current = current.head
        return None
