// Relations the gazetteer knows, said of an article only where one of its sentences names both sides: the members of a
// bloc listed with it, a place named with the wider place it lies in, a leader named with the body he led, two partners
// in arms named together. The sentence is the evidence; nothing is said of an entity the article does not name there.
import type { Relation, RelationType, Sentence } from '../types.ts';
import { isPlaceClass } from '../types.ts';
import type { ResolvedMention } from '../resolve/entities.ts';
import type { GazetteerIndex } from '../resolve/index-gazetteer.ts';

/** The relations of a document the gazetteer's knowledge and its sentences' co-mentions give, rule by rule. */
export function knownRelations(docId: string, sentences: readonly Sentence[], bySentence: readonly (readonly ResolvedMention[])[], gaz: GazetteerIndex): Relation[] {
  const out: Relation[] = [];
  for (const s of sentences) {
    const ms = bySentence[s.index]!;
    const say = (subject: string, predicate: RelationType, object: string, rule: string, confidence: number) =>
      out.push({ subject, predicate, object, evidence: [{ doc: docId, sentence: s.index, start: s.start, end: s.end, text: s.text, rule, confidence }] });
    listedMembers(s, ms, gaz, say);
    namedMembers(s, ms, gaz, say);
    placeChains(ms, gaz, say);
    // ("Iyad Ag Ghaly's JNIM", "Prigozhin, the founder of Wagner": whatever its words)
    knownPairs(ms, gaz, 'leads', say, 'relation.named-leader', 0.65);
    // ("Wagner and the Malian army retook Kidal", unless the sentence tells them apart)
    if (!s.norms.some((w) => APART.has(w))) knownPairs(ms, gaz, 'alliedWith', say, 'relation.named-partners', 0.6);
  }
  return out;
}

type Say = (subject: string, predicate: RelationType, object: string, rule: string, confidence: number) => void;
const named = (m: ResolvedMention) => m.kind === 'name' || m.kind === 'acronym';

/** Words before a bloc that say its members leave or are put out of it ("announced they would leave the ECOWAS"). */
const LEAVING = new Set(['leave', 'left', 'leaving', 'leaves', 'quit', 'quits', 'quitting', 'withdraw', 'withdrew', 'withdrawn', 'withdrawing',
  'withdrawal', 'exit', 'exited', 'exiting', 'expelled', 'suspended', 'away', 'out']);

/**
 * "Mali, Burkina Faso and Niger marked the first anniversary of the Alliance of Sahel States", "troops from Nigeria, Niger,
 * Chad, Cameroon and Benin … the Multinational Joint Task Force": a sentence that names a bloc and two or more of the states
 * the gazetteer makes its members says they are, unless it tells them leaving it.
 */
function listedMembers(s: Sentence, ms: readonly ResolvedMention[], gaz: GazetteerIndex, say: Say): void {
  const states = ms.filter((m) => m.cls === 'Country' && named(m));
  if (states.length < 2) return;
  for (const bloc of ms) {
    if (!named(bloc) || bloc.cls === 'Country') continue;
    const members = [...new Set(states.filter((m) => gaz.byId.get(m.entity)?.memberOf.includes(bloc.entity)).map((m) => m.entity))];
    if (members.length < 2) continue;
    let leaving = false;
    for (let i = Math.max(0, bloc.from - 5); i < bloc.from; i++) if (LEAVING.has(s.tokens[i]!.norm)) leaving = true;
    if (leaving) continue;
    for (const m of members) say(m, 'memberOf', bloc.entity, 'relation.listed-members', 0.65);
  }
}

/**
 * "the Katiba Macina, JNIM's strongest unit …", "the MNLA and the rest of the CMA": an armed group named with the coalition
 * the gazetteer puts it in belongs to it. (Only armed groups: writers do not relate a UN agency to the UN, nor a task
 * force to the operation it serves under, for being named together.)
 */
function namedMembers(s: Sentence, ms: readonly ResolvedMention[], gaz: GazetteerIndex, say: Say): void {
  for (const m of ms) {
    if (m.cls !== 'ArmedGroup' || m.kind === 'pronoun') continue;
    for (const p of gaz.byId.get(m.entity)?.memberOf ?? []) {
      const parent = ms.find((o) => o.entity === p && o.kind !== 'pronoun' && o.cls === 'ArmedGroup');
      if (!parent) continue;
      let leaving = false;
      for (let i = Math.max(0, parent.from - 5); i < parent.from; i++) if (LEAVING.has(s.tokens[i]!.norm)) leaving = true;
      if (!leaving) say(m.entity, 'memberOf', p, 'relation.named-member', 0.6);
    }
  }
}

/**
 * "Burkina Faso's Soum and Oudalan provinces", "bases in Kidal, Tessalit and Timbuktu in northern Mali": a sentence that
 * names a place and a wider place the gazetteer puts it in (its region, its state) says where it lies. Only names count:
 * a description ("the town") is read by the rules of its sentence.
 */
function placeChains(ms: readonly ResolvedMention[], gaz: GazetteerIndex, say: Say): void {
  const places = ms.filter((m) => isPlaceClass(m.cls) && named(m));
  if (places.length < 2) return;
  const here = new Set(places.map((m) => m.entity));
  for (const id of here) {
    const seen = new Set<string>([id]);
    for (let up = wider(gaz, id); up && !seen.has(up); up = wider(gaz, up)) {
      seen.add(up);
      if (here.has(up)) say(id, 'locatedIn', up, 'relation.named-place-chain', 0.6);
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
const APART = new Set(['not', 'never', 'no', 'against', 'clashed', 'clashes', 'fought', 'split', 'broke', 'rift', 'rivals', 'rival', 'accused', 'versus']);

/** A gazetteer link (kg:leads, kg:alliedWith) between two actors one sentence names, as a relation of the article. */
function knownPairs(ms: readonly ResolvedMention[], gaz: GazetteerIndex, link: 'leads' | 'alliedWith', say: Say, rule: string, confidence: number): void {
  for (const m of ms) {
    const targets = m.kind !== 'pronoun' && (link !== 'leads' || m.cls === 'Person') ? gaz.byId.get(m.entity)?.[link] : undefined;
    if (!targets) continue;
    for (const t of targets) if (ms.some((o) => o.entity === t && o.kind !== 'pronoun')) say(m.entity, link, t, rule, confidence);
  }
}
