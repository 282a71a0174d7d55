// Relations the gazetteer knows, said of an article only where its text names both sides: a name whose words name the
// body it is part of, the members of a bloc listed with it, a place named with the wider place it lies in, a leader named
// with the body he led, two partners in arms named together. The sentence is the evidence; nothing is said of an entity
// the article does not name there.
import type { Entity, EntityClass, GazetteerEntry, Relation, RelationType, Sentence } from '../types.ts';
import { isPlaceClass } from '../types.ts';
import { fold } from '../nlp/segment.ts';
import type { ResolvedMention } from '../resolve/entities.ts';
import type { GazetteerIndex } from '../resolve/index-gazetteer.ts';

/** The relations of a document the gazetteer's knowledge and its text give, rule by rule. */
export function knownRelations(docId: string, sentences: readonly Sentence[], entities: readonly Entity[], bySentence: readonly (readonly ResolvedMention[])[], gaz: GazetteerIndex): Relation[] {
  const out: Relation[] = namedParents(sentences, entities, gaz);
  for (const s of sentences) {
    const ms = bySentence[s.index]!;
    // (one object per sentence, not a closure: run from source through tsx, each closure made is named again)
    const to: Said = { docId, s, out };
    listedMembers(s, ms, gaz, to);
    namedMembers(s, ms, gaz, to);
    placeChains(ms, gaz, to);
    // ("Iyad Ag Ghaly's JNIM", "Prigozhin, the founder of Wagner": whatever its words)
    knownPairs(ms, gaz, 'leads', to, 'relation.named-leader', 0.65);
    // ("Wagner and the Malian army retook Kidal", unless the sentence tells them apart)
    knownPairs(ms, gaz, 'alliedWith', to, 'relation.named-partners', 0.6, true);
  }
  return out;
}

/** Where the relations a sentence says go: the document's list, with the sentence as their evidence. */
interface Said { docId: string; s: Sentence; out: Relation[] }
/** Adds a relation the sentence says. */
function say(to: Said, subject: string, predicate: RelationType, object: string, rule: string, confidence: number): void {
  const s = to.s;
  to.out.push({ subject, predicate, object, evidence: [{ doc: to.docId, sentence: s.index, start: s.start, end: s.end, text: s.text, rule, confidence }] });
}
const named = (m: ResolvedMention) => m.kind === 'name' || m.kind === 'acronym';

/** Words before a bloc that say its members leave or are put out of it ("announced they would leave the ECOWAS"). */
const LEAVING = new Set(['leave', 'left', 'leaving', 'leaves', 'quit', 'quits', 'quitting', 'withdraw', 'withdrew', 'withdrawn', 'withdrawing',
  'withdrawal', 'exit', 'exited', 'exiting', 'expelled', 'suspended', 'away', 'out']);

/**
 * "Mali, Burkina Faso and Niger marked the first anniversary of the Alliance of Sahel States", "troops from Nigeria, Niger,
 * Chad, Cameroon and Benin … the Multinational Joint Task Force": a sentence that names a bloc and two or more of the states
 * the gazetteer makes its members says they are, unless it tells them leaving it.
 */
function listedMembers(s: Sentence, ms: readonly ResolvedMention[], gaz: GazetteerIndex, to: Said): void {
  const states = ms.filter((m) => m.cls === 'Country' && named(m));
  if (states.length < 2) return;
  for (const bloc of ms) {
    if (!named(bloc) || bloc.cls === 'Country') continue;
    const members = [...new Set(states.filter((m) => gaz.byId.get(m.entity)?.memberOf.includes(bloc.entity)).map((m) => m.entity))];
    if (members.length < 2) continue;
    let leaving = false;
    for (let i = Math.max(0, bloc.from - 5); i < bloc.from; i++) if (LEAVING.has(s.tokens[i]!.norm)) leaving = true;
    if (leaving) continue;
    for (const m of members) say(to, m, 'memberOf', bloc.entity, 'relation.listed-members', 0.65);
  }
}

/**
 * "the Katiba Macina, JNIM's strongest unit …", "the MNLA and the rest of the CMA": an armed group named with the coalition
 * the gazetteer puts it in belongs to it. (Only armed groups: writers do not relate a UN agency to the UN, nor a task
 * force to the operation it serves under, for being named together.)
 */
function namedMembers(s: Sentence, ms: readonly ResolvedMention[], gaz: GazetteerIndex, to: Said): void {
  for (const m of ms) {
    if (m.cls !== 'ArmedGroup' || m.kind === 'pronoun') continue;
    for (const p of gaz.byId.get(m.entity)?.memberOf ?? []) {
      const parent = ms.find((o) => o.entity === p && o.kind !== 'pronoun' && o.cls === 'ArmedGroup');
      if (!parent) continue;
      let leaving = false;
      for (let i = Math.max(0, parent.from - 5); i < parent.from; i++) if (LEAVING.has(s.tokens[i]!.norm)) leaving = true;
      if (!leaving) say(to, m.entity, 'memberOf', p, 'relation.named-member', 0.6);
    }
  }
}

/**
 * "Burkina Faso's Soum and Oudalan provinces", "bases in Kidal, Tessalit and Timbuktu in northern Mali": a sentence that
 * names a place and a wider place the gazetteer puts it in (its region, its state) says where it lies. Only names count:
 * a description ("the town") is read by the rules of its sentence.
 */
function placeChains(ms: readonly ResolvedMention[], gaz: GazetteerIndex, to: Said): void {
  const places = ms.filter((m) => isPlaceClass(m.cls) && named(m));
  if (places.length < 2) return;
  const here = new Set(places.map((m) => m.entity));
  for (const id of here) {
    const seen = new Set<string>([id]);
    for (let up = wider(gaz, id); up && !seen.has(up); up = wider(gaz, up)) {
      seen.add(up);
      if (here.has(up)) say(to, id, 'locatedIn', up, 'relation.named-place-chain', 0.6);
    }
  }
}
/**
 * The place the gazetteer puts a place in: its region or district, else its state. Not a capital's: "Bamako" named with
 * "Mali" stands for the government more often than it is placed (and no writer relates the two).
 */
const wider = (gaz: GazetteerIndex, id: string): string | undefined => {
  const e = gaz.byId.get(id);
  if (!e || e.capitalOf || e.cls === 'Country') return undefined;
  return e.locatedIn ?? e.country;
};

/** Words that say two partners named together are not acting as partners there. */
// (nor when they merge into one: "the Katiba Macina merged with Ansar Dine … and AQIM to create JNIM" makes them members of it)
const APART = new Set(['not', 'never', 'no', 'against', 'clashed', 'clashes', 'fought', 'split', 'broke', 'rift', 'rivals', 'rival', 'accused', 'versus', 'merged', 'merger', 'merge']);

/**
 * A gazetteer link (kg:leads, kg:alliedWith) between two actors one sentence names, as a relation of the article; with
 * `unlessApart`, none in a sentence that tells them apart (APART), looked at once a pair is found: most sentences have none.
 */
function knownPairs(ms: readonly ResolvedMention[], gaz: GazetteerIndex, link: 'leads' | 'alliedWith', to: Said, rule: string, confidence: number, unlessApart = false): void {
  for (const m of ms) {
    const targets = m.kind !== 'pronoun' && (link !== 'leads' || m.cls === 'Person') ? gaz.byId.get(m.entity)?.[link] : undefined;
    if (!targets) continue;
    for (const t of targets) {
      if (!ms.some((o) => o.entity === t && o.kind !== 'pronoun')) continue;
      if (unlessApart) {
        if (to.s.norms.some((w) => APART.has(w))) return;
        unlessApart = false;
      }
      // (partners written in the one direction every rule writes a symmetric relation in: relations.ts add)
      if (link === 'alliedWith' && m.entity > t) say(to, t, link, m.entity, rule, confidence);
      else say(to, m.entity, link, t, rule, confidence);
    }
  }
}

/** Parents a name may carry in its words: organisations and groups, not states ("Mali's army" is read elsewhere). */
const NAMED_PARENT_CLASSES = new Set<EntityClass>(['InternationalOrganization', 'Organization', 'ArmedGroup']);

/**
 * "the UN peacekeeping mission, MINUSMA", "the AU mission": a name (or description) of an entity whose words name the
 * organisation the gazetteer makes it part of, when the article names that organisation too, says it is part of it.
 */
function namedParents(sentences: readonly Sentence[], entities: readonly Entity[], gaz: GazetteerIndex): Relation[] {
  const present = new Set(entities.map((e) => e.id));
  const out: Relation[] = [];
  for (const e of entities) {
    const memberOf = gaz.byId.get(e.id)?.memberOf;
    if (!memberOf?.length) continue;
    // (a mention's words, worked out once per mention, not once per name compared with it)
    let words: string[] | undefined;
    for (const p of memberOf) {
      if (!present.has(p)) continue;
      const parent = gaz.byId.get(p)!;
      if (!NAMED_PARENT_CLASSES.has(parent.cls)) continue;
      const names = parentNames(parent);
      words ??= e.mentions.map((x) => (x.kind === 'pronoun' ? '' : wordsOf(x.text)));
      const m = e.mentions.find((x, i) => x.kind !== 'pronoun' && names.some((n) => n !== words![i] && ` ${words![i]} `.includes(` ${n} `)));
      if (!m) continue;
      const s = sentences[m.sentence]!;
      out.push({ subject: e.id, predicate: 'memberOf', object: p, evidence: [{ doc: m.doc, sentence: s.index, start: s.start, end: s.end, text: s.text, rule: 'relation.named-parent', confidence: 0.7 }] });
    }
  }
  return out;
}

/** A name as namedParents compares names: folded, its words of letters and digits one space apart. */
const wordsOf = (name: string): string => fold(name).replace(/[^a-z0-9]+/g, ' ').trim();

/** The names of a gazetteer entry (label, aliases, acronyms) as wordsOf gives them, once per entry. */
const namesOfEntry = new WeakMap<GazetteerEntry, readonly string[]>();
function parentNames(entry: GazetteerEntry): readonly string[] {
  let names = namesOfEntry.get(entry);
  if (names === undefined) {
    names = [entry.label, ...entry.aliases, ...entry.acronyms].map(wordsOf);
    namesOfEntry.set(entry, names);
  }
  return names;
}
