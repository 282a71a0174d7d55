// Relations between two entities of a sentence, each from a general rule over triggers, prepositions
// and appositions: hostilities, alliances, withdrawal, control, capture, membership, leadership,
// location, proximity, mediation and suspension.
import type { Evidence, RelationType, Relation, Sentence, Token } from '../types.ts';
import { isPlaceClass, SYMMETRIC_RELATIONS } from '../types.ts';
import { isAnonymousSource, type ResolvedMention } from '../resolve/entities.ts';
import { actorList, actors, afterFrontedPhrase, antecedentBefore, appositionStart, ASIDE_RELATIVES, bordersMeet, clauseAround, coordinated, distinct, findToken, governingPreposition, isUncertain, listedFrom, nounBeforeRelative, pastModifiers, places } from './clause.ts';
import type { ClaimSpan } from './claims.ts';
import { BULLETS } from '../resolve/topics.ts';
import { ALLIANCE_PHRASES, BE, COALITION_NOUNS, COMPASS, DEMANDING, DEMONYM_SHAPE, ENVOYS, EVENT_TRIGGERS, FALLING_BACK, HOSTILE, isTitleAt, JOURNEYS, LANDFORMS, LEADER_ROLES, MEMBER_ROLES, OFFICER_RANKS, RAPPROCHEMENT, REFLEXIVES, REGION_NOUNS, REPORTING, SETTLEMENT_NOUNS, SITE_NOUNS, TIED_PREPS, TIED_WORDS, TITLES, wordId, wordIds, wordTable } from './lexicon.ts';
import type { Trigger } from './triggers.ts';

export interface SentenceFacts {
  docId: string;
  s: Sentence;
  mentions: ResolvedMention[];
  triggers: Trigger[];
  claims: ClaimSpan[];
  /** The country the article is about, for "neighbouring Niger". */
  focusCountry?: string;
  /** The government of that country when the article names it, for "Security Minister X". */
  focusGovernment?: string;
  /** That country's armed forces when the article names them, for "the Chief of Army Staff, X". */
  focusForce?: string;
  /** Persons of the article that the gazetteer ties to a state, for "President X" (a fact about a state the article does not name is dropped with every other). */
  stateOf?: ReadonlyMap<string, string>;
  /** The sentence before and its mentions, for "Its leader, X" opening a sentence. */
  previous?: { s: Sentence; mentions: readonly ResolvedMention[] };
  /** The article's sentences and their mentions, for what a sentence refers back to further ("the provincial capital"). */
  article?: { sentences: readonly Sentence[]; bySentence: readonly (readonly ResolvedMention[])[] };
  /** The actor of the heading that opens this sentence's line ("- Katiba Macina. Led by …"), if any (resolve/topics.ts). */
  topic?: ResolvedMention;
  /** Groups named in the sentence only as what another is tied to ("al-Qaeda-linked"), kept out of `mentions`. */
  ties?: readonly ResolvedMention[];
  /** Whether the gazetteer makes two entities allies, for guesses of enmity it overrules. */
  allied?: (a: string, b: string) => boolean;
}

const ALLIANCE_WORDS = ALLIANCE_PHRASES.map((p) => [p, p.split(' ')] as const);
const ALLIANCE_VOCABULARY = new Set(ALLIANCE_WORDS.map(([, w]) => w[0]!));
/** The alliance phrases by their first word, as indexes into ALLIANCE_WORDS in its order: a cue tries only the phrases it can open. */
const ALLIANCE_BY_FIRST = new Map<string, number[]>();
ALLIANCE_WORDS.forEach(([, w], i) => { const list = ALLIANCE_BY_FIRST.get(w[0]!); if (list) list.push(i); else ALLIANCE_BY_FIRST.set(w[0]!, [i]); });
const NO_PHRASES: readonly number[] = [];

/** The alliance phrases a token can open (by its norm or its lemma), in ALLIANCE_WORDS' order. */
function alliancePhrasesAt(tok: Sentence['tokens'][number], norm: string): readonly number[] {
  const byNorm = ALLIANCE_BY_FIRST.get(norm);
  const byLemma = tok.lemma === norm ? undefined : ALLIANCE_BY_FIRST.get(tok.lemma);
  if (!byLemma) return byNorm ?? NO_PHRASES;
  if (!byNorm) return byLemma;
  // (both name phrases: rare, merged back into the list's order)
  return [...new Set([...byNorm, ...byLemma])].sort((a, b) => a - b);
}

/** Whether the words follow each other from token k, each as the token's norm or its lemma. */
function wordsAt(t: Sentence['tokens'], lower: readonly string[], k: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (lower[k + i] !== words[i] && t[k + i]!.lemma !== words[i]) return false;
  return true;
}
const BACKING = new Set(['backed', 'supported', 'helped', 'aided', 'assisted', 'reinforced', 'endorsed',
  // ("Russia helps the junta", "Chad supports Cameroon")
  'support', 'supports', 'help', 'helps',
  // ("the government began to arm civilian auxiliaries, the VDP", "Russia equipped the army")
  'arm', 'arms', 'armed', 'equip', 'equips', 'equipped',
  // ("Russia has supplied Mali with combat helicopters")
  'supply', 'supplies', 'supplied']);
/** "arm civilian auxiliaries, the VDP": the name in apposition to the common noun a verb at `k` takes as its object. */
function apposedObject(cx: Context, k: number, body: (m: ResolvedMention) => boolean): ResolvedMention | undefined {
  const { t, mentions } = cx;
  let q = k + 1;
  while (q < k + 5 && (t[q]?.pos === 'DET' || t[q]?.pos === 'ADJ' || (t[q]?.pos === 'NOUN' && /^[a-z]/.test(t[q]!.text)))) q++;
  if (q === k + 1 || t[q]?.text !== ',' || t[q - 1]?.pos !== 'NOUN') return undefined;
  return mentions.find((m) => (m.from === q + 1 || (m.from === q + 2 && t[q + 1]?.pos === 'DET')) && body(m));
}

/** Verbs that make what the infinitive after them says already done: "continue to support", "began to arm". */
const UNDER_WAY = new Set(['continue', 'begin', 'start']);
const DISTANCE_UNITS = new Set(['km', 'kms', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile']);
const DIRECTIONS = new Set([...COMPASS, '(', ')', 'mi', 'miles']);
const PARTICIPLES = new Set(['backed by', 'supported by', 'endorsed by', 'allied to', 'allied with', 'helped by', 'hired by']);
const CONTROL_VERBS = new Set(['control', 'hold', 'controls', 'holds', 'govern', 'governs', 'rule', 'rules']);
/** "controlled large parts of Kanem", "holds much of the north": quantities before "of" and the place. */
const FORCES_WORDS = new Set(['troops', 'soldiers', 'forces', 'contingent', 'contingents', 'personnel', 'peacekeepers', 'battalion', 'units']);
/** Relations that went bad: "whose relations with the junta have collapsed". */
const SOURED = new Set(['collapsed', 'soured', 'deteriorated', 'worsened', 'frayed', 'ruptured']);
/** Role nouns after an organisation in apposition to a person: "X, the Africa Command officer". */
const APPOSED_ROLES = new Set(['officer', 'official', 'commander', 'spokesman', 'spokeswoman', 'envoy', 'adviser', 'advisor', 'chief', 'leader', 'head', 'representative', 'negotiator']);
// ("the JNIM commander in the area" commands a unit of it: a member)
const HEAD_ROLES = new Set(['chief', 'leader', 'head']);
/** Who heads a town or a region: "the governor of Borno", "the Emir of Gwoza", "the mayor of Djibo". */
const PLACE_HEADS = new Set(['governor', 'mayor', 'emir', 'prefect', 'sultan', 'chief']);
const TIED_TO = new Set<string>(['ArmedGroup', 'Organization', 'PrivateMilitaryCompany']);
/** A body's own parts that "its …" names before the part's name: "its media outlet, al-Zallaqa", "its armed wing, X". */
const OWN_PARTS = new Set(['outlet', 'agency', 'website', 'channel', 'wing', 'arm', 'branch', 'unit', 'faction']);
/** Pronouns that are a verb's object ("fought them"). */
const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'it', 'us']);
/** Who fights for ground: a force, a group, a military company. */
const ARMED = new Set<string>(['ArmedGroup', 'StateForce', 'PrivateMilitaryCompany']);
/** Roles in a phrase set before a name ("the chairperson of the AU Commission, X", "the UN humanitarian coordinator in Nigeria, X"). */
const APPOSED_TITLES = new Set(['minister', 'president', 'chief', 'secretary-general', 'spokesman', 'spokeswoman', 'spokesperson', 'head', 'commander',
  'chairman', 'chairperson', 'chairwoman', 'coordinator', 'director', 'representative', 'envoy', 'commissioner', 'bishop', 'archbishop']);
const DRIVE_OUT = new Set(['push', 'drive', 'force', 'chase', 'kick', 'order', 'pull']);
const SHARES = new Set(['part', 'parts', 'much', 'most', 'swathes', 'swaths', 'areas', 'all', 'half', 'stretches', 'percent']);
/** Words that make a faction one that broke away: "a breakaway faction of Boko Haram". */
const BREAKAWAY = new Set(['breakaway', 'splinter', 'dissident']);
/** Verbs of a body's birth, before the "as" that says what it was born as. */
const ORIGIN_VERBS = new Set(['emerge', 'begin', 'start', 'appear', 'originate', 'form', 'found', 'create', 'establish', 'arise']);
/** Names of forces several states make up. */
const MULTINATIONAL = /\b(?:joint|multinational|task force|coalition)\b/i;
/** Words before "<body> <role>, <name>" that make the role one of the body's: "One CJTF member, X". */
const ONE_OF_THEM = new Set(['a', 'an', 'one', 'another', 'the']);
const PART_WORDS = new Set(['part', 'member', 'members', 'branch', 'affiliate', 'wing', 'offshoot', 'splinter', 'faction', 'subsidiary', 'pillar', 'component']);
/** Events whose co-agents act together as allies (not "X and Y resigned"). */
const JOINT_ACTION = new Set(['ArmedClash', 'Attack', 'Ambush', 'RemoteViolence', 'Airstrike', 'Shelling', 'Bombing', 'Killing', 'ViolenceAgainstCivilians',
  'Massacre', 'Abduction', 'Capture', 'Deployment', 'Advance', 'Operation', 'Disruption', 'Blockade', 'Coup', 'Uprising']);
const CONTROL_NOUNS = new Set(['bastion', 'stronghold', 'fief', 'fiefdom', 'hotbed', 'heartland', 'base', 'cradle', 'control', 'hands', 'grip', 'hold', 'quasi-control']);
// (not "storm": "gunmen stormed the village of X" is a raid on a place, which it does not say they held)
const CAPTURE = new Set(['seize', 'capture', 'overrun', 'occupy', 'take', 'conquer', 'retake', 'recapture', 'reoccupy']);
const PERSON_CAPTURE = new Set(['capture', 'arrest', 'detain', 'abduct', 'kidnap', 'seize']);
/** Taking fighters prisoner (not hostages: "kidnap", "abduct"). */
const TAKEN = new Set(['capture', 'arrest', 'detain']);
/** Classes one can join as a member (not a country or a person). */
const JOINABLE = new Set<string>(['ArmedGroup', 'Organization', 'InternationalOrganization', 'StateForce', 'PrivateMilitaryCompany', 'Government']);
/** Organisations one belongs to and can leave. */
const BLOCS = new Set<string>(['InternationalOrganization', 'Organization']);
const LIST_OPENERS = new Set([',', '-', '–', '—', ':']);
/** Nouns after a bloc's name that mean its member states ("the G5 Sahel states"). */
const MEMBER_STATES = new Set(['states', 'countries', 'nations', 'members', 'member-states']);
/** Classes that can be a coalition or have members. */
const BLOC_LIKE = new Set<string>(['ArmedGroup', 'Organization', 'InternationalOrganization', 'StateForce', 'PrivateMilitaryCompany']);
const INCLUDE_VERBS = new Set(['include', 'comprise', 'group', 'unite', 'gather', 'encompass']);
const FOUND_VERBS = new Set(['found', 'launch', 'create', 'form', 'establish', 'set']);
const AFFILIATE_NOUNS = new Set(['affiliate', 'branch', 'wing', 'franchise', 'offshoot', 'arm', 'subsidiary', 'alliance']);
/** What a party demands of a force it wants gone: "demanded the departure of French troops". */
/** Verbs that end a tie ("ended its cooperation with France"). */
const ENDING = new Set(['end', 'break', 'suspend', 'terminate', 'revoke', 'sever', 'cut', 'quit', 'abandon', 'cancel', 'denounce', 'scrap', 'tear']);
/** Verbs that stop a support in the clause that gives it ("suspended its support to the army"; not "breaking with
 * France and turning to Russia", which ENDING would read as a tie ended before the one made). */
const STOPPING = new Set(['suspend', 'halt', 'end', 'cut', 'stop', 'cease', 'freeze', 'terminate', 'withdraw', 'withhold']);
/** Verbs of heading a body ("who leads the junta", "heads the faction"). */
const HEADING_VERBS = new Set(['lead', 'head', 'command', 'chair', 'direct', 'run']);
/** Verbs that install someone as president ("designated Traoré president"). */
const INSTALLING = new Set(['designate', 'elect', 'appoint', 'proclaim', 'declare', 'name', 'install']);
/** What one takes over to lead a body ("took over the leadership of"). */
const HELM = new Set(['leadership', 'command', 'helm', 'reins', 'presidency', 'chairmanship', 'chair']);
/** Where the helm noun stands after "took (over) (the)" at k, followed by "of"; -1 if it does not. */
const helmAfter = (lower: readonly string[], k: number): number => {
  let h = k + 1;
  if (lower[h] === 'over') h++;
  if (lower[h] === 'the') h++;
  // ("took over the rotating chair of ECOWAS")
  if (lower[h] === 'rotating' || lower[h] === 'annual') h++;
  return HELM.has(lower[h] ?? '') && lower[h + 1] === 'of' ? h : -1;
};
/** Nouns of a body named after its leader ("the Islamist movement of Iyad Ag Ghaly"). */
const GROUP_HEADS = new Set(['movement', 'faction', 'group', 'militia', 'network', 'katiba']);
const LEAVE_VERBS = new Set(['leave', 'withdraw', 'depart', 'quit', 'pull']);
const DEPARTURES = new Set(['departure', 'withdrawal', 'exit', 'expulsion', 'pullout', 'pull-out', 'removal']);
/** Nouns that describe a bloc before its name: "the West African bloc ECOWAS". */
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
/** Who speaks or acts for states ("the leaders of Mali and Niger"). */
const STATE_PEOPLE = new Set(['leaders', 'presidents', 'heads', 'representatives', 'ministers', 'delegations']);
/** A bloc's parts left with it ("all the organs and bodies of the G5 Sahel"). */
const BLOC_ORGANS = new Set(['organs', 'bodies', 'institutions', 'structures', 'mechanisms', 'instances', 'all']);
const BLOC_NOUNS = new Set(['bloc', 'organisation', 'organization', 'community', 'grouping', 'body', 'union']);
const WITHDRAW = new Set(['withdraw', 'withdrawal', 'evacuation', 'evacuate', 'retreat', 'pull out', 'bring home', 'departure', 'fall back', 'pull back', 'quit', 'abandon']);
/** Nouns for a state's force named in apposition ("France's counter-terrorism force"). */
const FORCE_NOUNS = new Set(['force', 'operation', 'mission', 'contingent', 'unit', 'battalion', 'brigade']);
/** Fighting an attack off: the fighters defend the place the attack was on. */
const DEFENCE = new Set(['repel', 'repulse']);

/** One sentence as its rules read it: its facts, the lookups every rule makes, and the relations found so far. */
interface Context {
  f: SentenceFacts;
  s: Sentence;
  t: Sentence['tokens'];
  /** The tokens' norms (s.norms). */
  lower: readonly string[];
  mentions: ResolvedMention[];
  /** For each cue rule, the positions of its cue words (cueIndex). */
  cues: readonly (readonly number[])[];
  out: Relation[];
}

/** Extracts the relations of one sentence. */
export function extractRelations(f: SentenceFacts): Relation[] {
  const s = f.s;
  // (the tokens each cue rule can start at, from one lookup per token: most sentences hold none of them)
  const cx: Context = { f, s, t: s.tokens, lower: s.norms, mentions: f.mentions, cues: cueIndex(s), out: [] };
  // The rules run in sections, each its own function: V8 never optimises a function of more than 60 KB
  // of bytecode, and extractRelations as one body (86 KB) ran unoptimised, at twice the time. Keep each
  // section under that (`node --print-bytecode --print-bytecode-filter=membership …` prints its length).
  // A rule behind a cheap test (a trigger word, a comma after a name) is a function of its own, called only when
  // the test holds: V8 then compiles the rules that run often apart, and never spends its optimiser on the rare ones.
  // Every rule is a module function over the sentence's Context, not a closure made per sentence: run from source
  // through tsx (keepNames), each closure made is named again by a defineProperty call, and a fifth of the stage's
  // time went to that.
  // Hostilities and co-agents.
  fromTriggers(cx);
  // Alliance phrases: "X, along with Y", "called to the rescue … by Y", "received help from Y"; control.
  alliancesAndControl(cx);
  // Membership and leadership from appositions and titles.
  membership(cx);
  leadersAndFounders(cx);
  fromCueWords(cx);
  // Location: "Aguelhok, Kidal Region of Northern Mali", "Tongo Tongo, Niger", "the Malian locality of Boulikessi".
  location(cx);
  if (cx.s.text.includes(', the ') || cx.s.text.includes(', a ') || cx.s.text.includes(', an ')) apposedPresence(cx);
  if (cx.s.text.includes(', where')) whereTheyAre(cx);
  fragments(cx);
  groupings(cx);
  partnersInFight(cx);
  sidesInViolence(cx);
  // ("MUJAO had broken away from AQIM in 2011, but it continued to cooperate with AQIM": a split the sentence says left
  // the two allies makes no enemies)
  if (cx.out.some((r) => r.predicate === 'opposes' && r.evidence[0]!.rule === 'relation.split')) {
    const allied = new Set(cx.out.filter((r) => r.predicate === 'alliedWith').map((r) => `${r.subject} ${r.object}`));
    return cx.out.filter((r) => !(r.evidence[0]!.rule === 'relation.split' && r.predicate === 'opposes'
      && (allied.has(`${r.subject} ${r.object}`) || allied.has(`${r.object} ${r.subject}`))));
  }
  return cx.out;
}

/** The confidence of a rule's relation: less when one side is only a description or a pronoun. */
function conf(base: number, a: ResolvedMention, b?: ResolvedMention): number {
  const vague = a.kind === 'description' || a.kind === 'pronoun' || (b !== undefined && (b.kind === 'description' || b.kind === 'pronoun'));
  return Math.round((vague ? base - 0.1 : base) * 100) / 100;
}

/** Adds a relation between two mentions of the sentence (none when a side is missing or both are one entity). */
function add(cx: Context, a: ResolvedMention | undefined, p: RelationType, b: ResolvedMention | undefined, rule: string, base: number, at: number): void {
  if (!a || !b || a.entity === b.entity) return;
  let [x, y] = [a, b];
  // Symmetric relations between two actors (or two places) are written in one canonical direction;
  // hostility towards a place keeps its direction: the actor is the subject.
  // Two places near each other: the smaller one first ("Point Triple near Niger"), as one says it.
  if (p === 'near' && rank(x) !== rank(y)) { if (rank(x) < rank(y)) [x, y] = [y, x]; }
  else if (SYMMETRIC_RELATIONS.has(p) && isPlaceClass(x.cls) === isPlaceClass(y.cls) && x.entity > y.entity) [x, y] = [y, x];
  put(cx, x.entity, p, y.entity, rule, conf(base, a, b), at);
}

/** A relation to an entity known without a mention here (the article's government, a president's state). */
function put(cx: Context, subject: string, p: RelationType, object: string, rule: string, confidence: number, at: number): void {
  const { f, s } = cx;
  // (a fact inside a reported statement points to that claim, whichever rule found it)
  const claim = f.claims.find((c) => at >= c.from && at < c.to);
  const evidence: Evidence = {
    doc: f.docId, sentence: s.index, start: s.start, end: s.end, text: s.text, rule, confidence,
    ...(claim ? { claim: claim.claim.id } : {}),
  };
  cx.out.push({ subject, predicate: p, object, evidence: [evidence] });
}

/** The state a president named by no state heads: the gazetteer's for him, else the article's — as its
 * government when the article has one (the country itself may be named nowhere). */
function headedState(f: SentenceFacts, m: ResolvedMention): string | undefined {
  const state = f.stateOf?.get(m.entity) ?? f.focusCountry;
  return state && state === f.focusCountry && f.focusGovernment ? f.focusGovernment : state;
}

function fromTriggers(cx: Context): void {
  const { f, s, t, lower } = cx;
  for (const tr of f.triggers) {
    if (tr.uncertain) continue;
    if (tr.inRanks) for (const a of tr.agents) for (const b of tr.targets) add(cx, a, 'memberOf', b, `relation.fight-in-ranks.${tr.key}`, 0.7, tr.k);
    // ("who was appointed to head the government", "was named to lead the army": the one appointed leads the body)
    if (tr.event === 'Appointment' && !tr.nominal && lower[tr.end] === 'to' && HEADING_VERBS.has(t[tr.end + 1]?.lemma ?? '')) {
      const body = actors(f.mentions).find((m) => m.from > tr.end + 1 && m.from <= tr.end + 4 && m.cls !== 'Person' && t.slice(tr.end + 2, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ'));
      for (const p of tr.targets.filter((m) => m.cls === 'Person')) add(cx, p, 'leads', body, 'relation.appointed-to-head', 0.75, tr.k);
    }
    // ("AQIM releases three of the Arlit captives: Françoise Larribe, …", "JNIM freed the German priest X": the hostages an
    // armed group sets free are ones it held)
    if (tr.event === 'Release' && !tr.nominal && !tr.passive && tr.agents.length && tr.agents.every((m) => m.cls === 'ArmedGroup')) {
      for (const a of tr.agents) for (const b of tr.targets.filter((m) => m.cls === 'Person')) add(cx, a, 'captured', b, `relation.released-captive.${tr.key}`, 0.7, tr.k);
    }
    if (tr.hostile) {
      // "X and Y clashed": two sides. (Not a list of states that "set up a force to fight both groups": a
      // purpose infinitive, or more than two agents, names allies, not sides.)
      // (joined by "and"/"with" alone: not "Prigozhin, the businessman behind Wagner, whose mercenaries have fought …";
      // "… have been battling each other": a reciprocal says so whatever lies between the two)
      const reciprocal = (lower[tr.end] === 'each' && lower[tr.end + 1] === 'other') || (lower[tr.end] === 'one' && lower[tr.end + 1] === 'another');
      const [a0, a1] = tr.agents;
      // (or the two sides "between" which it is fought, whatever describes the second)
      const sides = !!a0 && anyToken(t, Math.max(0, a0.from - 3), a0.from, BETWEEN);
      const coordinated = !!a0 && !!a1 && (sides || joinedToPrevious(s, a0, a1) && t.slice(a0.to, a1.from).every((x) => JOINING.has(x.norm) || x.pos === 'DET'));
      // ("French soldiers and peacekeepers … fought them for four hours": not with an object of their own)
      if (tr.mutual && !tr.targets.length && tr.agents.length === 2 && lower[tr.k - 1] !== 'to' && (reciprocal || coordinated) && !OBJECT_PRONOUNS.has(lower[tr.end] ?? '')) {
        add(cx, tr.agents[0], 'opposes', tr.agents[1], `relation.hostile.${tr.key}`, 0.85, tr.k);
      }
      // (a stance verb takes a proposal as often as a party: "the rebels opposing it" names no one through "it")
      // (the state whose envoys are expelled is opposed by the envoy rule, through the article's government)
      for (const a of tr.agents) for (const b of tr.targets) if ((tr.event || b.kind !== 'pronoun') && !(tr.key === 'expel' && b.cls === 'Country')) add(cx, a, 'opposes', b, `relation.hostile.${tr.key}`, 0.85, tr.k);
      // A threatened or planned attack on a place is not an attack on it, but it is hostility towards it.
      for (const a of tr.agents) for (const p of tr.placeTargets) {
        if (tr.intent) add(cx, a, 'opposes', p, `relation.intent-place.${tr.key}`, 0.6, tr.k);
        // (taking a place is read as control below: "overran Konna" is not also an attack on the town)
        // (a word of hostility with no act, "accusing neighbouring Algeria of hostile acts", opposes a state; it attacks nothing)
        else if (!tr.event) add(cx, a, 'opposes', p, `relation.hostile.${tr.key}`, 0.7, tr.k);
        // (nor is beating an attack back: "troops had repelled the attack on Bama" defend the town)
        // (nor a sanction: "expelled the French ambassador" attacks no place)
        else if (!CAPTURE.has(tr.key) && !DEFENCE.has(tr.key) && tr.event !== 'Sanction') {
          add(cx, a, 'attacked', p, `relation.attack-place.${tr.key}`, 0.75, tr.k);
          // ("stormed the Federal Government College in Buni Yadi": a named site struck in a town strikes the town)
          const town = p.cls === 'Site' && lower[p.to] === 'in' ? cx.mentions.find((m) => m.from === p.to + 1 && m.cls === 'Settlement') : undefined;
          add(cx, a, 'attacked', town, `relation.attack-place.${tr.key}`, 0.75, tr.k);
        }
      }
    }
    // ("Boko Haram carried out suicide attacks in Fotokol on 12 July and twice in Maroua": the towns a doer's attacks were
    // carried out in, when nothing else is named as hit)
    if (tr.nominal && (tr.event === 'Attack' || tr.event === 'Bombing') && !tr.intent && !tr.claimed && !tr.uncertain && tr.agents.length && !tr.targets.length && !tr.placeTargets.length
      && lower[tr.end] === 'in') {
      for (const p of places(f.mentions).filter((m) => m.from > tr.end && m.from < tr.clause[1] && m.cls === 'Settlement' && m.kind === 'name' && lower[m.from - 1] === 'in').slice(0, 2)) {
        for (const a of tr.agents) add(cx, a, 'attacked', p, `relation.attacks-in.${tr.key}`, 0.7, tr.k);
      }
    }
    // ("JNIM announced a blockade of Timbuktu", "jihadists have been blockading Djibo": a town besieged is opposed)
    if (tr.key === 'blockade' && !tr.intent) blockaded(cx, tr);
    // A planned or attempted act shows hostility, nothing more: no capture, withdrawal or alliance from it.
    if (tr.intent) continue;
    // Actors acting together ("X and Y attacked", "carried out by X and Y") are allies.
    if (!(tr.hostile && tr.mutual && !tr.targets.length) && tr.event && JOINT_ACTION.has(tr.event) && tr.agents.length > 1) coAgents(cx, tr);
    if (tr.event === 'Agreement') defencePact(cx, tr);
    if (CAPTURE.has(tr.key) || tr.key === 'take control' || tr.key === 'took control') capturedPlaces(cx, tr);
    // ("Kidal fell to the rebels", "the fall of Ber to the CSP": who a town falls to holds it)
    else if (tr.key === 'fall' && tr.agents.length) {
      const fallen = t[tr.k]!.pos === 'NOUN' ? places(f.mentions).find((m) => m.from === tr.k + 2 || (m.from === tr.k + 3 && t[tr.k + 2]!.pos === 'DET'))
        : places(f.mentions).find((m) => m.to === tr.k || m.to === tr.k - 1);
      if (fallen && fallen.cls !== 'Country') for (const a of tr.agents) add(cx, a, 'controls', fallen, 'relation.fell-to', 0.7, tr.k);
    }
    // ("Burkina Faso, where Lieutenant-Colonel Damiba seized power in January": one man who takes a country's power leads it)
    if (tr.event === 'Coup' && !tr.nominal && /power/.test(tr.key) && tr.agents.length === 1 && tr.agents[0]!.cls === 'Person') seizedPower(cx, tr);
    // "the junta, which overthrew President X", "soldiers ousted the government": who was removed from power.
    if (tr.event === 'Coup' && !tr.nominal) overthrown(cx, tr);
    if (PERSON_CAPTURE.has(tr.key)) {
      for (const a of tr.agents) for (const p of tr.targets.filter((m) => m.cls === 'Person')) add(cx, a, 'captured', p, `relation.capture-person.${tr.key}`, 0.8, tr.k);
      // ("the Chadian army said that it had captured more than 250 rebels": who takes a group's fighters prisoner fights it)
      // (the verb's own object, not a group an apposition or a modifier names: "captured X, a senior figure in ISGS")
      const fighters = tr.nominal || !TAKEN.has(tr.key) ? [] : tr.targets.filter((m) => m.cls === 'ArmedGroup' && m.kind !== 'pronoun' && m.from > tr.k && m.from <= tr.end + 5
        && t[m.to]?.pos !== 'NOUN' && !t.slice(tr.end, m.from).some((x) => x.text === ',' || x.pos === 'VERB'));
      for (const a of tr.agents.filter((m) => m.cls !== 'Person')) for (const b of fighters) add(cx, a, 'opposes', b, `relation.capture-fighters.${tr.key}`, 0.75, tr.k);
    }
    // "The last French soldiers left Mali": leaving a country is a withdrawal from it.
    // ("Barkhane left Gossi in April": a force that leaves a town withdraws from it too)
    // (not "soldiers leaving Anéfis … with heavy weapons": a force on the move is advancing, not withdrawing)
    if (WITHDRAW.has(tr.key) || tr.key === 'leave' || tr.key === 'exit') withdrawals(cx, tr);
    // "Guinea, itself suspended from ECOWAS after a coup": the bloc after "from" suspended the one before.
    if (tr.key === 'suspend' || tr.key === 'expel' || tr.key === 'sanction') suspensions(cx, tr);
    if (tr.key === 'mediation' || tr.key === 'mediate' || tr.key === 'negotiation' || tr.key === 'talks') mediators(cx, tr);
  }
}

function blockaded(cx: Context, tr: Trigger): void {
  const { f, t } = cx;
  const town = places(f.mentions).find((m) => m.from >= tr.end && m.from <= tr.end + 3 && m.kind !== 'description' && (m.cls === 'Settlement' || m.cls === 'Site')
    && t.slice(tr.end, m.from).every((x) => x.pos === 'DET' || x.norm === 'of' || x.pos === 'ADJ'));
  for (const a of tr.agents) add(cx, a, 'opposes', town, 'relation.blockade', 0.7, tr.k);
}

function coAgents(cx: Context, tr: Trigger): void {
  const { s } = cx;
  const joined = tr.agents.filter((m, i) => i === 0 || joinedToPrevious(s, tr.agents[i - 1]!, m));
  // (two people who travel together are no allies: two freed hostages who "flew into the capital")
  const journey = JOURNEYS.has(tr.key);
  for (let i = 1; i < joined.length; i++) {
    if (!(journey && joined[0]!.cls === 'Person' && joined[i]!.cls === 'Person')) add(cx, joined[0], 'alliedWith', joined[i], `relation.co-agents.${tr.key}`, 0.7, tr.k);
  }
}

function capturedPlaces(cx: Context, tr: Trigger): void {
  const { f, s, t, lower } = cx;
  // "seized Kidal" / "Ber was captured by the CSP": the place is the object, or the passive subject.
  // The place taken is the object: no preposition before it (or "of" after a noun: "the capture of Konna").
  // "seized the Malian cities of Kidal, Gao and Timbuktu" counts too, and so do the places listed with it.
  // ("overran the Indelimane post": a military post overrun is attacked, not held)
  const after = places(f.mentions).filter((m) => m.from >= tr.end && m.from < tr.clause[1] && m.kind !== 'description' && !SITE_NOUNS.has(lower[m.to] ?? ''));
  for (const a of tr.agents) for (const p of places(f.mentions).filter((m) => m.from >= tr.end && m.from <= tr.end + 3 && SITE_NOUNS.has(lower[m.to] ?? ''))) {
    add(cx, a, 'attacked', p, `relation.attack-place.${tr.key}`, 0.75, tr.k);
  }
  // ("overran an army base on the Bohoma peninsula": a military site taken is attacked, and so is the place it stands on)
  let site = tr.end;
  while (site < tr.end + 4 && site < t.length && (t[site]!.pos === 'DET' || t[site]!.pos === 'ADJ' || t[site]!.pos === 'NOUN') && !SITE_NOUNS.has(lower[site]!)) site++;
  if (SITE_NOUNS.has(lower[site] ?? '') && SITE_PREPS.has(lower[site + 1] ?? '')) {
    const where = places(f.mentions).find((m) => m.from > site + 1 && m.from <= site + 4);
    for (const a of tr.agents) add(cx, a, 'attacked', where, `relation.attack-place.${tr.key}`, 0.75, tr.k);
  }
  const first = after.find((m) => m.from <= tr.end + 8 && takenDirectly(t, tr, m));
  const before = places(f.mentions).filter((m) => m.to <= tr.k && m.from >= tr.clause[0]);
  const subject = before.find((m) => !governingPreposition(s, m));
  const taken = tr.passive ? (subject ? placesListedWith(t, f.mentions, subject, before) : []) : first ? placesListedWith(t, f.mentions, first, after) : [];
  for (const a of tr.agents) for (const p of taken) add(cx, a, 'controls', p, `relation.capture-place.${tr.key}`, 0.8, tr.k);
  // ("seized the town of Ménaka in the Gao region from the CMA": who held it before lost it to them)
  const last = taken[taken.length - 1];
  if (!last || tr.passive) return;
  for (let k = last.to; k < tr.clause[1] && t[k]!.text !== ',' && t[k]!.text !== ';'; k++) {
    if (lower[k] !== 'from') continue;
    const loser = f.mentions.find((m) => m.from > k && m.from <= k + 2 && !isPlaceClass(m.cls) && m.cls !== 'Person' && t.slice(k + 1, m.from).every((x) => x.pos === 'DET'));
    for (const a of tr.agents) if (loser) add(cx, a, 'opposes', loser, `relation.taken-from.${tr.key}`, 0.75, k);
    break;
  }
}

/** The place is the capture's object: no preposition before it (or "of" after a noun: "the capture of Konna"). */
function takenDirectly(t: Sentence['tokens'], tr: Trigger, m: ResolvedMention): boolean {
  const i = t.slice(tr.end, m.from).findIndex((x) => x.pos === 'ADP');
  if (i < 0) return true;
  const prep = t[tr.end + i]!;
  // ("seized a large part of Borno State": a share of the place is held too)
  return prep.norm === 'of' && (tr.nominal || tr.key.endsWith('control') || SETTLEMENT_NOUNS.has(t[tr.end + i - 1]?.norm ?? '') || REGION_NOUNS.has(t[tr.end + i - 1]?.norm ?? '')
    || SHARES.has(t[tr.end + i - 1]?.norm ?? ''));
}

/** The places listed with the first one taken, not those of a phrase that describes it ("Damasak, the
 * headquarters of Mobbar local government area in Borno State, on the border with Niger, was overrun"). */
function placesListedWith(t: Sentence['tokens'], mentions: readonly ResolvedMention[], head: ResolvedMention, among: readonly ResolvedMention[]): ResolvedMention[] {
  return [head, ...among.filter((m) => m.from > head.from
    && t.slice(head.to, m.from).every((x) => [',', 'and'].includes(x.norm) || places(mentions).some((p) => x.start >= p.start && x.end <= p.end)))];
}

function seizedPower(cx: Context, tr: Trigger): void {
  const { f, t, lower } = cx;
  const w = lower[tr.clause[0] - 1] === 'where' && t[tr.clause[0] - 2]?.text === ',' ? places(f.mentions).find((m) => m.to === tr.clause[0] - 2) : undefined;
  // (also past the coup itself: "seized power in a coup in Mauritania")
  const country = w?.cls === 'Country' ? w : places(f.mentions).find((m) => m.cls === 'Country' && m.from >= tr.end && lower[m.from - 1] === 'in'
    && (m.from <= tr.end + 3 || (m.from <= tr.end + 7 && lower[tr.end] === 'in' && t.slice(tr.end + 1, m.from - 1).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || x.norm === 'coup' || x.norm === "d'etat" || x.norm === 'putsch'))));
  add(cx, tr.agents[0], 'leads', country, 'relation.seized-power', 0.7, tr.k);
}

function overthrown(cx: Context, tr: Trigger): void {
  const { t, lower } = cx;
  for (const a of tr.agents.filter((m) => m.cls !== 'Person' || tr.agents.length === 1)) {
    for (const b of tr.targets.filter((m) => m.cls === 'Person' || m.cls === 'Government')) {
      // ("took power at the head of a Transitional Military Council": the body one takes power at the head of is one's own)
      let q = b.from - 1;
      if (t[q]?.pos === 'DET') q--;
      if (lower[q] === 'of' && lower[q - 1] === 'head') add(cx, a, 'leads', b, `relation.seized-power-at-head`, 0.75, tr.k);
      else add(cx, a, 'overthrew', b, `relation.overthrow.${tr.key}`, 0.8, tr.k);
    }
  }
}

/**
 * "Niger's junta signed a defence pact with Mali and Burkina Faso", "Mali, Niger and Burkina Faso signed a mutual defence
 * pact": the parties to a pact of defence are allies (those to a peace agreement are not).
 */
function defencePact(cx: Context, tr: Trigger): void {
  const { s, t, lower, mentions: ms } = cx;
  // ("Nigeria and Niger agreed to resume joint border patrols", "agreed with Chad to step up military cooperation": parties
  // that agree to act together are allies)
  if (tr.key === 'agree') {
    if (!t.slice(tr.k + 1, tr.k + 10).some((x) => COOPERATION.has(x.norm))) return;
    const parties = distinct([...tr.agents, ...(lower[tr.k + 1] === 'with' ? actorList(s, ms, tr.k + 1, 3, true) : [])]).filter((m) => (m.cls !== 'Person' && !isPlaceClass(m.cls)) || m.cls === 'Country');
    for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) add(cx, parties[i], 'alliedWith', parties[j], 'relation.agree-cooperate', 0.7, tr.k);
    return;
  }
  let pact = -1;
  for (let i = tr.k; i < t.length && i <= tr.k + 5 && pact < 0; i++) if (PACTS.has(lower[i]!)) pact = i;
  if (pact < 0 || !t.slice(tr.k, pact).some((x) => DEFENCE_WORDS.has(x.norm))) return;
  const partners = lower[pact + 1] === 'with' ? actorList(s, ms, pact + 1, 3, true) : [];
  const parties = distinct([...tr.agents, ...partners]).filter((m) => m.cls !== 'Person');
  for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) add(cx, parties[i], 'alliedWith', parties[j], 'relation.defence-pact', 0.75, tr.k);
}
const PACTS = new Set(['pact', 'treaty', 'alliance', 'agreement', 'accord', 'charter']);
/** What parties that agree to act together agree on: "joint border patrols", "military cooperation", "share intelligence". */
const COOPERATION = new Set(['joint', 'cooperation', 'co-operation', 'cooperate', 'coordinate', 'coordination', 'patrols', 'intelligence', 'alliance', 'pool', 'together']);
const DEFENCE_WORDS = new Set(['defence', 'defense', 'security', 'military', 'mutual']);

/** The first named mention of a list, else its first. */
function namedFirst(ms: readonly ResolvedMention[]): ResolvedMention | undefined {
  return ms.find((m) => m.kind === 'name' || m.kind === 'acronym') ?? ms[0];
}
/** Is the noun at `k` the object of a verb that asks for it ("demanded the departure", "called for a withdrawal")? */
function demanded(t: Sentence['tokens'], k: number): boolean {
  let v = k - 1;
  while (v > 0 && v >= k - 4 && (t[v]!.pos === 'DET' || t[v]!.pos === 'ADJ' || t[v]!.pos === 'NUM' || t[v]!.norm === 'for')) v--;
  return t[v]?.pos === 'VERB' && DEMANDING.has(t[v]!.lemma);
}

/** Is `entity` a multinational force, by one of the names the article gives it ("the Multinational Joint Task Force (MNJTF)")? */
function multinational(cx: Context, entity: string): boolean {
  for (const ms of cx.f.article?.bySentence ?? [cx.mentions]) for (const m of ms) if (m.entity === entity && m.kind === 'name' && MULTINATIONAL.test(m.text)) return true;
  return false;
}

function withdrawals(cx: Context, tr: Trigger): void {
  const { f, s, t, lower } = cx;
  const leftCountry = tr.key === 'leave' && places(f.mentions).some((m) => (m.cls === 'Country' || lower[tr.k] === 'left' && tr.agents.some((a) => a.cls === 'StateForce' || a.cls === 'InternationalOrganization'))
    && m.kind !== 'description' && m.from >= tr.end && m.from <= tr.end + 2 && !t.slice(tr.end, m.from).some((x) => x.pos === 'ADP'));
  // "Mali withdrew from the G5 Sahel", "the three juntas left ECOWAS": leaving a bloc is a withdrawal from it.
  // ("was withdrawing with immediate effect from the CEMOC": past the manner)
  // ("Sweden withdrew its contingent from MINUSMA": past the forces withdrawn)
  let end = lower[tr.end] === 'with' && lower[tr.end + 1] === 'immediate' && lower[tr.end + 2] === 'effect' ? tr.end + 3 : tr.end;
  if (ITS_THEIR.has(lower[end] ?? '') && FORCES_WORDS.has(lower[end + 1] ?? '') && lower[end + 2] === 'from') end += 2;
  // ("Niger pulled its soldiers out of the MNJTF", "pulled out of the force")
  else if (ITS_THEIR.has(lower[end] ?? '') && FORCES_WORDS.has(lower[end + 1] ?? '') && lower[end + 2] === 'out' && lower[end + 3] === 'of') end += 4;
  else if (lower[end] === 'out' && lower[end + 1] === 'of') end += 2;
  // (a multinational force a state leaves is left as a bloc is: "Niger withdrew from the Multinational Joint Task Force")
  const isBloc = (m: ResolvedMention) => BLOCS.has(m.cls) || (m.cls === 'StateForce' && m.kind !== 'description' && multinational(cx, m.entity));
  const bloc = (WITHDRAW.has(tr.key) || tr.key === 'leave' || tr.key === 'exit') && !tr.nominal
    // ("leave the West African bloc ECOWAS": a description of the bloc may come before its name)
    // ("withdrew from the Joint Operational General Staff Committee": a named joint body too)
    // ("the West African bloc ECOWAS": the name, not the description before it)
    ? namedFirst(f.mentions.filter((m) => (isBloc(m) || (m.cls === 'Government' && m.kind === 'name' && lower[m.from - 1 - Number(lower[m.from - 1] === 'the')] === 'from')) && m.from >= end && m.from <= end + 5
      && t.slice(end, m.from).every((x) => x.pos === 'DET' || x.norm === 'from' || ((x.pos === 'ADJ' || x.pos === 'PROPN' || BLOC_NOUNS.has(x.norm) || f.mentions.some((o) => o.kind === 'description' && x.start >= o.start && x.end <= o.end)) && m.from - end > 1))))
      // ("withdrawing from all the organs and bodies of the G5 Sahel": the bloc through its organs)
      // (a quotation may open on "from")
      ?? f.mentions.find((m) => BLOCS.has(m.cls) && m.from > tr.end && m.from <= tr.end + 11 && lower[m.from - 1 - Number(lower[m.from - 1] === 'the')] === 'of'
        && (lower[tr.end] === 'from' || (QUOTES.has(t[tr.end]!.text) && lower[tr.end + 1] === 'from'))
        && t.slice(tr.end, m.from).every((x) => x.pos === 'DET' || x.norm === 'of' || x.norm === 'from' || x.norm === 'and' || x.text === ',' || QUOTES.has(x.text) || BLOC_ORGANS.has(x.norm)))
    // ("announced its withdrawal from ECOWAS", "Mali's withdrawal from the G5 Sahel": the noun's bloc, which triggers.ts
    // made its target; not one only asked for, "demanded the withdrawal of Mali from ECOWAS")
    : tr.nominal && WITHDRAW.has(tr.key) && !demanded(t, tr.k) ? tr.targets.find((m) => BLOCS.has(m.cls) && lower[m.from - 1 - Number(t[m.from - 1]?.pos === 'DET')] === 'from')
    : undefined;
  if (bloc) {
    // ("Mali, Burkina Faso and Niger … announced that they were leaving ECOWAS": "they" is every state of the list)
    // ("The three countries have announced that they are leaving ECOWAS": the states listed in the sentence before)
    const plural = pluralStates(t, 0, tr.k);
    // (all the states named before a plural description, "Niger has joined Mali and Burkina Faso …, and the three countries …")
    const named = plural ? distinct(f.mentions.filter((m) => m.cls === 'Country' && m.kind === 'name' && m.to <= tr.k)) : [];
    const states = plural && named.length >= 2 ? named : tr.agents.some((m) => m.kind === 'pronoun' && /^(they|them)$/i.test(m.text)) || plural ? stateList(s, f.mentions, tr.k) : [];
    if (plural && !states.length && f.previous) states.push(...stateList(f.previous.s, f.previous.mentions, f.previous.s.tokens.length));
    for (const a of (states.length ? states : tr.agents).filter((m) => m !== bloc && m.cls !== 'Person' && m.entity !== bloc.entity)) add(cx, a, 'withdrewFrom', bloc, `relation.withdraw-bloc.${tr.key}`, 0.75, tr.k);
  } else if ((WITHDRAW.has(tr.key) || leftCountry) && !(tr.nominal && demanded(t, tr.k))) {
    // ("the withdrawal of France's Barkhane force from Mali": the place after "from", not a possessive state)
    // (not a capital standing for its state, "demanded by Niamey", nor where the force went, "to Gao")
    // (nor a place that only modifies the noun after it: "pulls its troops out of Sahel tri-border force")
    const after = places(f.mentions).filter((m) => m.from >= tr.end && m.from < tr.clause[1] && !/^['’]s$/.test(t[m.to]?.text ?? '') && !NOT_LEFT.has(lower[m.from - 1] ?? '')
      && !(t[m.to]?.pos === 'NOUN' && /^[a-z]/.test(t[m.to]!.text) && !SITE_NOUNS.has(lower[m.to]!) && !SETTLEMENT_NOUNS.has(lower[m.to]!) && !REGION_NOUNS.has(lower[m.to]!)
        // ("the departure of French troops from Chadian soil": a state's soil is the state)
        && !(m.cls === 'Country' && SOIL.has(lower[m.to]!))));
    const fromPrep = after.filter((m) => lower[m.from - 1] === 'from' || (lower[m.from - 2] === 'from' && t[m.from - 1]!.pos === 'DET'));
    // ("the garrison fell back and the attackers entered Bosso": a place falling back leaves is one it falls back from)
    const from = fromPrep.length || FALLING_BACK.has(tr.key) ? fromPrep : after;
    for (const a of tr.agents.concat(tr.targets).filter((m) => m.cls !== 'Person').slice(0, 2)) {
      // ("the soldiers at the town's barracks withdrew": with no place after the verb, where the subject stood)
      const stood = from.length || tr.nominal || !(lower[a.to] === 'at' || lower[a.to] === 'in') ? undefined
        : places(f.mentions).find((m) => m.from > a.to && m.from <= a.to + 2 && m.to <= tr.k && t.slice(a.to + 1, m.from).every((x) => x.pos === 'DET')
          // (the subject's own phrase, right before its verb: not "the UN mission in Mali, MINUSMA, sent troops … to evacuate")
          && t.slice(m.to, tr.k).every((x) => /^['’]s$/.test(x.text) || x.pos === 'NOUN' || x.pos === 'ADJ' || x.pos === 'ADV' || x.pos === 'AUX'));
      for (const p of stood ? [stood] : from.slice(0, 1)) add(cx, a, 'withdrewFrom', p, `relation.withdraw.${tr.key}`, 0.75, tr.k);
    }
  }
}

function suspensions(cx: Context, tr: Trigger): void {
  const { f, s, t, lower } = cx;
  if ((tr.key === 'suspend' || tr.key === 'expel') && !tr.nominal && lower[tr.end] === 'from') {
    const bloc = f.mentions.find((m) => m.from > tr.end && m.from <= tr.end + 2 && BLOCS.has(m.cls));
    const member = f.mentions.filter((m) => m.to <= tr.k && (m.cls === 'Country' || !isPlaceClass(m.cls)) && m.cls !== 'Person').pop();
    add(cx, bloc, 'suspended', member, `relation.suspend.${tr.key}-from`, 0.8, tr.k);
  } else if (tr.key === 'suspend' || tr.key === 'sanction') {
    // The object: the mention right after the verb, and those joined to it by "and" (not ", and X …",
    // which opens a new clause).
    const objects: ResolvedMention[] = [];
    for (const m of f.mentions.filter((x) => x.from >= tr.end)) {
      const gap = t.slice(objects.length ? objects[objects.length - 1]!.to : tr.end, m.from).map((x) => x.norm);
      if (objects.length ? gap.length <= 2 && gap.every((w) => w === 'and' || w === 'the') : gap.length <= 1) objects.push(m);
      else break;
    }
    // ("suspending budget support and security cooperation with Niamey": what is suspended is the tie with X)
    if (!objects.length) {
      const w = findToken(s, 'with', tr.end, Math.min(t.length, tr.end + 8));
      const partner = w > 0 ? f.mentions.find((m) => m.from > w && m.from <= w + 2) : undefined;
      if (partner && !anyPunct(t, tr.end, w)) objects.push(partner);
    }
    // ("the sanctions it had imposed on Niger": the target the noun's own clause gave it)
    if (tr.nominal && tr.targets.length && objects.some((m) => tr.agents.some((a) => a.entity === m.entity))) objects.splice(0, objects.length, ...tr.targets);
    // ("ECOWAS imposed sanctions on Niger": sanctions are no suspension)
    for (const a of tr.agents) for (const b of objects) add(cx, a, tr.key === 'sanction' ? 'sanctions' : 'suspended', b, `relation.suspend.${tr.key}`, 0.8, tr.k);
  }
}

function mediators(cx: Context, tr: Trigger): void {
  const { f, s } = cx;
  const withMs = f.mentions.filter((m) => m.from > tr.k && m.from < tr.clause[1] && ['with', 'between'].includes(prepBefore(s, m.from)));
  // "mediation with Mali's military", "a ceasefire mediated by X" (between the parties before it)
  for (const a of tr.agents) for (const b of withMs.length ? withMs : tr.targets) add(cx, a, 'mediates', b, `relation.mediate.${tr.key}`, 0.75, tr.k);
}

function alliancesAndControl(cx: Context): void {
  const { cues } = cx;
  // Splits: "ISWAP split from Boko Haram in 2016", "a faction broke away from Shekau and became ISWAP", "X, which
  // broke away from AQIM": a splinter split from those it left, and is their rival (as most writers annotate it).
  if (cues[Cue.Split].length) splitRule(cx);
  // Alliance phrases start at their first word's cue (most sentences hold none).
  if (cues[Cue.Alliance].length) allianceRule(cx);

  // "MUJAO … was backed in the fighting by Ansar Dine": a passive backing with words before its "by".
  if (cues[Cue.Backing].length) backingRule(cx);

  // Control as a verb: "JNIM controls Boni", "the rebels hold Kidal".
  if (cues[Cue.ControlVerb].length) controlVerbRule(cx);

  // Control: "the Kidal region, a bastion of the separatists", "under the control of X".
  if (cues[Cue.ControlNoun].length) controlNounRule(cx);
}

/** Is person `m` named the head of "the transition", in apposition after or before him, or by the title "Transition president"? */
function headsTransition(t: Sentence['tokens'], lower: readonly string[], m: ResolvedMention): boolean {
  // (after: ", the (interim) president of the transition")
  let a = m.to + 1;
  if (lower[m.to] === ',' && lower[a] === 'the') {
    a++;
    while (t[a]?.pos === 'ADJ' && !FORMER.has(lower[a]!)) a++;
    if (TRANSITION_HEADS.has(lower[a] ?? '') && lower[a + 1] === 'of' && lower[a + 2] === 'the' && lower[a + 3] === 'transition') return true;
  }
  // (before: "the head of the transition, X", over his titles)
  let b = m.from - 1;
  while (b > 0 && TITLES.has(lower[b]!)) b--;
  if (lower[b] === ',' && lower[b - 1] === 'transition' && lower[b - 2] === 'the' && lower[b - 3] === 'of' && TRANSITION_HEADS.has(lower[b - 4] ?? '')) return true;
  // (a title: "Transition president Assimi Goïta")
  return lower[b] === 'president' && lower[b - 1] === 'transition' || lower[m.from - 1] === 'president' && lower[m.from - 2] === 'transition';
}
const TRANSITION_HEADS = new Set(['president', 'head', 'leader', 'chief']);

/** "a faction broke away and became ISWAP": the group it became split from the group the faction is of (`whole`), else
 * the last group of its sentence, else the subject group of the sentence before. */
function factionSplit(cx: Context, k: number, whole: ResolvedMention | undefined): void {
  const { f, t, mentions } = cx;
  const became = t.findIndex((x, i) => i > k + 1 && i <= k + 5 && (x.lemma === 'become' || x.lemma === 'form'));
  const splinter = became > 0 ? actors(mentions).find((m) => m.from > became && m.from <= became + 3 && isGroup(m)) : undefined;
  if (!splinter) return;
  const other = (m: ResolvedMention) => isGroup(m) && m.entity !== splinter.entity;
  const left = whole ?? actors(mentions).filter((m) => m.to <= k && other(m)).pop()
    ?? (f.previous ? actors(f.previous.mentions).find((m) => other(m) && !governingPreposition(f.previous!.s, m)) : undefined);
  add(cx, splinter, 'splitFrom', left, 'relation.split', 0.7, k);
  add(cx, splinter, 'opposes', left, 'relation.split', 0.65, k);
}
const FACTION_WORDS = new Set(['faction', 'wing', 'group', 'splinter', 'branch']);
/** The group named as what the faction before `k` is of ("a faction of Ansar Dine broke away"), if any. */
function factionOf(cx: Context, k: number): ResolvedMention | undefined {
  const { lower, mentions } = cx;
  return mentions.find((m) => m.to === k && isGroup(m) && (lower[m.from - 1] === 'of' ? FACTION_WORDS.has(lower[m.from - 2] ?? '') : lower[m.from - 1] === 'the' && lower[m.from - 2] === 'of' && FACTION_WORDS.has(lower[m.from - 3] ?? '')));
}

/** The comma that opens the relative clause a comma at `end` closes (", whose air element is based in Niamey,"), or -1. */
function relativeBefore(lower: readonly string[], t: Sentence['tokens'], end: number): number {
  for (let i = end - 1; i > 0 && i >= end - 14; i--) {
    if (t[i]!.text === ',') return RELATIVE.has(lower[i + 1] ?? '') || lower[i + 1] === 'whose' ? i : -1;
  }
  return -1;
}

/** Where a split happens: "a split within Boko Haram", "a split in AQIM". */
const SPLIT_IN = new Set(['within', 'in', 'inside']);

/** A group one splits from or forms by splitting. */
const isGroup = (m: ResolvedMention): boolean => m.cls === 'ArmedGroup' || m.cls === 'Organization';

function splitRule(cx: Context): void {
  const { s, t, lower, mentions, cues } = cx;
  for (const k of cues[Cue.Split]) {
    // ("ISWAP emerged in 2016 from a split within Boko Haram": the group born of a split in another left it)
    if (t[k]!.pos === 'NOUN' && (lower[k - 1] === 'a' || lower[k - 1] === 'the') && (lower[k - 2] === 'from' || lower[k - 2] === 'of') && SPLIT_IN.has(lower[k + 1] ?? '')) {
      const left = actors(mentions).find((m) => (m.from === k + 2 || (m.from === k + 3 && lower[k + 2] === 'the')) && isGroup(m));
      const splinter = actors(mentions).filter((m) => m.to <= k - 2 && m.from >= clauseAround(s, k)[0] && isGroup(m) && !governingPreposition(s, m)).pop();
      if (left && splinter && !isUncertain(s, k, clauseAround(s, k)[0])) {
        add(cx, splinter, 'splitFrom', left, 'relation.split', 0.7, k);
        add(cx, splinter, 'opposes', left, 'relation.split', 0.65, k);
      }
      continue;
    }
    // (the tagger may read "ISWAP split from …" as a noun: right after a name it is the verb)
    if (t[k]!.pos !== 'VERB' && !mentions.some((m) => m.to === k)) continue;
    // ("Belmokhtar broke with AQIM's leadership in 2012": breaking with a group leaves it too)
    const from = lower[k + 1] === 'from' || (lower[k + 1] === 'with' && t[k]!.lemma === 'break') ? k + 1
      : (lower[k + 1] === 'away' || lower[k + 1] === 'off') && lower[k + 2] === 'from' ? k + 2 : -1;
    // ("Boko Haram … In 2016 a faction broke away and became ISWAP": a faction that breaks away from no one named left the
    // group its sentence or the one before is about)
    // ("a faction of Ansar Dine broke away and formed …": the group the faction is of)
    const whole = from < 0 && (lower[k + 1] === 'away' || lower[k + 1] === 'off') ? factionOf(cx, k) : undefined;
    if (from < 0 && (whole || FACTION_WORDS.has(lower[k - 1] ?? '')) && (lower[k + 1] === 'away' || lower[k + 1] === 'off') && !isUncertain(s, k, clauseAround(s, k)[0])) {
      factionSplit(cx, k, whole);
      continue;
    }
    if (from < 0 || isUncertain(s, k, clauseAround(s, k)[0])) continue;
    // ("broke with the leaders of AQIM": over the group's heads, who stand for it)
    const of = lower[from + 1] === 'the' && HEAD_WORDS.has(lower[from + 2] ?? '') && lower[from + 3] === 'of' ? from + 3 : from;
    const left = actors(mentions).find((m) => (m.from === of + 1 || (m.from === of + 2 && lower[of + 1] === 'the')) && (isGroup(m) || m.cls === 'Person')
      // ("broke with AQIM's leadership": a group's leaders stand for it; "broke with Niger's partners" does not)
      && (!/^['’]s$/.test(t[m.to]?.text ?? '') || HEAD_WORDS.has(lower[m.to + 1] ?? '')));
    const became = t.findIndex((x, i) => i > from && i <= from + 8 && (x.lemma === 'become' || x.lemma === 'form' || x.lemma === 'found' || x.lemma === 'create'));
    const w = beforeVerbGroup(t, k);
    const splinter = became > 0 ? actors(mentions).find((m) => m.from > became && m.from <= became + 3 && isGroup(m))
      : RELATIVE.has(lower[w] ?? '') && t[w - 1]?.text === ',' ? antecedentBefore(s, actors(mentions).filter(isGroup), w - 1)
      // (a man who breaks with a group leaves it too: "Belmokhtar broke with AQIM's leadership")
      : actors(mentions).filter((m) => m.to <= k && m.to >= k - 3 && (isGroup(m) || (m.cls === 'Person' && left !== undefined && isGroup(left))) && !governingPreposition(s, m)).pop();
    add(cx, splinter, 'splitFrom', left, 'relation.split', 0.7, k);
    add(cx, splinter, 'opposes', left, 'relation.split', 0.65, k);
  }
}

function allianceRule(cx: Context): void {
  const { t, lower, cues } = cx;
  for (const k of cues[Cue.Alliance]) {
    for (const p of alliancePhrasesAt(t[k]!, lower[k]!)) {
      const [phrase, words] = ALLIANCE_WORDS[p]!;
      if (k + words.length > t.length) continue;
      // (the rule for a phrase found is a function of its own: V8 compiles it apart from the search, which runs far more often)
      if (wordsAt(t, lower, k, words)) alliance(cx, k, phrase, words);
      // ("The junta turned instead to Russia", "has drawn ever closer to Moscow": an adverb after the phrase's verb)
      else if (words.length > 1 && t[k + 1]?.pos === 'ADV' && t[k]!.pos === 'VERB' && wordsAt(t, lower, k, words.slice(0, 1)) && wordsAt(t, lower, k + 2, words.slice(1))) {
        alliance(cx, k, phrase, [words[0]!, lower[k + 1]!, ...words.slice(1)]);
      }
    }
  }
}

function alliance(cx: Context, k: number, phrase: string, words: readonly string[]): void {
  const { f, s, t, lower, mentions } = cx;
  const [cFrom] = clauseAround(s, k);
  // (an intent is still a partnership: "had planned the operation together with MUJAO", "plans to patrol alongside the army")
  if (isUncertain(s, k, cFrom, true)) return;
  // ("refused to sign it on May 15 alongside the government": what was refused was not done together)
  if (anyToken(t, cFrom, k, NEGATED)) return;
  // ("France suspended its support to the Malian army": support ended is no alliance)
  if (t.slice(cFrom, k).some((x) => STOPPING.has(x.lemma))) return;
  // "X, along with Y, seized …": the actor right before. "French troops fought JNIM alongside the
  // G5 armies": when that actor is a verb's object, the partner is the verb's subject.
  const left = actors(mentions).filter((m) => m.to <= k && m.from >= cFrom);
  let a: ResolvedMention | undefined = left[left.length - 1];
  const subject = left.find((m) => !['to', 'by', 'with', 'for', 'from', 'of', 'in', 'on', 'against'].includes(prepBefore(s, m.from)));
  // ("brought in Wagner mercenaries to fight alongside the army": the infinitive's subject is that object)
  const infinitive = t[k - 1]?.pos === 'VERB' && lower[k - 2] === 'to' && a !== undefined && a.to === k - 2;
  // (not past ", and" that opens a clause of its own: "French forces are leaving Mali, and the government now relies on …")
  const ownClause = !!a && !!subject && t.slice(subject.to, a.from).some((x, q, xs) => x.text === ',' && (xs[q + 1]?.norm === 'and' || xs[q + 1]?.norm === 'but'));
  // ("Barkhane had 5,100 soldiers and fought alongside the army": "had" with an object is a verb of its own)
  const acts = (m: ResolvedMention, o: ResolvedMention) => t.slice(m.to, o.from).some(mainVerb) || f.triggers.some((tr) => !tr.nominal && tr.k >= m.to && tr.k < o.from);
  if (a && subject && a !== subject && t[k - 1]?.text !== ',' && !infinitive && !ownClause && acts(subject, a)) a = subject;
  // ("Both movements signed the deal, and in 2018 they had fought ISGS alongside French troops": past that ", and", the
  // subject of the clause it opens)
  if (a && subject && ownClause && t[k - 1]?.text !== ',' && !infinitive) {
    const and = t.findLastIndex((x, q) => q >= subject.to && q < a!.from && x.text === ',' && (lower[q + 1] === 'and' || lower[q + 1] === 'but'));
    const own = left.find((m) => m.from > and && m.to <= a!.from && !['to', 'by', 'with', 'for', 'from', 'of', 'in', 'on', 'against'].includes(prepBefore(s, m.from)));
    if (own && own !== a && acts(own, a)) a = own;
  }
  // ("Operation Barkhane, which had 5,100 soldiers and fought alongside the army": a relative clause's first actor after a
  // verb is that verb's object; the clause's subject is the antecedent, below)
  if (a && subject && RELATIVE.has(lower[cFrom - 1] ?? '') && t[cFrom - 2]?.text === ',' && t[k - 1]?.pos === 'VERB' && lower[k - 2] === 'and'
    && t.slice(cFrom, subject.from).some(mainVerb)) a = undefined;
  // ("they had fought ISGS alongside French troops", "they" standing for no one named: the verb's object is no partner)
  if (a && a === left[0] && !infinitive && objectOfUnnamed(t, a, cFrom)) a = undefined;
  // ("Hitting the UN tells the world the group wants to be seen alongside AQIM": a clause of its own, with a subject no
  // mention names, lies between the actor and the phrase)
  if (a && t.slice(a.to + 1, k).some((x, q) => DOER_NOUNS.has(x.norm) && t[a!.to + q]!.pos === 'DET' && (t[a!.to + 2 + q]?.pos === 'VERB' || t[a!.to + 2 + q]?.pos === 'AUX')
    && !mentions.some((m) => a!.to + 1 + q >= m.from && a!.to + 1 + q < m.to))) a = undefined;
  // "Wagner, which has been fighting alongside the junta": the relative clause's antecedent.
  if (!a && ['which', 'who', 'that'].includes(t[cFrom - 1]?.norm ?? '') && t[cFrom - 2]?.text === ',') {
    // ("His government demanded the departure of French forces, who completed their withdrawal in February,
    // and has drawn closer to Russia": past ", and" the relative clause is over; the main clause's subject acts)
    const resumed = t.slice(cFrom, k).some((x, i, xs) => x.text === ',' && xs[i + 1]?.norm === 'and');
    a = resumed ? actors(mentions).find((m) => m.to < cFrom - 2 && !governingPreposition(s, m) && !/^['’]s$/.test(t[m.to]?.text ?? ''))
      : antecedentBefore(s, actors(mentions), cFrom - 2);
  }
  // ("his unit, the Signed-in-Blood Battalion, had planned the operation together with MUJAO": a clause that opens with its
  // verb after a comma has the name before that comma as its subject)
  if (!a && t[cFrom - 1]?.text === ',' && (t[cFrom]?.pos === 'AUX' || t[cFrom]?.pos === 'VERB')) a = antecedentBefore(s, actors(mentions), cFrom - 1);
  // ("the VDP, a civilian force that fights alongside the army": the verb's subject is the relative's antecedent)
  const relVerb = t[k - 1]?.pos === 'VERB' || (t[k - 1]?.pos === 'NOUN' && RELATIVE.has(lower[k - 2] ?? '')) ? (RELATIVE.has(lower[k - 2] ?? '') ? k - 2 : t[k - 2]?.pos === 'AUX' && RELATIVE.has(lower[k - 3] ?? '') ? k - 3 : -1) : -1;
  if (relVerb >= 0) a = relativeAntecedent(s, actors(mentions), relVerb) ?? a;
  // ("The junta led by Colonel X, which has turned to Russian paramilitaries": a phrase that is itself the verb)
  const relPhrase = RELATIVE.has(lower[k - 1] ?? '') ? k - 1 : t[k - 1]?.pos === 'AUX' && RELATIVE.has(lower[k - 2] ?? '') ? k - 2 : -1;
  if (relPhrase >= 0 && t[relPhrase - 1]?.text === ',') {
    const pool = actors(mentions).filter((m) => m.cls !== 'Person');
    // (past a participle phrase: "The junta led by Colonel X, which …")
    const head = pool.filter((m) => m.to < relPhrase - 1).pop();
    const participial = head && !anyPunct(t, head.to, relPhrase - 1) && t.slice(head.to, relPhrase - 1).some((x, i, xs) => x.pos === 'VERB' && /(ed|en)$/.test(x.norm) && xs[i + 1]?.norm === 'by');
    a = antecedentBefore(s, pool, relPhrase - 1) ?? (participial ? head : undefined) ?? a;
  }
  // A participle ("backed by", "allied to") qualifies the noun phrase right before it: "Ansar Dine, the
  // movement of Iyad Ag Ghaly, backed by AQIM" (through the apposition), "Ansar Dine, the group backed
  // by AQIM"; "a group allied to al-Qaeda" names no actor.
  // ("the Katiba Macina, a group founded by the preacher Amadou Koufa and allied with Ansar Dine": a participle coordinated
  // with one before qualifies what that one does, not the agent of its by-phrase)
  const participle = lower[k - 1] === 'and' ? t.findLastIndex((x, i) => i < k - 1 && i >= cFrom && x.pos === 'VERB' && /(ed|en)$/.test(x.norm) && lower[i + 1] === 'by') : -1;
  const first = participle > 0 && !t.slice(participle + 2, k - 1).some((x) => x.pos === 'VERB' || x.text === ',') ? participle : -1;
  if (PARTICIPLES.has(phrase) && first > 0) {
    const qualified = actors(mentions).find((m) => m.to === first && m.cls !== 'Person');
    const comma = qualified ? -1 : t[first - 1]?.pos === 'NOUN' ? appositionStart(t, first - 1, 6) : -1;
    a = qualified ?? (t[comma]?.text === ',' ? antecedentBefore(s, actors(mentions).filter((m) => m.cls !== 'Person'), comma) : undefined);
  } else if (PARTICIPLES.has(phrase) && !actors(mentions).some((m) => m.to === k)) {
    const comma = t[k - 1]?.text === ',' ? k - 1 : t[k - 1]?.pos === 'NOUN' ? appositionStart(t, k - 1, 6) : -1;
    a = t[comma]?.text === ',' ? antecedentBefore(s, actors(mentions).filter((m) => m.cls !== 'Person'), comma) : t[k - 1]?.pos === 'NOUN' ? undefined : a;
  }
  // ("Niger's junta, which seized power in 2023, has ordered French troops out of the country and turned to Russia": a verb
  // joined by "and" to one before shares its subject — the sentence's, past a relative aside — not that verb's object)
  if (a && lower[k - 1] === 'and' && t[k]!.pos === 'VERB' && (t[a.from - 1]?.pos === 'VERB' || (t[a.from - 1]?.pos === 'DET' && t[a.from - 2]?.pos === 'VERB'))) {
    const opener = actors(mentions).find((m) => m.from === 0 && m.to < a!.from && !/^['’]s$/.test(t[m.to]?.text ?? ''));
    if (opener && opener.cls !== 'Person') a = opener;
  }
  // The partners: the first actor after the phrase, and those listed with it ("backed by AQIM and MUJAO").
  // ("turned to Russia for military help": a state the junta turns to is a partner too)
  if (RAPPROCHEMENT.has(phrase)) {
    // ("Niger relies on France": a state that is the clause's subject turns to the partner too)
    a ??= mentions.find((m) => m.cls === 'Country' && m.kind === 'name' && m.to <= k && m.from >= cFrom && !governingPreposition(s, m) && !/^['’]s$/.test(t[m.to]?.text ?? ''));
    const state = mentions.find((m) => m.cls === 'Country' && m.kind === 'name' && m.from === k + words.length);
    if (state) { add(cx, a, 'alliedWith', state, `relation.alliance.${phrase.replace(/ /g, '-')}`, 0.7, k); return; }
  }
  // ("founded in 2014 with strong backing from France and the European Union": a state backs by its name)
  const listed = actorList(s, mentions, k + words.length - 1, 10, STATE_BACKING.has(phrase));
  // (the partner is the phrase's first noun: "left ECOWAS together with Mali and formed the AES" names
  // Mali, a place here, and no partner; "flown out together with the aid worker X" names a fellow hostage)
  const next = mentions.find((m) => m.from >= k + words.length && !/^['’]s$/.test(t[m.to]?.text ?? ''));
  // (the partner heads the phrase's object: "went up in flames along with the food stocks inside it" has none)
  // ("alongside tens of thousands of VDP volunteers": past words of number)
  const heads = (m: ResolvedMention) => !t.slice(k + words.length, m.from).some((x, q) => x.pos === 'NOUN' && !TITLES.has(x.norm) && !QUANTITY_NOUNS.has(x.norm)
    && !mentions.some((o) => k + words.length + q >= o.from && k + words.length + q < o.to));
  const bs = next && !heads(next) ? [] : listed[0] === next ? listed : actors(mentions).filter((m) => m.from >= k + words.length && m.from <= k + words.length + 10 && m === next).slice(0, 1);
  // (not a state's own body backed by that state: "the army received help from Chad" in an article about Chad)
  // (each of the actors a count stands for: "Both movements … they had fought ISGS alongside French troops")
  const as = a?.counted ? mentions.filter((o) => o.counted && o.from === a!.from && o.to === a!.to) : [a];
  for (const a of as) for (const b of bs) if (!(a?.cls === 'Person' && b.cls === 'Person') && !(a && b.cls === 'Country' && bodyOfState(a.entity, b.entity))) add(cx, a, 'alliedWith', b, `relation.alliance.${phrase.replace(/ /g, '-')}`, 0.8, k);
}

/** A verb, or an auxiliary used as one: "had" before its object ("had 5,100 soldiers"), not before a verb. */
const mainVerb = (x: Token, i: number, xs: readonly Token[]): boolean =>
  x.pos === 'VERB' || (x.pos === 'AUX' && x.lemma === 'have' && xs[i + 1] !== undefined && (xs[i + 1]!.pos === 'NUM' || xs[i + 1]!.pos === 'DET'
    || (xs[i + 1]!.pos === 'ADV' && xs[i + 2]?.pos === 'NUM')));

/** Is `body` a state's own force or government by its id ("chad-armed-forces", "government-of-chad"; not "nigeria-…" for Niger)? */
const bodyOfState = (body: string, state: string): boolean => body.startsWith(`${state}-`) || body.endsWith(`-${state}`);

/** Alliance phrases whose partner may be a state named as such ("backed by France", "with support from Chad"). */
const STATE_BACKING = new Set(['backed by', 'supported by', 'with the support of', 'with support from', 'support from', 'backing from', 'with the backing of',
  'help from', 'received help from', 'helped by']);

/** Nouns of number before the noun they count: "tens of thousands of volunteers", "hundreds of fighters". */
/** Verbs that voice support for another ("expressed its support for"), and whose support it is. */
const VOICING = new Set(['express', 'reiterate', 'reaffirm', 'voice', 'pledge', 'offer', 'declare']);
const POSSESSIVES_OF_BODIES = new Set(['its', 'their', 'full']);
const QUANTITY_NOUNS = new Set(['tens', 'hundreds', 'thousands', 'millions', 'dozens', 'scores', 'number', 'group', 'handful']);

function backingRule(cx: Context): void {
  const { s, t, lower, mentions, cues } = cx;
  for (const k of cues[Cue.Backing]) {
    // ("French special forces had helped the Nigerien troops", "Chadian troops supported the army": the active verb,
    // between two armed or state bodies, its subject right before it and its object right after)
    // (the tagger reads "French forces support Nigerien units" as a noun: right after a body, or after the relative clause of
    // one, it is the verb)
    const relative = t[k - 1]?.text === ',' ? relativeBefore(lower, t, k - 1) : -1;
    // ("The Security Council expressed its support for the Malian government": support one voices for another)
    if (lower[k] === 'support' && POSSESSIVES_OF_BODIES.has(lower[k - 1] ?? '') && VOICING.has(t[k - 2]?.lemma ?? '') && lower[k + 1] === 'for') {
      const [cFrom] = clauseAround(s, k);
      const body = (m: ResolvedMention) => (!isPlaceClass(m.cls) || (m.cls === 'Country' && m.kind === 'name')) && m.cls !== 'Person';
      const voicer = mentions.filter((m) => m.to <= k - 2 && m.from >= cFrom && body(m) && !governingPreposition(s, m)).pop();
      const backed = mentions.find((m) => m.from > k + 1 && m.from <= k + 4 && body(m) && t.slice(k + 2, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ'));
      if (voicer && backed && !isUncertain(s, k, cFrom) && !anyToken(t, cFrom, k, NEGATED)) add(cx, voicer, 'alliedWith', backed, 'relation.alliance.support-for', 0.7, k);
      continue;
    }
    const verb = t[k]!.pos === 'VERB' || (t[k]!.pos === 'NOUN' && (lower[k] === 'support' || lower[k] === 'supports') && (relative > 0 || mentions.some((m) => m.to === k)))
      // (the tagger reads "The government armed the VDP" as an adjective: right after a body, before an article, it is the verb)
      || (lower[k] === 'armed' && t[k]!.pos === 'ADJ' && mentions.some((m) => m.to === k) && t[k + 1]?.pos === 'DET');
    if (k >= 1 && verb && !BE.has(lower[k - 1]!) && lower[k + 1] !== 'by') {
      const b = beforeVerbGroup(t, k);
      // (a state named as such backs or is backed too: "Russia helps the Malian junta")
      const body = (m: ResolvedMention) => (!isPlaceClass(m.cls) || (m.cls === 'Country' && m.kind === 'name')) && m.cls !== 'Person' && m.cls !== 'Organization';
      const [cFrom] = clauseAround(s, k);
      // (an offer, "stood ready to support the authorities", is no backing yet: only the verb's own subject backs)
      // ("French forces of Operation Barkhane, whose air element is based in Niamey, support …": the relative's antecedent)
      // ("France would continue to support Burkina Faso": support that goes on is backing already)
      // ("Chad sent troops into Cameroon to support the Cameroonian army": a sending's purpose is its sender's backing)
      const sender = lower[k - 1] === 'to' ? cx.f.triggers.filter((tr) => tr.event === 'Deployment' && !tr.nominal && !tr.uncertain && tr.k < k && tr.k >= cFrom && tr.agents.length).pop()?.agents[0] : undefined;
      const helper = lower[k - 1] === 'to' && !UNDER_WAY.has(t[k - 2]?.lemma ?? '') ? sender : relative > 0 ? antecedentBefore(s, actors(mentions).filter(body), relative)
        : mentions.find((m) => m.to === (lower[k - 1] === 'to' ? beforeVerbGroup(t, k - 2) : b) + 1 && body(m) && !governingPreposition(s, m));
      const helped = mentions.find((m) => m.from > k && m.from <= k + 3 && body(m) && t.slice(k + 1, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ'))
        ?? apposedObject(cx, k, body);
      if (!helper || !helped || isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) continue;
      // ("Barkhane supported the MSA and GATIA militias": each one listed, not the subject of a clause "and" opens)
      for (const h of listedFrom(t, mentions.filter(body), helped.from, true)) {
        if (h !== helped && (t[h.to]?.pos === 'VERB' || t[h.to]?.pos === 'AUX')) break;
        add(cx, helper, 'alliedWith', h, `relation.alliance.${lower[k]}`, 0.75, k);
      }
      continue;
    }
    if (k < 1 || k >= t.length - 2 || !BE.has(lower[k - 1]!) || lower[k + 1] === 'by') continue;
    const by = t.findIndex((x, i) => i > k + 1 && i <= k + 5 && x.norm === 'by');
    if (by < 0 || t.slice(k + 1, by).some((x) => x.text === ',' || x.pos === 'VERB')) continue;
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom)) continue;
    // ("the MNJTF, a regional force …, which was endorsed by the African Union": the antecedent of the relative)
    const subject = actors(mentions).find((m) => m.to <= k && m.from >= cFrom && !OBLIQUE_PREPS.has(prepBefore(s, m.from)))
      ?? relativeSubject(s, lower, actors(mentions).filter((m) => m.cls !== 'Person'), k);
    for (const b of actorList(s, mentions, by, 4)) add(cx, subject, 'alliedWith', b, `relation.alliance.${lower[k]}-by`, 0.75, k);
  }
}

/** Is mention `m` the object of a verb whose subject is a pronoun or a noun no mention names ("they had fought ISGS")? */
function objectOfUnnamed(t: Sentence['tokens'], m: ResolvedMention, from: number): boolean {
  // (not the subject of a clause of its own: "His mission said it had given air support to the army")
  if (t[m.to]?.pos === 'AUX' || t[m.to]?.pos === 'VERB') return false;
  let v = m.from - 1;
  if (t[v]?.pos === 'DET') v--;
  if (t[v]?.pos !== 'VERB') return false;
  let q = v - 1;
  while (q >= from && (t[q]!.pos === 'AUX' || t[q]!.pos === 'ADV')) q--;
  return q >= from && (t[q]!.pos === 'PRON' || t[q]!.pos === 'NOUN');
}

/**
 * The antecedent of the ", which"/", that" right before the verb group ending at `k` ("…, which was endorsed by"), if any;
 * past the place that sets a body ("the transitional government in Bamako, which had brought in …").
 */
function relativeSubject(s: Sentence, lower: readonly string[], bodies: readonly ResolvedMention[], k: number, ms: readonly ResolvedMention[] = bodies): ResolvedMention | undefined {
  let r = k - 1;
  while (r > 0 && (s.tokens[r]!.pos === 'AUX' || s.tokens[r]!.pos === 'ADV')) r--;
  if (!RELATIVE.has(lower[r] ?? '') || s.tokens[r - 1]?.text !== ',') return undefined;
  return antecedentBefore(s, bodies, r - 1) ?? bodyBeforePlace(s.tokens, ms, r - 1);
}

function controlVerbRule(cx: Context): void {
  const { s, t, lower, mentions, cues } = cx;
  for (const k of cues[Cue.ControlVerb]) {
    if (!CONTROL_VERBS.has(t[k]!.lemma) && !CONTROL_VERBS.has(t[k]!.norm)) continue;
    // The tagger reads "controls" in "JNIM controls Boni" as a noun: between an actor and a place it is the verb.
    // ("The CSP, whose main member is the CMA, controls the northern town of Kidal": after a closing comma too)
    // ("The CMA, which controls Kidal, urged …": after a relative pronoun too)
    // ("JNIM controls large parts of …", "the Katiba Macina controls much of …": before a share too)
    const between = (actors(mentions).some((m) => m.to === k) || t[k - 1]?.text === ',' || RELATIVE.has(lower[k - 1] ?? ''))
      && (places(mentions).some((m) => m.from === k + 1) || t[k + 1]?.pos === 'DET' || SHARES.has(lower[k + 1] ?? '') || SHARES.has(lower[k + 2] ?? '')
        || (lower[k + 1] === 'about' && t[k + 2]?.pos === 'NUM'));
    if (t[k]!.pos !== 'VERB' && !between) continue;
    const [cFrom, cTo] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom)) continue;
    // "the town was already held by the MNLA … and by the Islamic Movement of Azawad": a passive names the
    // holders after "by" and the place held before the verb.
    if (lower[k + 1] === 'by') {
      let b = k - 1;
      while (b > cFrom && t[b]!.pos === 'ADV') b--;
      if (!BE.has(lower[b] ?? '')) continue;
      const held = places(mentions).filter((m) => m.to <= b && m.from >= cFrom && (!governingPreposition(s, m) || namedByNoun(t, m))).pop();
      const holders = actors(mentions).filter((m) => m.from > k + 1
        && (m.from <= k + 4 || (lower[m.from - 1] === 'by' && lower[m.from - 2] === 'and') || (lower[m.from - 2] === 'by' && lower[m.from - 3] === 'and')));
      // (not a state governed by a government: "Mali was governed by a transitional government" tells who rules, not who holds)
      for (const o of holders) if (!(held?.cls === 'Country' && o.cls === 'Government')) add(cx, o, 'controls', held, `relation.control-passive.${t[k]!.lemma}`, 0.75, k);
      continue;
    }
    // ("Ansar Dine, the group led by Iyad Ag Ghaly that already holds Timbuktu": a relative clause's
    // antecedent, the last group before it, not the person in its phrase)
    // ("The CSP, a coalition of former rebel groups that includes the MNLA, controls Kidal": the head of the apposition)
    const owner = (t[k - 1]?.text === ',' ? beforeRelative(s, actors(mentions), k - 1) ?? antecedentBefore(s, actors(mentions), k - 1) : undefined)
      ?? ungovernedBefore(s, actors(mentions), cFrom, k)
      ?? (lower[cFrom - 1] === 'who' ? relativeAntecedent(s, actors(mentions), cFrom - 1) : undefined)
      ?? (RELATIVE.has(lower[cFrom - 1] ?? '') && t[cFrom - 2]?.pos !== 'VERB' ? actors(mentions).filter((m) => m.to < cFrom && m.cls !== 'Person').pop() : undefined);
    // ("AQIM fighters held sway over Timbuktu": the place the sway is over)
    const sway = lower[k + 1] === 'sway' && lower[k + 2] === 'over';
    const heldAt = sway ? k + 2 : k;
    // (what is held is the object: "holds Timbuktu", not "hostages held in the Sahel")
    // ("controls the northern town of Kidal": a settlement noun and its "of" lead to the name)
    let place = places(mentions).find((m) => m.from > heldAt && m.from <= heldAt + 6 && m.to <= cTo
      && (m.from <= heldAt + 4 && !t.slice(heldAt + 1, m.from).some((x) => x.pos === 'ADP') || ofShare(t, lower, m.from)));
    // ("Gamboru, the border town opposite, which the insurgents had held since last year": the held place is the
    // antecedent of an object relative)
    if (!place && owner && !sway && t[k]!.pos === 'VERB' && (lower[owner.from - 1] === 'which' || (lower[owner.from - 2] === 'which' && t[owner.from - 1]!.pos === 'DET'))) {
      const r = lower[owner.from - 1] === 'which' ? owner.from - 1 : owner.from - 2;
      place = t[r - 1]?.text === ',' ? antecedentBefore(s, places(mentions), r - 1) : undefined;
    }
    // ("Boko Haram holds much of Nigeria's Borno state": the state's own place, after its possessive)
    if (place?.cls === 'Country' && /^['’]s$/.test(t[place.to]?.text ?? '')) {
      const to = place.to;
      place = places(mentions).find((m) => m.from > to && m.from <= to + 3 && t.slice(to + 1, m.from).every((x) => x.pos === 'ADJ' || x.pos === 'DET')) ?? place;
    }
    // ("Deby, who ruled the country for three decades": a person who rules a state leads it)
    if (owner?.cls === 'Person' && place?.cls === 'Country') add(cx, owner, 'leads', place, `relation.rule.${t[k]!.lemma}`, 0.75, k);
    else add(cx, owner, 'controls', place, `relation.control-verb.${t[k]!.lemma}`, 0.8, k);
    // ("… holds much of Borno state, including the town of Gamboru and Baga": and the places the held one includes)
    const including = place && owner && owner.cls !== 'Person' ? findToken(s, 'including', place.to, Math.min(t.length, place.to + 3)) : -1;
    if (including > 0) {
      const first = places(mentions).find((m) => m.from > including && m.from <= including + 5 && m.kind === 'name' && !t.slice(including + 1, m.from).some((x) => x.pos === 'VERB' || x.text === ','));
      if (first) for (const w of listedFrom(t, places(mentions).filter((m) => m.kind === 'name'), first.from)) add(cx, owner, 'controls', w, `relation.control-verb.${t[k]!.lemma}`, 0.75, k);
    }
  }
}

/**
 * The last actor of tokens [from, k) that no preposition governs, itself or as a second conjunct ("Militants linked to
 * al-Qaeda and the Islamic State control …": the militants), else the last actor there.
 */
function ungovernedBefore(s: Sentence, ms: readonly ResolvedMention[], from: number, k: number): ResolvedMention | undefined {
  const t = s.tokens;
  const before = ms.filter((m) => m.to <= k && m.from >= from);
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    if (governingPreposition(s, m)) continue;
    const and = t[m.from - 1]?.norm === 'and' ? m.from - 1 : t[m.from - 1]?.pos === 'DET' && t[m.from - 2]?.norm === 'and' ? m.from - 2 : -1;
    const first = and > 0 ? before.find((o) => o.to === and) : undefined;
    if (first && governingPreposition(s, first)) continue;
    return m;
  }
  return before[before.length - 1];
}

/** Is the place at `from` the complement of a town noun or a share ("the town of Kidal", "most of the town"), or of the
 * land of a share ("much of the countryside around Niono", "40 percent of Burkina Faso's territory")? */
function ofShare(t: Sentence['tokens'], lower: readonly string[], from: number): boolean {
  // ("most of the town": over the determiner of a description)
  const of = lower[from - 1] === 'of' ? from - 1 : t[from - 1]?.pos === 'DET' && lower[from - 2] === 'of' ? from - 2 : -1;
  const noun = lower[of - 1] ?? '';
  if (of > 0 && (SETTLEMENT_NOUNS.has(noun) || REGION_NOUNS.has(noun) || SHARES.has(noun))) return true;
  // (the land: "the countryside around Niono", "Burkina Faso's territory")
  const land = LAND_PREPS.has(lower[from - 1] ?? '') && LAND.has(lower[from - 2] ?? '') ? from - 2 : -1;
  const l = land >= 0 ? (t[land - 1]?.pos === 'DET' ? land - 2 : land - 1) : -1;
  return l > 0 && lower[l] === 'of' && SHARES.has(lower[l - 1] ?? '');
}
/** A state's or a town's land, and the words that tie it to the place: "the countryside around Niono". */
const LAND = new Set(['countryside', 'territory', 'area', 'areas', 'land', 'bush', 'villages']);
const LAND_PREPS = new Set(['around', 'of', 'near', 'in']);

function controlNounRule(cx: Context): void {
  const { s, t, lower, mentions, cues } = cx;
  for (const k of cues[Cue.ControlNoun]) {
    if (!CONTROL_NOUNS.has(lower[k]!) && !lower[k]!.startsWith('quasi')) continue;
    const w = lower[k]!.replace(/^quasi-/, '');
    if (!CONTROL_NOUNS.has(w) && !(w === 'quasi' && lower[k + 2] === 'control')) continue;
    const ofAt = findToken(s, 'of', k + 1, Math.min(t.length, k + 5));
    // ("Gao, a MUJAO stronghold on the Niger River": the owner as the noun's modifier, the place in apposition)
    if (ofAt < 0 && (w === 'stronghold' || w === 'bastion' || w === 'fief' || w === 'fiefdom' || w === 'heartland')) {
      // ("Kidal, the CMA's stronghold": or its possessor)
      const owner = actors(mentions).find((m) => m.to === k || (m.to === k - 1 && t[k - 1]!.pos === 'ADJ') || (/^['’]s$/.test(t[m.to]?.text ?? '') && (m.to === k - 1 || (m.to === k - 2 && t[k - 1]!.pos === 'ADJ'))));
      const det = owner ? owner.from - 1 : -1;
      const place = ['a', 'an', 'the'].includes(lower[det] ?? '') && t[det - 1]?.text === ',' ? places(mentions).find((m) => m.to === det - 1) : undefined;
      if (owner && place && !isUncertain(s, k, clauseAround(s, k)[0])) add(cx, owner, 'controls', place, `relation.control.${w}`, 0.75, k);
      continue;
    }
    if (w === 'control' && controlledBy(cx, k, ofAt)) continue;
    if (ofAt < 0) continue;
    // "under the control of X", "in the hands of X" (not "in full control of the capital": there the subject holds it)
    if ((w === 'control' || w === 'grip' || w === 'hold') && !anyToken(t, k - 3, k, UNDER)) continue;
    if (w === 'hands' && lower[k - 2] !== 'in' && lower[k - 1] !== 'in') continue;
    // The owners are the noun phrase after "of": its first actor and those listed with it.
    const after = actors(mentions).filter((m) => m.from > ofAt && m.from <= ofAt + 4);
    const owners = after.slice(0, 1);
    for (const m of actors(mentions).filter((x) => owners.length && x.from > owners[0]!.from)) {
      if (allTokens(t, owners[owners.length - 1]!.to, m.from, OWNER_LIST_GAP)) owners.push(m);
      else break;
    }
    let placeBefore = places(mentions).filter((m) => m.to <= k);
    // ("the three-borders zone, where the frontiers of Niger, Mali and Burkina Faso meet, a stronghold of X":
    // the apposition is to the place before the relative clause)
    // ("the tri-border zone where Niger, Mali and Burkina Faso meet, a stronghold of X": or right after the place)
    const wh = t.findLastIndex((x, i) => i < k && x.norm === 'where' && (t[i - 1]?.text === ',' || placeBefore.some((m) => m.to === i)));
    if (wh > 0) placeBefore = placeBefore.filter((m) => m.to <= wh - (t[wh - 1]!.text === ',' ? 1 : 0));
    // (not a state named as a possessor: "France's president said the family was in the hands of Boko Haram")
    placeBefore = placeBefore.filter((m) => !/^['’]s$/.test(t[m.to]?.text ?? ''));
    const place = placeBefore[placeBefore.length - 1];
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom)) continue;
    for (const o of owners.slice(0, 3)) add(cx, o, 'controls', place, `relation.control.${w}`, 0.75, k);
  }
}

/**
 * "Anéfis remained under CMA control" (the actor that modifies the noun), "ended with GATIA in control of the town" (the
 * actor right before "in control of"): who controls which place. Whether it read one.
 */
function controlledBy(cx: Context, k: number, ofAt: number): boolean {
  const { s, t, lower, mentions } = cx;
  const holder = (m: ResolvedMention) => m.kind !== 'pronoun' && m.cls !== 'Person' && !isPlaceClass(m.cls);
  let owner: ResolvedMention | undefined, place: ResolvedMention | undefined;
  if (anyToken(t, k - 3, k, UNDER)) {
    owner = actors(mentions).find((m) => m.to === k && holder(m));
    const [cFrom] = clauseAround(s, k);
    place = places(mentions).filter((m) => m.to < k && m.from >= cFrom && !/^['’]s$/.test(t[m.to]?.text ?? '')).pop();
  } else if (lower[k - 1] === 'in' && ofAt === k + 1) {
    owner = actors(mentions).find((m) => m.to === k - 1 && holder(m));
    place = places(mentions).find((m) => m.from > ofAt && m.from <= ofAt + 3);
  }
  if (!owner || !place || isUncertain(s, k, clauseAround(s, k)[0])) return false;
  add(cx, owner, 'controls', place, 'relation.control.in-control', 0.75, k);
  return true;
}

function membership(cx: Context): void {
  const { f, s, t, lower, mentions: ms, cues } = cx;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.cls !== 'Person') continue;
    // "Babagana Zulum, the governor of Borno", "The Emir of Gwoza, Idrissa Timta,": who heads a town or a region.
    {
      const after = t[m.to]?.text === ',' && lower[m.to + 1] === 'the' && PLACE_HEADS.has(lower[m.to + 2] ?? '') && lower[m.to + 3] === 'of' ? m.to + 4 : -1;
      const before = t[m.from - 1]?.text === ',' && lower[m.from - 2] !== undefined ? m.from - 2 : -1;
      const place = after > 0 ? places(ms).find((o) => o.from === after || (o.from === after + 1 && lower[after] === 'the'))
        : before > 0 ? places(ms).find((o) => o.to === before + 1 && lower[o.from - 1] === 'of' && PLACE_HEADS.has(lower[o.from - 2] ?? '') && (lower[o.from - 3] === 'the' || o.from - 2 === 0)) : undefined;
      if (place && place.cls !== 'Country') add(cx, m, 'leads', place, 'relation.place-head', 0.75, m.from);
    }
    // "X, a commander in the ISGS" / "X, the head of the junta" / "X, AQIM's second-in-command leader"
    if (t[m.to]?.text === ',') apposedRole(cx, m);
    // "X, the president of the transition", "The head of the transition, X", "Transition president X": the head of the
    // transitional government (the article's)
    if (m.cls === 'Person' && f.focusGovernment && headsTransition(t, lower, m)) put(cx, m.entity, 'leads', f.focusGovernment, 'relation.transition-head', conf(0.7, m), m.from);
    // "Its leader, Youssouf Toloba", "The group's founder, Adnan Abu Walid al-Sahrawi", "JNIM's spokesman, X":
    // a role owned by an actor, in apposition before the name.
    {
      let c = m.from - 1;
      while (c > 0 && TITLES.has(t[c]!.norm) && !LEADER_ROLES.has(t[c]!.norm) && !MEMBER_ROLES.has(t[c]!.norm)) c--;
      // ("its mediator, Niger's former president Mahamadou Issoufou": over his own state's titles too)
      if (t[c]?.text !== ',') {
        let b = m.from - 1;
        while (b > 0 && (TITLES.has(t[b]!.norm) || t[b]!.pos === 'ADJ')) b--;
        const own = /^['’]s$/.test(t[b]?.text ?? '') ? ms.find((o) => o.to === b && o.cls === 'Country') : undefined;
        if (own && t[own.from - 1]?.text === ',') c = own.from - 1;
      }
      // ("The MNLA's secretary-general, X": a hyphenated role comes in three tokens)
      const hyphenated = t[c]?.text === ',' && lower[c - 2] === '-' && c >= 3;
      // ("its co-founder Rory Young": a leader's role right before the name, with no comma)
      // ("through its spokesman Colonel Abdoulaye Maïga": a member's role too, past his rank)
      const bare = t[c]?.text !== ',' && (LEADER_ROLES.has(lower[c] ?? '') || MEMBER_ROLES.has(lower[c] ?? '')) && ITS_THEIR.has(lower[c - 1] ?? '');
      const written = bare ? lower[c]! : t[c]?.text !== ',' ? '' : hyphenated ? `${lower[c - 3]}-${lower[c - 1]}` : lower[c - 1] ?? '';
      // ("one of its senior figures, Mamman Nur": over the role's adjectives)
      let r = bare ? c : hyphenated ? c - 3 : c - 1;
      while (r > 1 && t[r - 1]!.pos === 'ADJ' && t[c]?.text === ',') r--;
      // ("one of its commanders, Sergei Shevchenko": one of several)
      const oneOf = lower[r - 2] === 'of' && lower[r - 3] === 'one' && /s$/.test(written);
      const role = oneOf ? written.slice(0, -1) : written;
      if ((LEADER_ROLES.has(role) && !oneOf) || MEMBER_ROLES.has(role)) {
        let owner: ResolvedMention | undefined;
        if (/^['’]s$/.test(t[r - 1]?.text ?? '')) owner = ms.find((o) => o.to === r - 1 && o.cls !== 'Person' && !isPlaceClass(o.cls));
        else if (['its', 'their'].includes(lower[r - 1] ?? '')) {
          // (opening a sentence: the subject of the sentence before, else its last actor)
          const before = f.previous ? actors(f.previous.mentions).filter((o) => o.cls !== 'Person') : [];
          owner = actors(ms).filter((o) => o.to <= r - 1 && o.cls !== 'Person').pop()
            // (or with no actor before it in its own sentence: "In September, reports emerged that one of its senior figures …")
            ?? before.find((o) => !governingPreposition(f.previous!.s, o)) ?? before[before.length - 1];
        }
        // ("One CJTF member, Bulama Goni, said", "a JNIM commander, X": the body named as the role's modifier)
        else owner = ms.find((o) => o.to === r && o.cls !== 'Person' && !isPlaceClass(o.cls) && o.kind !== 'description' && ONE_OF_THEM.has(lower[o.from - 1] ?? ''));
        // ("AQIM's emir, Abdelmalek Droukdel": a group's own emir is its leader; "an emir of JNIM" is one of its commanders)
        add(cx, m, LEADER_ROLES.has(role) || (role === 'emir' && !oneOf) ? 'leads' : 'memberOf', owner, `relation.owned-role.${role}`, 0.75, m.from);
      }
    }
    // "President Patrice Talon's government", "Damiba's military government": the person leads it.
    if (/^['’]s$/.test(t[m.to]?.text ?? '')) possessivePerson(cx, m);
    // "Major General Kenneth Ekman, the US Africa Command officer who led the drawdown": a person in apposition
    // with an organisation's role noun serves (or, as its head, leads) that organisation.
    if (t[m.to]?.text === ',' && lower[m.to + 1] === 'the') {
      const org = ms.find((o) => o.from > m.to + 1 && o.from <= m.to + 4 && !isPlaceClass(o.cls) && o.cls !== 'Person' && APPOSED_ROLES.has(lower[o.to] ?? '')
        && t.slice(m.to + 2, o.from).every((x) => x.pos === 'ADJ' || x.pos === 'PROPN'));
      if (org) add(cx, m, HEAD_ROLES.has(lower[org.to]!) ? 'leads' : 'memberOf', org, 'relation.appositive-role', 0.7, m.from);
    }
    // ("Col. Assimi Goita, the interim president, declared …": a president named by no state heads the article's,
    // or the one the gazetteer ties him to)
    if (m.cls === 'Person' && t[m.to]?.text === ',' && lower[m.to + 1] === 'the') {
      let r = m.to + 2;
      while (r < m.to + 5 && t[r]?.pos === 'ADJ' && !FORMER.has(lower[r]!)) r++;
      if (lower[r] === 'president' && (t[r + 1]?.text === ',' || t[r + 1]?.pos === 'VERB') && !anyToken(t, m.to + 2, r, FORMER)) {
        const state = headedState(f, m);
        if (state) put(cx, m.entity, 'leads', state, 'relation.the-president', conf(f.stateOf?.has(m.entity) ? 0.65 : 0.6, m), m.from);
      }
    }
    // "The government of Captain Ibrahim Traoré", "the regime of X": the one it is named after leads it.
    {
      let b = m.from - 1;
      while (b > 0 && TITLES.has(t[b]!.norm)) b--;
      const gov = lower[b] === 'of' ? ms.find((o) => o.to === b && o.cls === 'Government' && o.kind !== 'pronoun') : undefined;
      // ("the Yobe state government of Governor X": a region's own government; he heads the region)
      const region = gov ? ms.find((o) => o.cls === 'Region' && (o.to === gov.from || (o.to === gov.from - 1 && lower[o.to] === 'state'))) : undefined;
      add(cx, m, 'leads', region ?? gov, region ? 'relation.government-of.region' : 'relation.government-of', 0.7, m.from);
    }
    // "Goodluck Jonathan of ECOWAS"
    if (t[m.to]?.norm === 'of') {
      const org = ms.find((o) => o.from === m.to + 1 || (o.from === m.to + 2 && t[m.to + 1]!.norm === 'the'));
      if (org && !isPlaceClass(org.cls) && org.cls !== 'Person') add(cx, m, 'memberOf', org, 'relation.person-of-org', 0.75, m.from);
    }
    // "French Defense Minister Gerard Longuet", "Malian president Amadou Toumani Toure": a titled person of a country or org.
    // (hyphenated titles come in three tokens: "Secretary - General")
    const titleStart = (() => {
      let k = m.from - 1;
      while (k >= 0 && (isTitleAt(lower, k) || (t[k]!.text === '-' && k > 0 && TITLES.has(t[k - 1]!.norm)))) k--;
      return k;
    })();
    // ("Information Minister Lai Mohammed": the title may be inside the mention, when the name was read with it)
    if (titleStart === m.from - 1 && f.focusGovernment && anyToken(t, m.from, m.to, MINISTER) && !anyToken(t, m.from, m.to, FORMER)
      && (!f.stateOf?.has(m.entity) || f.stateOf.get(m.entity) === f.focusCountry)) {
      put(cx, m.entity, 'memberOf', f.focusGovernment, 'relation.minister', 0.65, m.from);
    }
    if (titleStart < m.from - 1) titledPerson(cx, m, titleStart);
    // "the French Minister of the Armed Forces, Florence Parly", "the army chief of staff, General X": a
    // title phrase in apposition before the name (and its own title words).
    // ("The head of MINUSMA, the Chadian Mahamat Saleh Annadif,": past an adjective or two and their article after the comma)
    let apposStart = titleStart;
    if (t[apposStart]?.text !== ',') {
      const g = pastModifiers(t, titleStart + 1);
      if (g <= titleStart && lower[g - 1] === 'the' && t[g - 2]?.text === ',') apposStart = g - 2;
    }
    if (t[apposStart]?.text === ',') titleInApposition(cx, m, apposStart);
  }
  // "X, which is part of Y", "X is a member of Y"
  if (cues[Cue.Part].length) partRule(cx);
  if (cues[Cue.Unit].length) ownedUnitRule(cx);
  if (cues[Cue.Lost].length) lostToRule(cx);
  if (cues[Cue.Lies].length) liesInRule(cx);
  if (cues[Cue.Thanks].length) thanksRule(cx);
  // "The CSP, whose main member is the CMA, …": a member named in a relative clause on the coalition.
  if (cues[Cue.Members].length) membersRule(cx);
  // "the G5 Sahel group of Niger, Mali, Burkina Faso, Chad and Mauritania": a bloc "of" a list of states has them as members.
  for (const b of ms) {
    if (!BLOCS.has(b.cls)) continue;
    let k = b.to;
    if (['group', 'countries', 'states', 'nations', 'bloc', 'alliance'].includes(lower[k] ?? '')) k++;
    if (lower[k] !== 'of') continue;
    const states = listedFrom(t, ms.filter((o) => o.cls === 'Country'), k + 1);
    if (states.length >= 2) for (const m of states) add(cx, m, 'memberOf', b, 'relation.bloc-of', 0.75, b.from);
  }
  // "the Multinational Joint Task Force, a regional force made up of troops from Nigeria, Niger and Chad": the
  // states whose troops make up a force are its members.
  if (cues[Cue.MadeUp].length) madeUpRule(cx);
  // "Burkina Faso, Mali, Niger, Chad and Mauritania, the five members of the G5 Sahel": a list in apposition
  // to "(the) members of Y" is Y's membership (countries included: states are members of blocs).
  if (cues[Cue.Members].length) membersRule2(cx);
  // "the five G5 Sahel states, Burkina Faso, Chad, Mali, Mauritania and Niger" (or the list first, then "the
  // five G5 Sahel states"): a bloc's states named in apposition are its members.
  for (const bloc of actors(ms)) {
    if (!BLOCS.has(bloc.cls) || !MEMBER_STATES.has(lower[bloc.to] ?? '')) continue;
    // (after a comma, a dash or a colon: "the G5 Sahel countries - Mali, Niger, …")
    if (LIST_OPENERS.has(t[bloc.to + 1]?.text ?? '')) {
      for (const o of listedFrom(t, ms.filter((x) => x.cls === 'Country'), bloc.to + 2)) add(cx, o, 'memberOf', bloc, 'relation.bloc-states', 0.75, bloc.from);
    }
    let b = bloc.from - 1;
    while (b >= 0 && (t[b]!.pos === 'DET' || t[b]!.pos === 'NUM' || t[b]!.pos === 'ADJ')) b--;
    if (t[b]?.text === ',') for (const o of listedBefore(t, ms, b)) if (o.cls === 'Country') add(cx, o, 'memberOf', bloc, 'relation.bloc-states', 0.75, bloc.from);
  }
  // "France's Operation Barkhane", "Mali's Transitional Council": a state's named force or body is part of it.
  // ("France, whose Barkhane force …": a possessive relative says the same)
  for (const m of ms) {
    if (m.cls !== 'Country' || m.kind !== 'name') continue;
    const at = /^['’]s$/.test(t[m.to]?.text ?? '') ? m.to + 1 : t[m.to]?.text === ',' && lower[m.to + 1] === 'whose' ? m.to + 2 : -1;
    if (at < 0) continue;
    const body = ms.find((o) => o.from === at && o.kind === 'name' && (o.cls === 'StateForce' || o.cls === 'Government'));
    add(cx, body, 'memberOf', m, 'relation.possessive-state', 0.7, m.from);
  }
  // "Operation Barkhane, France's counter-terrorism force in the Sahel": a force a state's force describes is that state's.
  for (const m of ms) {
    if (m.cls !== 'Country' || m.kind !== 'name' || t[m.from - 1]?.text !== ',' || !/^['’]s$/.test(t[m.to]?.text ?? '')) continue;
    let h = m.to + 1;
    while (h < m.to + 6 && !FORCE_NOUNS.has(lower[h] ?? '') && (t[h]?.pos === 'ADJ' || t[h]?.pos === 'NOUN' || lower[h] === '-')) h++;
    if (!FORCE_NOUNS.has(lower[h] ?? '')) continue;
    const named = ms.find((o) => o.to === m.from - 1 && o.cls === 'StateForce' && o.kind === 'name');
    add(cx, named, 'memberOf', m, 'relation.possessive-apposition', 0.7, m.from);
  }
  // "the army's Rapid Intervention Battalion": a force's or a group's named unit is part of it; "al Qaeda's
  // Sahel branch, the Group for the Support of Islam and Muslims": so is a branch named in apposition.
  for (const m of ms) {
    if (!(m.cls === 'StateForce' || m.cls === 'ArmedGroup') || !/^['’]s$/.test(t[m.to]?.text ?? '')) continue;
    const unit = ms.find((o) => o.from === m.to + 1 && o.kind === 'name' && (o.cls === 'StateForce' || o.cls === 'ArmedGroup'));
    if (unit) { add(cx, unit, 'memberOf', m, 'relation.possessive-unit', 0.7, m.from); continue; }
    let k = m.to + 1;
    while (k < t.length && k - m.to <= 4 && (t[k]!.pos === 'ADJ' || t[k]!.pos === 'PROPN') && !AFFILIATE_NOUNS.has(lower[k]!)) k++;
    if (!AFFILIATE_NOUNS.has(lower[k] ?? '') || t[k + 1]?.text !== ',') continue;
    const branch = ms.find((o) => (o.from === k + 2 || (o.from === k + 3 && lower[k + 2] === 'the')) && o.kind !== 'pronoun'
      && (o.cls === 'ArmedGroup' || o.cls === 'StateForce') && o.entity !== m.entity);
    add(cx, branch, 'memberOf', m, 'relation.possessive-branch', 0.7, k);
  }
  // "the al-Qaeda affiliate JNIM", "the Islamic State franchise ISWAP": a group's affiliate named right after the noun is part of it.
  for (const m of ms) {
    if (m.cls !== 'ArmedGroup' || (m.kind !== 'name' && m.kind !== 'acronym') || lower[m.from - 1] !== 'the') continue;
    let k = m.to;
    while (k < t.length && k - m.to < 2 && t[k]!.pos === 'ADJ') k++;
    if (!AFFILIATE_NOUNS.has(lower[k] ?? '')) continue;
    const branch = ms.find((o) => o.from === k + 1 && (o.kind === 'name' || o.kind === 'acronym') && o.cls === 'ArmedGroup' && o.entity !== m.entity);
    add(cx, branch, 'memberOf', m, 'relation.affiliate-named', 0.7, k);
  }
  // "The United Nations, through its MINUSMA peacekeeping mission": an organisation's own body is part of it.
  for (const m of actors(ms)) {
    // (not "its fighters", which stands for the owner itself)
    if (!ITS_THEIR.has(lower[m.from - 1] ?? '') || m.cls === 'Person' || m.kind === 'pronoun') continue;
    // ("France, the former colonial power, which has deployed thousands of troops under its Barkhane operation":
    // in a relative clause, "its" is the clause's antecedent's)
    const rel = t.findLastIndex((x, i) => i < m.from - 1 && RELATIVE.has(x.norm) && t[i - 1]?.text === ',');
    const parties = ms.filter((o) => (!isPlaceClass(o.cls) || o.cls === 'Country') && o.cls !== 'Person' && o.entity !== m.entity);
    const owner = (rel > 0 && !anyPunct(t, rel + 1, m.from - 1) ? antecedentBefore(s, parties, rel - 1) : undefined)
      ?? actors(ms).filter((o) => o.to < m.from - 1 && o.cls !== 'Person' && o.entity !== m.entity).pop();
    // ("the army and its Russian allies": allies are not part of it)
    const allies = ALLY_NOUNS.has(lower[m.to - 1] ?? '') || ALLY_NOUNS.has(lower[m.to] ?? '');
    // ("France and the G5 Sahel states … to bring their forces under a joint command": "their" points at
    // several parties, not at the one named last; only their allies are read)
    if (lower[m.from - 1] === 'their' && !allies) continue;
    // (nor a group's "militants", or a force's "soldiers": the owner's own men, or another's read as the owner's, are no part of
    // it — a state's or a mission's "forces" and "troops" are)
    if (owner && m.kind === 'description' && OWN_MEN.has(lower[m.to - 1] ?? '') && (m.cls === 'ArmedGroup' || m.cls === owner.cls)) continue;
    // (an armed group has allies too, "Ansar Dine and its ally AQIM", but no bodies of its own a name could stand for)
    if (owner && (['InternationalOrganization', 'Government', 'StateForce', 'Organization', 'Country'].includes(owner.cls) || (allies && owner.cls === 'ArmedGroup'))) add(cx, m, allies ? 'alliedWith' : 'memberOf', owner, 'relation.possessive-body', 0.7, m.from);
  }
  // "distributed by its media outlet, al-Zallaqa", "through its armed wing, X": a body's own part, named in apposition.
  for (const m of ms) {
    if ((m.kind !== 'name' && m.kind !== 'acronym') || m.cls === 'Person' || isPlaceClass(m.cls) || t[m.from - 1]?.text !== ',' || !OWN_PARTS.has(lower[m.from - 2] ?? '')) continue;
    let q = m.from - 3;
    while (q > 0 && q >= m.from - 5 && (t[q]!.pos === 'ADJ' || (t[q]!.pos === 'NOUN' && /^[a-z]/.test(t[q]!.text)))) q--;
    if (!ITS_THEIR.has(lower[q] ?? '')) continue;
    const owner = actors(ms).filter((o) => o.to <= q && o.cls !== 'Person' && o.entity !== m.entity).pop();
    add(cx, m, 'memberOf', owner, 'relation.possessive-part', 0.7, m.from);
  }
}

/** Kin a person is named as ("the son of a retired army officer"): the role that follows is the relative's. */
const RELATIVES_KIN = new Set(['son', 'daughter', 'wife', 'husband', 'widow', 'brother', 'sister', 'father', 'mother', 'nephew', 'niece', 'cousin',
  'uncle', 'aunt', 'grandson', 'granddaughter', 'relative', 'child', 'children', 'in-law']);

function apposedRole(cx: Context, m: ResolvedMention): void {
  const { t, mentions: ms } = cx;
  // ("Danladi Ahmadu, who described himself as the group's secretary-general": the role one gives oneself)
  const j = selfDescribed(t, m.to + 1);
  const window = t.slice(j, j + 8);
  // ("X, secretary general of the GATIA": the two words read as one role)
  // ("secretary-general", which the tokenizer splits at its hyphen)
  const secretaryGeneral = window.findIndex((x, q) => x.norm === 'secretary' && (window[q + 1]?.norm === 'general' || (window[q + 1]?.text === '-' && window[q + 2]?.norm === 'general')));
  const hyphened = secretaryGeneral >= 0 && window[secretaryGeneral + 1]!.text === '-';
  // ("Yakubu Gowon, one of the founding fathers of ECOWAS", "one of the founders of X": a founder)
  const founder = window.findIndex((x, q) => x.norm === 'founders' || ((x.norm === 'father' || x.norm === 'fathers') && window[q - 1]?.norm === 'founding'));
  const roleAt = secretaryGeneral >= 0 ? secretaryGeneral + 1 + Number(hyphened) : founder >= 0 ? founder : window.findIndex((x) => MEMBER_ROLES.has(x.norm) || LEADER_ROLES.has(x.norm) || /-in-command$/.test(x.norm)
    || (OFFICER_RANKS.has(x.norm) && /^[a-z]/.test(x.text)));
  // (not past a participle: "Iyad Ag Ghaly, backed by militants from AQIM" gives him no role)
  // (not a list of titled persons: "Sophie Pétronin, Malian opposition leader Soumaïla Cissé and …")
  const listedPerson = ms.some((o) => o.cls === 'Person' && o.from > j && o.from <= j + 6 && roleAt >= 0 && o.from > j + roleAt && !t.slice(j + roleAt + 1, o.from).some((x) => x.pos === 'ADP' || x.pos === 'DET'));
  // (nor a relative's role: "Aminu Sadiq Ogwuche, the son of a retired army officer")
  if (roleAt >= 0 && !listedPerson && !window.slice(0, roleAt).some((x) => x.text === ',' || x.pos === 'VERB' || RELATIVES_KIN.has(x.norm))) {
    const role = secretaryGeneral >= 0 && roleAt === secretaryGeneral + 1 + Number(hyphened) ? 'secretary-general' : founder >= 0 && roleAt === founder ? 'founder' : window[roleAt]!.norm;
    // ("X, commander of the presidential guard": the commander of a body leads it; "a commander in X" does not)
    const commands = role === 'commander' && t[j + roleAt + 1]?.norm === 'of' && !window.slice(0, roleAt).some((x) => x.norm === 'a' || x.norm === 'an' || x.norm === 'former');
    const rel: RelationType = LEADER_ROLES.has(role) || commands ? 'leads' : 'memberOf';
    // "a commander in the ISGS", "a deserter to the MNLA", "the leader of X": the organisation is in
    // the role's own prepositional phrase, not further on in the sentence.
    // ("an employee of the French energy company GDF Suez": further past words that only describe the body)
    const orgAfter = ms.find((o) => o.from > j + roleAt && !isPlaceClass(o.cls) && o.cls !== 'Person' && t[j + roleAt + 1]?.pos === 'ADP'
      && !t.slice(j + roleAt + 1, o.from).some((x) => x.text === ',' || x.pos === 'VERB')
      && (o.from <= j + roleAt + 5 || (o.from <= j + roleAt + 8 && t.slice(j + roleAt + 2, o.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || (x.pos === 'NOUN' && /^[a-z]/.test(x.text))))));
    // "X, the Nigerien defence minister": a demonym in the role names the country served.
    const countryIn = ms.find((o) => o.cls === 'Country' && o.kind === 'description' && o.from >= j && o.to <= j + roleAt);
    const orgBefore = ms.find((o) => o.from >= j && o.to <= j + roleAt + 1 && !isPlaceClass(o.cls) && o.cls !== 'Person' && t[o.to]?.text.match(/^['’]s$/));
    // ("X, a Boko Haram commander", "X, a former MUJAO spokesman": the body named as the role's modifier)
    // ("X, the UN humanitarian coordinator", "a JNIM senior commander": past a word or two that say what the role is of)
    const orgModifier = ms.find((o) => o.to <= j + roleAt && o.to >= j + roleAt - 2 && o.from >= j && !isPlaceClass(o.cls) && o.cls !== 'Person'
      && t.slice(o.to, j + roleAt).every((x) => x.pos === 'ADJ' || (x.pos === 'NOUN' && /^[a-z]/.test(x.text))));
    // ("Florence Parly, the French Minister of the Armed Forces": a minister serves the state, not the forces his title names)
    const served = role === 'minister' && orgAfter?.cls === 'StateForce' ? undefined : orgAfter;
    add(cx, m, rel, served ?? orgBefore ?? orgModifier ?? countryIn, `relation.apposition.${role}`, 0.8, m.from);
  }
}

/** The token after "who described himself as" (or "calls herself", "presented himself as") at `j`, else `j`. */
function selfDescribed(t: Sentence['tokens'], j: number): number {
  if (t[j]?.norm !== 'who' || !SELF_DESCRIBING.has(t[j + 1]?.lemma ?? '') || !REFLEXIVES.has(t[j + 2]?.norm ?? '')) return j;
  return t[j + 3]?.norm === 'as' ? j + 4 : j + 3;
}
const SELF_DESCRIBING = new Set(['describe', 'present', 'introduce', 'call', 'identify', 'style']);

function possessivePerson(cx: Context, m: ResolvedMention): void {
  const { t, lower, mentions: ms } = cx;
  const gov = ms.find((o) => o.cls === 'Government' && o.from > m.to && o.from <= m.to + 3 && allTags(t, m.to + 1, o.from, 'ADJ'));
  add(cx, m, 'leads', gov, 'relation.possessive-government', 0.7, m.from);
  // ("Koufa's Katiba Macina attacked …": a man's own armed group — not "Goïta's Wagner allies")
  // ("Khalifa Haftar's Libyan National Army": or his own force, named)
  const own = ms.find((o) => (o.cls === 'ArmedGroup' || (o.cls === 'StateForce' && o.kind === 'name')) && o.kind !== 'description' && o.from === m.to + 1 && t[o.to]?.pos !== 'NOUN');
  add(cx, m, 'leads', own, 'relation.possessive-group', 0.7, m.from);
  // "Bazoum's party, the Nigerien Party for Democracy and Socialism": a politician belongs to his party.
  if (lower[m.to + 1] === 'party' && t[m.to + 2]?.text === ',') {
    const party = ms.find((o) => (o.from === m.to + 3 || (o.from === m.to + 4 && t[m.to + 3]!.pos === 'DET')) && (o.cls === 'Organization' || o.cls === 'ArmedGroup'));
    add(cx, m, 'memberOf', party, 'relation.party', 0.75, m.from);
  }
}

function titledPerson(cx: Context, m: ResolvedMention, titleStart: number): void {
  const { f, t, lower, mentions: ms } = cx;
  // "Chad's President Idriss Deby": the owner may come with a possessive.
  let named = ms.find((o) => (o.to === titleStart + 1 || (o.to === titleStart && /^['’]s$/.test(t[titleStart]!.text))) && o !== m);
  // ("AQIM's regional commander Abou Zeid": a possessive owner past adjectives)
  if (!named) {
    let q = titleStart;
    while (q > titleStart - 3 && t[q]?.pos === 'ADJ' && !FORMER.has(lower[q]!)) q--;
    if (q < titleStart && /^['’]s$/.test(t[q]?.text ?? '')) named = ms.find((o) => o.to === q && o !== m && o.cls !== 'Person');
  }
  // ("Islamic State's Sahel leader al-Sahrawi": a region before the title names the branch of the group before it)
  const group = named && isPlaceClass(named.cls) && /^['’]s$/.test(t[named.from - 1]?.text ?? '') ? actors(ms).find((o) => o.to === named.from - 1 && o.cls !== 'Person') : undefined;
  const owner = group ?? named;
  const titleWords = t.slice(Math.max(0, titleStart - 1), m.from).map((x) => x.norm);
  const rel: RelationType = leaderTitle(titleWords) ? 'leads' : 'memberOf';
  if (owner) add(cx, m, rel, owner, 'relation.title', 0.75, m.from);
  // "President Mahamadou Issoufou": a head of state the gazetteer knows heads the state it ties him to.
  else if (rel === 'leads' && f.stateOf?.has(m.entity) && !anyToken(t, titleStart + 1, m.from, FORMER)) {
    put(cx, m.entity, 'leads', f.stateOf.get(m.entity)!, 'relation.title-known', 0.7, m.from);
  }
  else if (anyToken(t, titleStart + 1, m.from, MINISTER) && !anyToken(t, titleStart + 1, m.from, FORMER)) {
    // ("Copenhagen insisted that it had been invited, but Foreign Minister Jeppe Kofod accused the junta": a minister with no
    // state named, after another state's words in the same sentence, is that state's)
    const speaker = speakingState(cx, titleStart);
    if (speaker) add(cx, m, 'memberOf', speaker, 'relation.minister-of-speaker', 0.65, m.from);
    // "Security Minister Simon Compaoré": a minister with no state named serves the article's government.
    // (not "Canadian Prime Minister Justin Trudeau": a state named by a demonym the gazetteer does not know)
    // (nor right after a sentence about another state's minister: "Spain's foreign minister, X, identified them. Prime Minister
    // Pedro Sánchez sent his condolences")
    else if (f.focusGovernment && !DEMONYM_SHAPE.test(t[titleStart]?.text ?? '')
      && (!f.stateOf?.has(m.entity) || f.stateOf.get(m.entity) === f.focusCountry) && !otherStatesMinister(f)
      // (nor one who leads a delegation a demonym says is another's: "a Russian delegation led by Deputy Defence Minister X")
      && !ledDelegation(cx, titleStart)) {
      put(cx, m.entity, 'memberOf', f.focusGovernment, 'relation.minister', 0.65, m.from);
    }
  }
}

function titleInApposition(cx: Context, m: ResolvedMention, apposStart: number): void {
  const { f, t, lower, mentions: ms } = cx;
  let k = apposStart - 1;
  while (k >= 0 && t[k]!.text !== ',' && !RELATIVE.has(t[k]!.norm) && t[k]!.pos !== 'VERB' && apposStart - k < 20) k--;
  const phrase = t.slice(k + 1, apposStart);
  // "The governor of the region, Colonel X": a governor or a mayor heads the place of his title.
  const local = phrase.findIndex((x) => x.norm === 'governor' || x.norm === 'mayor');
  const seat = local >= 0 && lower[k + 1 + local + 1] === 'of'
    ? ms.find((o) => o.from > k + 1 + local && o.to <= apposStart && (o.cls === 'Region' || o.cls === 'Settlement')) : undefined;
  if (seat) add(cx, m, 'leads', seat, 'relation.title-apposition.local', 0.7, m.from);
  // ("the Secretary-General of the United Nations, António Guterres": the title the tokenizer splits at its hyphen)
  else if (phrase.some((x) => APPOSED_TITLES.has(x.norm)) || secretaryGeneral(phrase)) {
    const owner = ms.find((o) => o.from > k && o.to <= apposStart && !isPlaceClass(o.cls) && o.cls !== 'Person')
      ?? ms.find((o) => o.from > k && o.to <= apposStart && o.cls === 'Country')
      // ("…, and its president and chief executive, X, said": "its" is the organisation named before it)
      ?? (phrase.some((x) => x.norm === 'its') ? actors(ms).filter((o) => o.to <= k && o.cls !== 'Person' && o.kind !== 'pronoun').pop() : undefined);
    const head = phrase.some((x) => x.norm === 'president' || x.norm === 'head' || x.norm === 'chief' || x.norm === 'chairman' || x.norm === 'chairperson' || x.norm === 'chairwoman'
      || x.norm === 'bishop' || x.norm === 'archbishop') || secretaryGeneral(phrase);
    // ("Chad's transitional president, Mahamat Idriss Deby": a state's president leads it; its minister serves it)
    const leadsState = leaderTitle(phrase.map((x) => x.norm)) && phrase.some((x) => x.norm === 'president');
    if (owner) add(cx, m, head && (owner.cls !== 'Country' || leadsState) ? 'leads' : 'memberOf', owner, 'relation.title-apposition', 0.7, m.from);
    // ("the Head of State, Ibrahim Boubacar Keïta": a head of state of no state named heads the article's)
    else if (head && phrase.some((x) => x.norm === 'president' || x.norm === 'head') && phrase.some((x) => x.norm === 'state' || x.norm === 'president')
      && !phrase.some((x) => FORMER.has(x.norm)) && headedState(f, m)) {
      put(cx, m.entity, 'leads', headedState(f, m)!, 'relation.title-apposition.state', conf(0.65, m), m.from);
    }
    // ("The Chief of Army Staff, Lieutenant General X": the army's chief of staff of no state named leads the article's army)
    else if (f.focusForce && phrase.some((x) => x.norm === 'staff') && phrase.some((x) => x.norm === 'chief') && phrase.some((x) => x.norm === 'army' || x.norm === 'defence' || x.norm === 'defense')
      && !phrase.some((x) => FORMER.has(x.norm) || x.norm === 'deputy') && (!f.stateOf?.has(m.entity) || f.stateOf.get(m.entity) === f.focusCountry)) {
      put(cx, m.entity, 'leads', f.focusForce, 'relation.chief-of-staff', conf(0.65, m), m.from);
    }
    // ("The justice minister, Djimet Arabi, said": a minister of no state named serves the article's government)
    else if (f.focusGovernment && phrase.some((x) => x.norm === 'minister') && !phrase.some((x) => FORMER.has(x.norm))
      && (!f.stateOf?.has(m.entity) || f.stateOf.get(m.entity) === f.focusCountry)) put(cx, m.entity, 'memberOf', f.focusGovernment, 'relation.minister', conf(0.65, m), m.from);
  }
}

/** The state, not the article's, that speaks as the subject of a clause before `at` in the sentence ("Copenhagen insisted …"). */
function speakingState(cx: Context, at: number): ResolvedMention | undefined {
  const { f, s, t, mentions: ms } = cx;
  return ms.find((o) => o.to < at && (o.cls === 'Country' || o.cls === 'Government') && o.kind === 'name' && o.entity !== f.focusCountry && o.entity !== f.focusGovernment
    && !governingPreposition(s, o) && t[o.to]?.pos === 'VERB' && REPORTING.has(t[o.to]!.lemma));
}

/** Does a title at `titleStart` lead a delegation a demonym says is of some state ("a Russian delegation led by Deputy Defence
 * Minister X")? */
function ledDelegation(cx: Context, titleStart: number): boolean {
  const { t, lower } = cx;
  const by = lower.lastIndexOf('by', titleStart);
  return by > 2 && by >= titleStart - 3 && lower[by - 1] === 'led' && t.slice(Math.max(0, by - 5), by - 1).some((x) => DEMONYM_SHAPE.test(x.text));
}

/** Does one of the two sentences before name a minister of a state other than the article's ("Spain's foreign minister, X")? */
function otherStatesMinister(f: SentenceFacts): boolean {
  const a = f.article;
  if (!a) return false;
  for (let i = Math.max(0, f.s.index - 2); i < f.s.index; i++) {
    const t = a.sentences[i]!.tokens;
    if (a.bySentence[i]!.some((m) => m.cls === 'Country' && m.entity !== f.focusCountry && /^['’]s$/.test(t[m.to]?.text ?? '')
      && t.slice(m.to + 1, m.to + 4).some((x) => MINISTER.has(x.norm)))) return true;
  }
  return false;
}

/** "secretary-general", "secretary general": in two or three tokens. */
function secretaryGeneral(phrase: readonly Token[]): boolean {
  return phrase.some((x, i) => x.norm === 'secretary' && (phrase[i + 1]?.norm === 'general' || (phrase[i + 1]?.text === '-' && phrase[i + 2]?.norm === 'general')));
}

/**
 * "his unit, the Signed-in-Blood Battalion", "one of its units, the Katiba Serma", "JNIM's southern unit, Katiba Serma": a
 * unit a person owns is one he leads; one a group owns is its member. The owner of "his" is the person named last, of
 * "its" the actor named last (else the subject of the sentence before).
 */
function ownedUnitRule(cx: Context): void {
  const { f, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Unit]) {
    if (t[k]!.pos !== 'NOUN' || t[k + 1]?.text !== ',') continue;
    const unit = actors(ms).find((m) => (m.from === k + 2 || (m.from === k + 3 && lower[k + 2] === 'the')) && (m.kind === 'name' || m.kind === 'acronym')
      && (m.cls === 'ArmedGroup' || m.cls === 'StateForce'));
    if (!unit) continue;
    let p = k - 1;
    // ("its rival faction, the ISWAP", "his former group": a rival or a former unit is no longer its own)
    while (p > 0 && t[p]!.pos === 'ADJ' && !NOT_OWN.has(lower[p]!)) p--;
    const owned = lower[p]!;
    let owner: ResolvedMention | undefined;
    if (owned === 'his' || owned === 'her') owner = ms.filter((m) => m.cls === 'Person' && m.to <= p).pop();
    else if (owned === 'its' || owned === 'their') {
      owner = actors(ms).filter((m) => m.to <= p && m.cls !== 'Person' && !isPlaceClass(m.cls)).pop()
        ?? (f.previous ? actors(f.previous.mentions).find((m) => m.cls !== 'Person' && !isPlaceClass(m.cls) && !governingPreposition(f.previous!.s, m)) : undefined);
    } else if (/^['’]s$/.test(t[p]?.text ?? '')) owner = actors(ms).find((m) => m.to === p && m.cls !== 'Person' && !isPlaceClass(m.cls));
    if (!owner || owner.entity === unit.entity) continue;
    if (owner.cls === 'Person') add(cx, owner, 'leads', unit, 'relation.owned-unit', 0.7, k);
    else add(cx, unit, 'memberOf', owner, 'relation.owned-unit', 0.7, k);
  }
}

/**
 * "the centre, which is run by the prison service and lies in Kuje", "Inates is located in the Tillabéri region": what
 * lies in a place is located in it — the verb's subject, or the antecedent of the relative clause it ends.
 */
function liesInRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Lies]) {
    if (lower[k + 1] !== 'in' || t[k]!.pos === 'NOUN') continue;
    const place = places(ms).find((m) => m.from > k + 1 && m.from <= k + 5 && t.slice(k + 2, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || DIRECTIONS.has(x.norm)));
    if (!place) continue;
    const b = beforeVerbGroup(t, k);
    const pool = ms.filter((m) => m.kind !== 'pronoun' && m.entity !== place.entity);
    let subject = pool.find((m) => m.to === b + 1 && !governingPreposition(s, m));
    if (!subject && (RELATIVE.has(lower[b] ?? '') || lower[b] === 'and')) {
      const rel = t.findLastIndex((x, i) => i <= b && RELATIVE.has(x.norm) && t[i - 1]?.text === ',');
      if (rel > 0 && !t.slice(rel + 1, b).some((x) => x.text === ',')) subject = antecedentBefore(s, pool, rel - 1);
    }
    if (subject && (!isPlaceClass(subject.cls) || rank(subject) > rank(place)) && !isUncertain(s, k, clauseAround(s, k)[0])) add(cx, subject, 'locatedIn', place, `relation.lies-in`, 0.75, k);
  }
}

/**
 * "He thanked Biya and the Cameroonian authorities, as well as Nigeria, for their help": who thanks others for their help or
 * support is their partner — through his state, when the gazetteer knows it.
 */
function thanksRule(cx: Context): void {
  const { f, s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Thanks]) {
    if (t[k]!.pos !== 'VERB') continue;
    const forAt = t.findIndex((x, i) => i > k + 1 && i <= k + 16 && x.norm === 'for');
    if (forAt < 0) continue;
    let n = forAt + 1;
    while (n < t.length && (t[n]!.pos === 'DET' || t[n]!.pos === 'PRON' || t[n]!.pos === 'ADJ')) n++;
    if (!HELPING.has(lower[n] ?? '')) continue;
    const b = beforeVerbGroup(t, k);
    const thanker = ms.find((m) => m.to === b + 1 && (!isPlaceClass(m.cls) || m.cls === 'Country') && !governingPreposition(s, m));
    const [cFrom] = clauseAround(s, k);
    if (!thanker || isUncertain(s, k, cFrom)) continue;
    const side = thanker.cls === 'Person' ? f.stateOf?.get(thanker.entity) ?? thanker.entity : thanker.entity;
    for (const m of ms) {
      if (m.from <= k || m.to > forAt || m.entity === side || (isPlaceClass(m.cls) && m.cls !== 'Country')) continue;
      put(cx, side, 'alliedWith', m.entity, 'relation.thanked-for-help', 0.7, k);
    }
  }
}
/** What one is thanked for that makes a partner. */
const HELPING = new Set(['help', 'support', 'assistance', 'cooperation', 'backing', 'aid', 'efforts', 'role', 'contribution', 'solidarity']);

/** Words before a unit that say it is not, or no longer, its owner's. */
const NOT_OWN = new Set(['rival', 'former', 'breakaway', 'splinter', 'dissident', 'renegade', 'ex']);

/** "It lost the town in January to French troops", "the army lost Kidal to the rebels": who takes a place from one opposes it. */
function lostToRule(cx: Context): void {
  const { s, t, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Lost]) {
    if (t[k]!.pos !== 'VERB') continue;
    const place = places(ms).find((m) => m.from > k && m.from <= k + 3 && t.slice(k + 1, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ'));
    const to = place ? t.findIndex((x, i) => i >= place.to && i <= place.to + 5 && x.norm === 'to') : -1;
    if (to < 0 || t.slice(place!.to, to).some((x) => x.pos === 'VERB' || x.text === ',')) continue;
    const winner = actors(ms).find((m) => m.from > to && m.from <= to + 3 && t.slice(to + 1, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ'));
    const [cFrom] = clauseAround(s, k);
    const b = beforeVerbGroup(t, k, cFrom);
    const loser = actors(ms).find((m) => m.to === b + 1 && !governingPreposition(s, m));
    if (winner && loser && !isUncertain(s, k, cFrom) && !anyToken(t, cFrom, k, NEGATED)) add(cx, winner, 'opposes', loser, 'relation.lost-to', 0.75, k);
  }
}

function partRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Part]) {
    // ("That group … It belongs to JNIM", "the Katiba Macina, which belongs to JNIM": its subject is a member of what it belongs to)
    if (t[k]!.lemma === 'belong' && t[k]!.pos === 'VERB' && lower[k + 1] === 'to') {
      // (the head of the phrase after "to", not a name in a modifier: "belongs to the al-Qaeda-linked JNIM coalition")
      const whole = actors(ms).find((o) => o.from >= k + 2 && o.from <= k + 6 && t[o.to]?.text !== '-' && t.slice(k + 2, o.from).every((x) => x.pos !== 'NOUN' && x.pos !== 'ADP'));
      const [cFrom] = clauseAround(s, k);
      // (its subject right before it, adverbs and auxiliaries aside: not "trucks belonging to the army", "said the killers
      // belonged to X"; nor a "they", most often people: "experts say they belong to Wagner")
      const b = beforeVerbGroup(t, k, cFrom);
      const part = RELATIVE.has(lower[b] ?? '') && t[b - 1]?.text === ',' ? antecedentBefore(s, actors(ms), b - 1)
        : actors(ms).find((o) => o.to === b + 1 && !governingPreposition(s, o) && !(o.kind === 'pronoun' && (lower[o.from] === 'they' || lower[o.from] === 'them')));
      if (whole && part && !isUncertain(s, k, cFrom)) add(cx, part, 'memberOf', whole, 'relation.belongs-to', 0.75, k);
      continue;
    }
    if (k + 2 >= t.length || !PART_WORDS.has(lower[k]!) || lower[k + 1] !== 'of') continue;
    // "X is/was (a) part of Y", "X, a member of Y" — not "as part of the larger rebellion".
    let b = k - 1;
    // ("was once a member of", "is also part of", "was a founding member of", "as a breakaway faction of")
    let broke = false;
    while (b >= 0 && (['a', 'an', 'the', 'founding', 'full', 'permanent'].includes(lower[b]!) || BREAKAWAY.has(lower[b]!) || t[b]!.pos === 'ADV')) {
      if (BREAKAWAY.has(lower[b]!)) broke = true;
      b--;
    }
    // ("Ansaru announced itself in January 2012 as a breakaway faction of Boko Haram": what it named itself)
    // ("MUJAO, which emerged in 2011 as an offshoot of AQIM", "it began as an offshoot of Ansar Dine": what it was born as)
    const bornAs = lower[b] === 'as' && t.slice(Math.max(0, b - 5), b).some((x) => x.pos === 'VERB' && ORIGIN_VERBS.has(x.lemma));
    if (!['is', 'was', 'are', 'were', 'be', 'been', 'became', 'becomes', 'remains', ','].includes(lower[b] ?? '') && !(lower[b] === 'as' && (broke || bornAs))) continue;
    // ("a subsidiary of the French nuclear group Areva": over the words that describe the whole before its name)
    const whole = actors(ms).find((o) => o.from > k + 1 && (o.from <= k + 4 || o.from <= k + 8 && t.slice(k + 2, o.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || (x.pos === 'NOUN' && /^[a-z]/.test(x.text)))));
    // (a state is a member of a bloc: "Mauritania was a founding member of the G5 Sahel")
    // ("Chad is also a member of the G5 Sahel joint force": or of a multinational force)
    const multinational = whole?.cls === 'StateForce' && MULTINATIONAL.test(whole.text);
    const partCands = ms.filter((o) => o.to <= k && (!isPlaceClass(o.cls) || (o.cls === 'Country' && o.kind === 'name' && (BLOCS.has(whole?.cls ?? 'Person') || multinational))));
    // (what was born so is the origin verb's subject, not a founder its by-phrase named: "Founded … by the preacher Amadou
    // Koufa, it began as an offshoot of Ansar Dine")
    const origin = bornAs ? t.findLastIndex((x, i) => i < b && x.pos === 'VERB' && ORIGIN_VERBS.has(x.lemma)) : -1;
    // ("MUJAO, which emerged in 2011 as …": past the relative pronoun)
    const part = origin >= 0 ? partCands.find((o) => o.to <= origin && t.slice(o.to, origin).every((x) => x.pos === 'AUX' || x.pos === 'ADV' || x.text === ',' || RELATIVE.has(x.norm)))
      : partCands[partCands.length - 1];
    if (!whole || isUncertain(s, k, clauseAround(s, k)[0])) continue;
    // ("The governments of Togo, Benin and Ghana are members of X": every state of the list before "are")
    if (lower[k] === 'members' && ['are', 'were', 'became'].includes(lower[b] ?? '')) {
      let end = b;
      for (const o of [...ms].reverse().filter((x) => x.to <= end && (x.cls === 'Country' || !isPlaceClass(x.cls)) && x.cls !== 'Person')) {
        if (o.to !== end && !(o.to === end - 1 && (t[end - 1]!.text === ',' || lower[end - 1] === 'and'))) break;
        add(cx, o, 'memberOf', whole, 'relation.part-of', 0.75, k);
        end = o.from;
      }
    } else if (lower[b - 1] === 'and' && BE.has(lower[b] ?? '')) {
      // ("GATIA was founded by X, a senior officer of the army, and is a member of the Platform": the first verb's subject)
      const [cFrom] = clauseAround(s, b);
      const subject = actors(ms).find((o) => o.from >= Math.min(cFrom, b) - 30 && o.to <= b && !governingPreposition(s, o) && o.from <= 1);
      add(cx, subject ?? part, 'memberOf', whole, `relation.part-of`, 0.8, k);
    } else if (part && (lower[k] === 'splinter' || broke)) {
      // ("the Islamic Movement of Azawad, a splinter of Ansar Dine": a splinter broke away from the group)
      add(cx, part, 'splitFrom', whole, 'relation.splinter-of', 0.75, k);
    } else if (part) add(cx, part, 'memberOf', whole, `relation.part-of`, 0.8, k);
  }
}

function membersRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Members]) {
    if (!BE.has(lower[k + 1] ?? '')) continue;
    let w = k - 1;
    while (w > 0 && (t[w]!.pos === 'ADJ' || t[w]!.pos === 'ADV')) w--;
    if (lower[w] !== 'whose' || t[w - 1]?.text !== ',') continue;
    const whole = antecedentBefore(s, actors(ms).filter((m) => BLOC_LIKE.has(m.cls)), w - 1);
    for (const m of actorList(s, ms, k + 1, 3).filter((o) => BLOC_LIKE.has(o.cls))) add(cx, m, 'memberOf', whole, 'relation.whose-member', 0.75, k);
  }
}

function madeUpRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.MadeUp]) {
    // (or "which draws soldiers from Chad, Niger and Cameroon")
    const draws = lower[k]!.startsWith('draw') && t[k]!.pos === 'VERB';
    // (and "made up mainly of", "composed largely of")
    const of = lower[k] === 'made' && lower[k + 1] === 'up' ? (t[k + 2]?.pos === 'ADV' ? k + 3 : k + 2) : lower[k] === 'composed' ? (t[k + 1]?.pos === 'ADV' ? k + 2 : k + 1) : -1;
    if (k < 1 || k + 4 >= t.length || !((of > 0 && lower[of] === 'of') || draws)) continue;
    const from = findToken(s, 'from', draws ? k + 1 : k + 2, Math.min(t.length, k + 7));
    if (from < 0 || !FORCES_WORDS.has(lower[from - 1] ?? '')) continue;
    const comma = RELATIVE.has(lower[k - 1]!) && t[k - 2]?.text === ',' ? k - 2 : appositionStart(t, k - 1, 6);
    const whole = t[comma]?.text === ',' ? antecedentBefore(s, actors(ms).filter((m) => m.cls !== 'Person'), comma)
      // (or the subject of "is made up of")
      : actors(ms).find((m) => (m.to === k || (m.to === k - 1 && BE.has(lower[k - 1]!))) && m.cls !== 'Person');
    for (const m of listedFrom(t, ms.filter((o) => o.cls === 'Country'), from + 1)) add(cx, m, 'memberOf', whole, 'relation.made-up-of', 0.75, k);
  }
}

function membersRule2(cx: Context): void {
  const { t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Members]) {
    if (k < 1 || k + 2 >= t.length || lower[k + 1] !== 'of') continue;
    let b = k - 1;
    while (b >= 0 && (t[b]!.pos === 'DET' || t[b]!.pos === 'NUM' || t[b]!.pos === 'ADJ' || /^(five|four|three|two|six)$/.test(lower[b]!))) b--;
    if (t[b]?.text !== ',') continue;
    const whole = actors(ms).find((o) => o.from > k + 1 && o.from <= k + 4 && BLOCS.has(o.cls));
    if (!whole) continue;
    for (const o of listedBefore(t, ms, b)) add(cx, o, 'memberOf', whole, 'relation.member-list', 0.75, k);
  }
}

function leadersAndFounders(cx: Context): void {
  const { lower, cues } = cx;
  // "Y's ROLE X" / "X, Y's ROLE": handled above for persons; "led by X" gives leadership.
  if (cues[Cue.Led].length) ledRule(cx);
  // "fighters loyal to Abubakar Shekau", "its faction loyal to Shekau": the person those loyal to him are loyal to leads them.
  if (lower.includes('loyal')) loyalRule(cx);
  // "Goïta, who seized power in 2020", "the coups … which brought Colonel Assimi Goïta to power": who takes power leads the state.
  if (lower.includes('power')) powerRule(cx);

  // "The Katiba Macina joined JNIM": joining a group makes one of its members; "joined forces with X" allies.
  if (cues[Cue.Join].length) joinRule(cx);

  // Founders lead what they found: "Amadou Koufa launched the Katiba Macina", "a group founded by X".
  if (cues[Cue.Found].length) foundRule(cx);

  // A coalition and its members: "an alliance … that includes the MNLA and the HCUA", "the coalition formed
  // in 2017 by Ansar Dine, the Katiba Macina and al-Mourabitoun", "the CSP, which groups …".
  if (cues[Cue.Coalition].length) coalitionRule(cx);

  // "The force's first commander was Malian General Didier Dacko": an owned role, then the name.
  if (cues[Cue.Role].length) roleRule(cx);

  // "Tiani … declared himself on Friday head of the CNSP", "X became leader of Y", "was named president of Y".
  if (cues[Cue.Head].length) headRule(cx);

}

/** The actor the sentence opens with when an aside between commas, the second at `close`, follows it right away. */
function subjectBeforeAside(s: Sentence, ms: readonly ResolvedMention[], close: number): ResolvedMention | undefined {
  const t = s.tokens;
  const open = t.findLastIndex((x, i) => i < close && x.text === ',');
  const subject = open > 0 ? actors(ms).find((o) => o.to === open && o.cls !== 'Person' && !isPlaceClass(o.cls)) : undefined;
  return subject && t.slice(0, subject.from).every((x) => x.pos === 'DET') && close - open <= 16 ? subject : undefined;
}

/** The body a place ending at `end` sets ("the transitional government in Bamako"): the actor right before its "in". */
function bodyBeforePlace(t: Sentence['tokens'], ms: readonly ResolvedMention[], end: number): ResolvedMention | undefined {
  const place = places(ms).find((o) => o.to === end && o.cls !== 'Country');
  if (!place || t[place.from - 1]?.norm !== 'in') return undefined;
  return actors(ms).find((o) => o.cls !== 'Person' && !isPlaceClass(o.cls) && o.to === place.from - 1);
}

function ledRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Led]) {
    // ("led from exile in Qatar by Timan Erdimi": over a short phrase of place before "by")
    let by = k + 1;
    while (by < k + 6 && lower[by] !== 'by' && ['ADP', 'NOUN', 'PROPN', 'DET', 'ADJ'].includes(t[by]?.pos ?? '')) by++;
    if (lower[by] !== 'by') continue;
    // ("led by the veteran Tuareg militant Iyad Ag Ghaly": a description of the leader may come first)
    // ("led by Deby's son, General Mahamat Idriss Deby": not a possessor, whose kin leads)
    const kin = ms.find((o) => o.from === by + 1 && o.cls === 'Person' && /^['’]s$/.test(t[o.to]?.text ?? ''));
    const leader = kin ? ms.find((o) => o.cls === 'Person' && o.from > kin.to + 1 && o.from <= kin.to + 6)
      : ms.find((o) => o.from > by && o.from <= by + 7 && o.cls === 'Person' && (o.from <= by + 4 || !anyPunctOrVerb(t, by + 1, o.from)));
    // What is led is the noun phrase right before ("the junta led by", "the presidential guard, led by"),
    // not an actor further back ("a coup in Bamako led by X" says nothing of the rebels named before).
    // "Ansar Dine, the Islamist group led by X": through a noun in apposition.
    // ("JNIM, formed in 2017 through a merger of several groups and led by X": back to the participles' head)
    const and = lower[k - 1] === 'and' ? t.findLastIndex((x, i) => i < k - 1 && i >= k - 16 && x.text === ',') : -1;
    const comma = and >= 0 ? and : t[k - 1]?.pos === 'NOUN' && !ms.some((o) => o.to === k) ? appositionStart(t, k - 1, 6) : -1;
    // ("the Union of Resistance Forces (UFR), led by X": past the acronym in brackets)
    const bracket = t[k - 1]?.text === ',' && t[k - 2]?.text === ')' ? t.findLastIndex((x, i) => i < k - 2 && i >= k - 5 && x.text === '(') : -1;
    // ("JNIM, the al-Qaeda affiliate led by Iyad Ag Ghaly": a parent named before an affiliate noun is not what is led)
    const led = actors(ms).find((o) => o.cls !== 'Person' && (o.to === k || (o.to === k - 1 && (t[k - 1]!.text === ',' || (t[k - 1]!.pos === 'NOUN' && !AFFILIATE_NOUNS.has(lower[k - 1]!)))) || (bracket > 0 && o.to === bracket)))
      ?? (t[comma]?.text === ',' ? antecedentBefore(s, actors(ms).filter((o) => o.cls !== 'Person'), comma) : undefined)
      // ("the group, which is led by X")
      ?? (BE.has(lower[k - 1] ?? '') && RELATIVE.has(lower[k - 2] ?? '') ? relativeAntecedent(s, actors(ms).filter((o) => o.cls !== 'Person'), k - 2) : undefined)
      // ("The Katiba Macina is led by X", "has been led by X since 2015": the subject of the passive)
      ?? (BE.has(lower[k - 1] ?? '') ? actors(ms).find((o) => o.cls !== 'Person' && !isPlaceClass(o.cls) && (o.to === k - 1 || (o.to === k - 2 && (lower[k - 2] === 'has' || lower[k - 2] === 'have')))) : undefined)
      // ("The Islamic State Sahel Province, formerly known as the ISGS, is led by X": the subject before an aside between commas)
      ?? (BE.has(lower[k - 1] ?? '') && t[k - 2]?.text === ',' ? subjectBeforeAside(s, ms, k - 2) : undefined)
      // ("The transitional government in Bamako, led by Colonel Assimi Goïta": past the place that sets the body)
      ?? (t[k - 1]?.text === ',' ? bodyBeforePlace(t, ms, k - 1) : undefined)
      // ("Burkina Faso, led by Captain Ibrahim Traoré": a state and its leader)
      ?? (t[k - 1]?.text === ',' ? ms.find((o) => o.cls === 'Country' && o.kind === 'name' && o.to === k - 1) : undefined);
    // ("ISGS, the local affiliate of the Islamic State led by Adnan Abu Walid al-Sahrawi": the parent an affiliate noun names
    // only says whose affiliate; the affiliate, the name it is set beside, is led)
    let of = led ? led.from - 1 : -1;
    if (lower[of] === 'the') of--;
    if (led && lower[of] === 'of' && AFFILIATE_NOUNS.has(lower[of - 1] ?? '')) {
      const start = appositionStart(t, of - 1, 6);
      const own = t[start]?.text === ',' ? antecedentBefore(s, actors(ms).filter((o) => o.cls !== 'Person' && o.entity !== led.entity), start) : undefined;
      if (own) { add(cx, leader, 'leads', own, 'relation.led-by', 0.8, k); continue; }
    }
    add(cx, leader, 'leads', led, 'relation.led-by', 0.8, k);
  }
}

/** Verbs of taking power ("seized power", "took power"); "came to power", "rose to power" and "brought X to power" take "to". */
const TAKING_POWER = new Set(['seize', 'take', 'grab', 'assume']);
const TO_POWER = new Set(['come', 'rise', 'sweep', 'return']);

function powerRule(cx: Context): void {
  const { f, s, t, lower, mentions: ms } = cx;
  for (let k = lower.indexOf('power'); k >= 0; k = lower.indexOf('power', k + 1)) {
    const v = lower[k - 1] === 'to' ? k - 2 : k - 1;
    let person: ResolvedMention | undefined;
    // ("which brought Colonel Assimi Goïta to power")
    if (lower[k - 1] === 'to') {
      person = ms.find((m) => m.cls === 'Person' && m.to === k - 1 && t.slice(Math.max(0, m.from - 4), m.from).some((x) => x.lemma === 'bring'));
      if (!person && TO_POWER.has(t[v]?.lemma ?? '') && t[v]!.pos === 'VERB') person = subjectPerson(cx, v);
    } else if (TAKING_POWER.has(t[v]?.lemma ?? '') && t[v]!.pos === 'VERB') person = subjectPerson(cx, v);
    if (!person) continue;
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) continue;
    // ("Compaoré, who had seized power in 1987, was driven from office": power taken before the story's time is no hold on the
    // government it tells of, only on the state)
    const before = lower.slice(Math.max(0, v - 3), v).includes('had');
    const state = before ? (f.stateOf?.get(person.entity) ?? f.focusCountry) : headedState(f, person);
    if (state) put(cx, person.entity, 'leads', state, 'relation.took-power', conf(0.65, person), k);
  }
}

/** The person who is the subject of the verb at `v`: the antecedent of "who" right before it, or the clause's last person before it that no preposition governs. */
function subjectPerson(cx: Context, v: number): ResolvedMention | undefined {
  const { s, t, lower, mentions: ms } = cx;
  let w = v - 1;
  while (w > 0 && (t[w]!.pos === 'AUX' || t[w]!.pos === 'ADV')) w--;
  if (lower[w] === 'who' && t[w - 1]?.text === ',') {
    const a = antecedentBefore(s, ms.filter((m) => m.cls === 'Person'), w - 1);
    return a?.cls === 'Person' ? a : undefined;
  }
  const [cFrom] = clauseAround(s, v);
  const m = ms.filter((o) => o.to <= v && o.from >= cFrom && !governingPreposition(s, o) && !isPlaceClass(o.cls)).pop();
  return m?.cls === 'Person' && m.to >= w - 1 ? m : undefined;
}

function loyalRule(cx: Context): void {
  const { lower, mentions: ms } = cx;
  for (let k = lower.indexOf('loyal'); k >= 0; k = lower.indexOf('loyal', k + 1)) {
    if (lower[k + 1] !== 'to') continue;
    const leader = ms.find((o) => o.cls === 'Person' && (o.from === k + 2 || (o.from === k + 3 && lower[k + 2] === 'the')));
    const group = leader && actors(ms).find((o) => (o.cls === 'ArmedGroup' || o.cls === 'StateForce') && o.to === k);
    if (group) add(cx, leader, 'leads', group, 'relation.loyal-to', 0.7, k);
  }
}

function joinRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Join]) {
    if (t[k]!.pos !== 'VERB') continue;
    const [cFrom, cTo] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom)) continue;
    // ("Iyad Ag Ghaly, the founder of Ansar Dine, who pledged allegiance to …": "who" may stand for a person)
    const subject = (RELATIVE.has(lower[k - 1] ?? '') ? relativeAntecedent(s, actors(ms).filter((m) => m.cls !== 'Person' || lower[k - 1] === 'who'), k - 1) : undefined)
      // (not a short name in brackets, which stands where the name before it does: "… deployed by the Economic Community of West
      // African States (ECOWAS), joined …")
      ?? actors(ms).filter((m) => m.to <= k && m.from >= cFrom && !governingPreposition(s, m) && t[m.from - 1]?.text !== '(').pop();
    // "pledged allegiance to Islamic State", "swore allegiance to al-Qaeda", "pledged loyalty to AQIM", "reaffirmed its
    // allegiance to …": a member of it from then on.
    if (t[k]!.lemma !== 'join') {
      const noun = ALLEGIANCE.has(lower[k + 1] ?? '') ? k + 1 : ['its', 'their', 'his'].includes(lower[k + 1] ?? '') && ALLEGIANCE.has(lower[k + 2] ?? '') ? k + 2 : -1;
      if (noun > 0 && lower[noun + 1] === 'to') {
        // (past a possessive: "swore allegiance to Osama bin Laden's al-Qaeda")
        const to = actors(ms).find((m) => m.from > noun + 1 && m.from <= noun + 10 && m.to <= cTo && !/^['’]s$/.test(t[m.to]?.text ?? '')
          && t.slice(noun + 2, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || /^['’]s$/.test(x.text) || ms.some((o) => x.start >= o.start && x.end <= o.end)));
        // ("Boko Haram attacked Bosso after pledging allegiance to …": a participle's subject is the sentence's)
        const doer = subject ?? (lower[k]!.endsWith('ing') ? actors(ms).find((m) => m.to <= k && !governingPreposition(s, m)) : undefined);
        if (to && JOINABLE.has(to.cls)) add(cx, doer, 'memberOf', to, 'relation.allegiance', 0.75, k);
      }
      continue;
    }
    if (lower[k + 1] === 'forces' && lower[k + 2] === 'with') {
      add(cx, subject, 'alliedWith', actors(ms).find((m) => m.from > k + 2 && m.from <= k + 5 && m.to <= cTo), 'relation.join-forces', 0.75, k);
      continue;
    }
    // "Burkina Faso has since joined Mali and Niger, which are also ruled by juntas, in the AES": the states
    // joined, and the one that joins them, are members of the bloc after "in".
    const inAt = findToken(s, 'in', k + 1, Math.min(t.length, k + 16));
    const bloc = inAt > 0 ? ms.find((m) => BLOCS.has(m.cls) && m.from > inAt && m.from <= inAt + 2) : undefined;
    const states = ms.filter((m) => m.cls === 'Country' && m.kind === 'name' && m.from > k && m.to <= inAt);
    const subjectState = ms.filter((m) => m.cls === 'Country' && m.kind === 'name' && m.to <= k && !governingPreposition(s, m) && !anyVerb(t, m.to, k)).pop();
    if (bloc && states.length && states[0]!.from <= k + 2) {
      for (const m of [subjectState, ...states]) add(cx, m, 'memberOf', bloc, 'relation.join-in', 0.75, k);
      continue;
    }
    // ("JNIM was formed in March 2017 when Ansar Dine joined the Katiba Macina, Al-Mourabitoun and AQIM's Saharan branch": a
    // group born of the joining has them all as members; none joins another)
    const formed = formedWhen(cx, cFrom);
    if (formed) {
      for (const m of [subject, ...actorList(s, ms, k + 1, 12)]) if (m && m.cls === 'ArmedGroup' && m.entity !== formed.entity) add(cx, m, 'memberOf', formed, 'relation.joined-into', 0.7, k);
      continue;
    }
    const group = actors(ms).find((m) => m.from > k && m.to <= cTo && t.slice(k + 1, m.from).every((x) => x.pos === 'DET'));
    // ("Benin joined the Multinational Joint Task Force in 2015", "Chad joined the G5 Sahel": a state joins a bloc or a joint force)
    const joiner = subject ?? (group && (BLOCS.has(group.cls) || group.cls === 'StateForce') ? subjectState : undefined);
    if (group && JOINABLE.has(group.cls)) add(cx, joiner, 'memberOf', group, 'relation.join', 0.75, k);
  }
}

/** The group a clause opened by "when" at `from` tells the birth of ("X was formed … when …", "X was created when …"), if any. */
function formedWhen(cx: Context, from: number): ResolvedMention | undefined {
  const { t, lower, mentions } = cx;
  const when = lower[from] === 'when' ? from : lower[from - 1] === 'when' ? from - 1 : -1;
  if (when < 0) return undefined;
  const born = t.findLastIndex((x, i) => i < when && i >= when - 8 && BORN.has(x.lemma) && x.pos === 'VERB' && BE.has(lower[i - 1] ?? ''));
  if (born < 0) return undefined;
  return actors(mentions).filter((m) => m.to <= born - 1 && m.cls === 'ArmedGroup' && !governingPreposition(cx.s, m)).pop();
}
const BORN = new Set(['form', 'create', 'found', 'establish']);

/** The person right before verb `k` after a relative pronoun ("that Damiba had created"), if any. */
function relativeFounder(cx: Context, k: number): ResolvedMention | undefined {
  const { t, lower, mentions } = cx;
  let w = k - 1;
  while (w > 0 && t[w]!.pos === 'AUX') w--;
  const p = mentions.find((m) => m.cls === 'Person' && m.to === w + 1);
  return p && RELATIVE.has(lower[p.from - 1] ?? '') ? p : undefined;
}

function foundRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Found]) {
    if (t[k]!.pos !== 'VERB') continue;
    // "set up" founds; "set fire" does not.
    if (t[k]!.lemma === 'set' && lower[k + 1] !== 'up') continue;
    // ("to found the G5 Sahel": the tagger reads "found" as "find"; only after "to" is it "found")
    if (t[k]!.lemma === 'find' && lower[k - 1] !== 'to') continue;
    const [cFrom, cTo] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom)) continue;
    // ("the homegrown movement founded in Soum by the preacher X": past where it was founded)
    const by = lower[k + 1] === 'by' ? k + 1 : lower[k + 1] === 'in' ? findToken(s, 'by', k + 2, Math.min(t.length, k + 6)) : -1;
    if (by > 0 && anyPunctOrVerb(t, k + 1, by)) continue;
    if (by > 0) {
      // ("the armed group founded by the Algerian militant Mokhtar Belmokhtar": past the founder's description)
      const founder = ms.find((m) => m.cls === 'Person' && m.from > by && m.from <= by + 5 && !anyPunctOrVerb(t, by + 1, m.from));
      const group = actors(ms).filter((m) => m.to <= k && m.cls !== 'Person' && JOINABLE.has(m.cls)).pop();
      add(cx, founder, 'leads', group, 'relation.founder', 0.7, k);
    } else if (relativeFounder(cx, k)) {
      // ("the very junta that Damiba had created": the relative clause's antecedent is what he founded)
      const founder = relativeFounder(cx, k)!;
      const group = actors(ms).filter((m) => m.to < founder.from - 1 && m.cls !== 'Person' && JOINABLE.has(m.cls)).pop();
      add(cx, founder, 'leads', group, 'relation.founder', 0.7, k);
    } else {
      // ("Yevgeny Prigozhin, the Russian businessman who founded Wagner": the relative pronoun's antecedent)
      const founder = ms.filter((m) => m.cls === 'Person' && m.to <= k && m.from >= cFrom && !governingPreposition(s, m)).pop()
        ?? (lower[k - 1] === 'who' ? relativeAntecedent(s, ms.filter((m) => m.cls === 'Person'), k - 1) : undefined);
      const group = actors(ms).find((m) => m.from > k && m.to <= cTo && m.from <= k + 4 && JOINABLE.has(m.cls) && t.slice(k + 1, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || x.norm === 'up'));
      add(cx, founder, 'leads', group, 'relation.founder', 0.7, k);
      // ("Mohammed Yusuf founded Boko Haram in Maiduguri": where a group was founded is where it is)
      const where = group && group.cls === 'ArmedGroup' && lower[group.to] === 'in' ? places(ms).find((m) => m.from === group.to + 1 || (m.from === group.to + 2 && lower[group.to + 1] === 'the')) : undefined;
      add(cx, group, 'locatedIn', where, 'relation.founded-in', 0.65, k);
    }
    // "Niger, Mali and Burkina Faso … signed a treaty creating a confederation under the banner of the Alliance
    // of Sahel States": states that found a bloc are its members.
    // (the list in the clause, or opening the sentence as its subject)
    const listed = stateList(s, ms, k);
    // ("When the leaders of Mauritania, Mali, … met in Nouakchott to found the G5 Sahel": their states)
    const through = listed.length && lower[listed[0]!.from - 1] === 'of' && STATE_PEOPLE.has(lower[listed[0]!.from - 2] ?? '');
    const states = listed.length && (listed[0]!.from >= cFrom || listed[0]!.from <= 1 || through) ? listed : [];
    // (what states found together is theirs, whatever the typing of a name no gazetteer knows: "set up the CEMOC", "created
    // a joint force")
    const bloc = states.length >= 2 ? ms.find((m) => m.from > k && m.from <= k + 12 && (BLOCS.has(m.cls) || (m.cls === 'StateForce' && MULTINATIONAL.test(m.text))) && m.kind !== 'pronoun'
      && !t.slice(k + 1, m.from).some((x) => x.text === ',' || x.text === ';')) : undefined;
    if (bloc) for (const st of states) add(cx, st, 'memberOf', bloc, 'relation.founding-states', 0.7, k);
    else foundedWith(cx, k);
  }
}

/**
 * "Burkina Faso formed the Alliance of Sahel States with Mali and Niger", "The junta expelled French forces, formed the AES
 * with Mali and Burkina Faso, and …": who founds a bloc with states is a member of it with them, and their ally.
 */
function foundedWith(cx: Context, k: number): void {
  const { s, t, lower, mentions: ms } = cx;
  const bloc = ms.find((m) => m.from > k && m.from <= k + 3 && BLOCS.has(m.cls) && m.kind !== 'pronoun' && t.slice(k + 1, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ'));
  if (!bloc) return;
  let w = bloc.to;
  // (past the bloc's acronym in brackets: "the Alliance of Sahel States (AES) with …")
  if (t[w]?.text === '(') while (w < t.length && t[w - 1]!.text !== ')') w++;
  if (lower[w] !== 'with') return;
  const partners = actorList(s, ms, w, 3, true).filter((m) => m.cls === 'Country');
  // (the founder: the verb's own subject, as the trigger read it — through a series of verb phrases too)
  const founder = cx.f.triggers.find((tr) => tr.k === k)?.agents.find((m) => m.cls === 'Country' || m.cls === 'Government');
  if (!founder || !partners.length) return;
  add(cx, founder, 'memberOf', bloc, 'relation.founded-with', 0.7, k);
  for (const p of partners) {
    add(cx, p, 'memberOf', bloc, 'relation.founded-with', 0.7, k);
    add(cx, founder, 'alliedWith', p, 'relation.founded-with', 0.65, k);
  }
}

function coalitionRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Coalition]) {
    const w = t[k]!;
    // ("The CMA … brings together the MNLA, the HCUA and a wing of the MAA")
    // ("which groups together notably the MNLA and the HCUA")
    const together = (w.lemma === 'bring' || INCLUDE_VERBS.has(w.lemma)) && lower[k + 1] === 'together';
    // (the tagger may read "which groups Nigeria, Niger …" as a noun)
    const relativeVerb = RELATIVE.has(lower[k - 1] ?? '') && w.pos === 'NOUN' && /s$/.test(w.norm);
    const includes = (w.pos === 'VERB' || relativeVerb) && (INCLUDE_VERBS.has(w.lemma) || together);
    const formedBy = w.pos === 'VERB' && FOUND_VERBS.has(w.lemma) ? findToken(s, 'by', k + 1, Math.min(t.length, k + 6)) : -1;
    if (!includes && formedBy < 0) continue;
    if (isUncertain(s, k, clauseAround(s, k)[0])) continue;
    // The whole: the subject, or the antecedent of a relative clause through an appositive noun.
    // ("X, the coalition formed by …", "X, an alliance of … groups that includes …": the name before the
    // appositive noun phrase, whatever descriptions lie inside it)
    let whole: ResolvedMention | undefined;
    // ("a coalition … that also included the CMFPR": past an adverb)
    let r = k - 1;
    while (r > 0 && t[r]!.pos === 'ADV' && r > k - 3) r--;
    const from = r > 0 && (lower[r] === 'that' || lower[r] === 'which') ? r - 1 : k - 1;
    const comma = t[from]?.text === ',' ? from : appositionStart(t, from, from - k + 10);
    // (past a bracketed acronym: "Jama'at Nasr al-Islam wal Muslimin (JNIM), the coalition formed by …")
    if (t[comma]?.text === ',') whole = actors(ms).filter((m) => (m.to === comma || (t[comma - 1]?.text === ')' && m.to === comma - 1)) && BLOC_LIKE.has(m.cls)).pop();
    // ("The CMA, an alliance dominated by Tuareg and Arab fighters, brings together …": the head of the apposition)
    if (t[comma]?.text === ',' && comma === k - 1) whole = antecedentBefore(s, actors(ms).filter((m) => BLOC_LIKE.has(m.cls)), comma) ?? whole;
    whole ??= actors(ms).filter((m) => m.to <= k && m.to >= k - 2 && BLOC_LIKE.has(m.cls)).pop();
    // ("jihadist groups including Ansarul Islam and JNIM", "the junta's forces, including Wagner": a plural
    // description lists examples, it is no coalition that has them as members)
    if (!whole || (whole.kind === 'description' && /s$/i.test(whole.text))) continue;
    let listFrom = together ? k + 2 : includes ? k + 1 : formedBy + 1;
    // (past an adverb: "groups notably the MNLA", "includes mainly Tuareg movements")
    if (t[listFrom]?.pos === 'ADV' && /ly$/.test(lower[listFrom]!)) listFrom++;
    const members = actorList(s, ms, listFrom - 1, 3).filter((m) => m.entity !== whole!.entity && m.cls !== 'Person' && BLOC_LIKE.has(m.cls));
    // (a multinational force or a bloc groups states: "the regional force which groups Nigeria, Niger, … and Benin")
    // (or one the states formed: "the G5 Sahel joint force, formed by Mali, Burkina Faso, Niger, Chad and Mauritania")
    const states = whole.cls === 'StateForce' || whole.cls === 'InternationalOrganization' ? listedFrom(t, ms.filter((m) => m.cls === 'Country'), listFrom, true) : [];
    for (const m of [...members, ...states]) add(cx, m, 'memberOf', whole, includes ? 'relation.coalition-includes' : 'relation.coalition-formed-by', 0.75, k);
  }
}

function roleRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Role]) {
    if (k < 1 || k + 1 >= t.length) continue;
    // "he served as a spokesman for MUJAO", "worked as an adviser to X": the clause's subject held the role.
    if ((lower[k - 1] === 'as' || (['a', 'an', 'the', 'its'].includes(lower[k - 1]!) && lower[k - 2] === 'as')) && ['for', 'of', 'to', 'with', 'in'].includes(lower[k + 1] ?? '')) {
      const [cFrom] = clauseAround(s, k);
      const person = ms.filter((m) => m.cls === 'Person' && m.to < k && m.from >= cFrom && !governingPreposition(s, m)).pop()
        ?? (t.slice(cFrom, k).some((x) => x.pos === 'VERB') ? ms.filter((m) => m.cls === 'Person' && m.to < cFrom && !governingPreposition(s, m)).pop() : undefined);
      const org = actors(ms).find((m) => m.from > k + 1 && m.from <= k + 4 && m.cls !== 'Person');
      add(cx, person, LEADER_ROLES.has(lower[k]!) ? 'leads' : 'memberOf', org, `relation.served-as.${lower[k]}`, 0.75, k);
      continue;
    }
    // ("he was regarded by French intelligence as one of JNIM's senior field commanders", "described him as JNIM's military
    // chief": whom the verb says it of holds the role in the body; one of a few, or a qualified chief, is a member)
    let o = k - 1;
    while (o > 0 && o >= k - 3 && (t[o]!.pos === 'ADJ' || t[o]!.pos === 'NUM' || (t[o]!.pos === 'NOUN' && /^[a-z]/.test(t[o]!.text)))) o--;
    const holder = /^['’]s$/.test(t[o]?.text ?? '') ? ms.find((m) => m.to === o && m.cls !== 'Person' && !isPlaceClass(m.cls)) : undefined;
    const oneOf = holder !== undefined && lower[holder.from - 1] === 'of' && lower[holder.from - 2] === 'one';
    const as = holder === undefined ? -1 : oneOf ? holder.from - 3 : holder.from - 1;
    if (holder && lower[as] === 'as' && t[as - 1]?.pos !== 'ADV' && !(lower[as - 1] === 'such')) {
      const [cFrom] = clauseAround(s, as);
      const person = ms.filter((m) => m.cls === 'Person' && m.to <= as && m.from >= cFrom && !governingPreposition(s, m)).pop();
      add(cx, person, LEADER_ROLES.has(lower[k]!) && !oneOf && o === k - 1 ? 'leads' : 'memberOf', holder, `relation.as-role.${lower[k]}`, 0.7, k);
      continue;
    }
    if (!['was', 'is', 'became', 'becomes'].includes(lower[k + 1] ?? '')) continue;
    const person = ms.find((m) => m.cls === 'Person' && m.from > k + 1 && m.from <= k + 6);
    let j = k - 1;
    while (j > 0 && (t[j]!.pos === 'ADJ' || t[j]!.pos === 'NUM')) j--;
    // ("Dan Na Ambassagou was formed in 2016. Its chief is Youssouf Toloba": "its" opening the sentence is the subject before)
    const previous = (lower[j] === 'its' || lower[j] === 'their') && j === 0 && cx.f.previous
      ? actors(cx.f.previous.mentions).find((m) => m.cls !== 'Person' && !governingPreposition(cx.f.previous!.s, m)) : undefined;
    const owner = /^['’]s$/.test(t[j]?.text ?? '') ? ms.find((m) => m.to === j && m.cls !== 'Person' && !isPlaceClass(m.cls)) : previous;
    add(cx, person, LEADER_ROLES.has(lower[k]!) ? 'leads' : 'memberOf', owner, `relation.owned-role.${lower[k]}`, 0.75, k);
  }
}

function headRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Head]) {
    // ("Assimi Goïta is Mali's transitional president", "became the group's leader": the owner before the role, by its possessive)
    const owned = lower[k + 1] !== 'of' ? possessiveOwner(cx, k) : undefined;
    if ((lower[k + 1] !== 'of' && !owned) || lower[k - 1] === 'deputy' || lower[k - 1] === 'vice' || lower[k - 1] === 'former') continue;
    let b = (owned ? owned.from : k) - 1;
    while (b >= 0 && (t[b]!.pos === 'DET' || t[b]!.pos === 'ADJ' || (t[b]!.pos === 'ADV' && b < k - 1))) b--;
    // (the verb that makes the subject the head, with adverbials between: "declared himself on Friday head of")
    let v = b;
    while (v > 0 && v > b - 5 && !HEAD_MAKERS.has(lower[v]!)) v--;
    // ("Amadou Koufa is the leader of the Katiba Macina": a plain "is", with its subject right before; "Mahamat Deby, 37,
    // had been commander of the presidential guard", "X, who was also the mayor of Kolofata": past an aside or a relative)
    // ("Ibrahim Traoré has been Burkina Faso's president": or "has been" right after the subject)
    const plain = ((lower[b] === 'is' || lower[b] === 'was') && ms.some((m) => m.cls === 'Person' && m.to === b))
      || (lower[b] === 'been' && (lower[b - 1] === 'has' || lower[b - 1] === 'had') && ms.some((m) => m.cls === 'Person' && m.to === b - 1));
    const relaxed = !plain && (lower[b] === 'is' || lower[b] === 'was' || lower[b] === 'been') && ms.some((m) => m.cls === 'Person'
      && ((m.to === b - 2 && RELATIVE.has(lower[b - 1] ?? '') && t[b - 2]!.text === ',')
        // ("General Assimi Goïta, who led the coups of 2020 and 2021, is Mali's transitional president": past a relative aside)
        || (t[m.to]?.text === ',' && lower[m.to + 1] === 'who' && t[b - 1]?.text === ',' && b - m.to <= 16 && !t.slice(m.to + 1, b - 1).some((x) => x.text === ','))
        || (t[m.to]?.text === ',' && m.to >= b - 6 && (lower[b - 1] === 'had' || lower[b - 1] === 'has'))));
    const is = plain || relaxed;
    if ((!HEAD_MAKERS.has(lower[v] ?? '') && !is) || anyPunct(t, is ? b : v, k)) continue;
    if (is) v = b;
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom)) continue;
    // (a subject, not the object of a verb before: "X beat Y in the run-off and became president of Mali" is X)
    const subject = (m: ResolvedMention) => m.cls === 'Person' && m.to <= v && !governingPreposition(s, m) && t[m.from - 1]?.pos !== 'VERB';
    const person = ms.filter((m) => subject(m) && m.from >= cFrom).pop() ?? ms.filter(subject)[0];
    const body = owned ?? ms.find((m) => m.from > k + 1 && m.from <= k + 4 && !isPlaceClass(m.cls) && m.cls !== 'Person')
      ?? ms.find((m) => m.from > k + 1 && m.from <= k + 3 && (m.cls === 'Country' || (PLACE_HEADS.has(lower[k]!) && (m.cls === 'Settlement' || m.cls === 'Region'))));
    // (past an aside, only a body the text names: "had been commander of the presidential guard" is no state's whole army)
    add(cx, person, 'leads', relaxed && body?.kind === 'description' ? undefined : body, `relation.became.${lower[k]}`, 0.75, k);
  }
}

/** The body or state whose possessive comes before the role at `k`, past its adjectives ("Mali's transitional president"). */
function possessiveOwner(cx: Context, k: number): ResolvedMention | undefined {
  const { t, mentions: ms } = cx;
  let p = k - 1;
  while (p > 0 && t[p]!.pos === 'ADJ') p--;
  if (!/^['’]s$/.test(t[p]?.text ?? '')) return undefined;
  return ms.find((m) => m.to === p && m.cls !== 'Person' && (m.cls === 'Country' || !isPlaceClass(m.cls)));
}

/**
 * The mediator of "under the auspices of X" or "with X acting as mediator" mediates the parties of the sentence: those
 * talks or an agreement are "between", else the actors that are the subjects of its clauses (no preposition before them).
 */
function auspicesRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  // (a state named acts: "with Qatar acting as mediator")
  const sides = ms.filter((m) => (!isPlaceClass(m.cls) || (m.cls === 'Country' && m.kind === 'name')) && m.kind !== 'pronoun');
  for (const k of cues[Cue.Auspices]) {
    let mediator: ResolvedMention | undefined;
    if (lower[k] === 'auspices') {
      if (lower[k - 1] !== 'the' || lower[k - 2] !== 'under' || lower[k + 1] !== 'of') continue;
      mediator = sides.find((m) => m.from >= k + 2 && m.from <= k + 4 && t.slice(k + 2, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ'));
    } else {
      // ("X acting as mediator", "X, which acted as the mediator", "X served as a go-between"): the actor right before the verb
      let v = k - 1;
      while (v > 0 && (t[v]!.pos === 'DET' || t[v]!.pos === 'ADJ')) v--;
      if (lower[v] !== 'as' || !AS_ROLE_VERBS.has(t[v - 1]?.lemma ?? '')) continue;
      let b = v - 2;
      if (lower[b] === 'which' || lower[b] === 'who') b -= 2;
      mediator = sides.find((m) => m.to === b + 1);
    }
    if (!mediator) continue;
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) continue;
    const at = lower.indexOf('between');
    const between = at >= 0 ? listedFrom(t, sides, at + 1, true).filter((m) => m !== mediator) : [];
    const parties = between.length ? between
      : sides.filter((m) => m !== mediator && (m.to <= mediator!.from || m.from >= mediator!.to) && !governingPreposition(s, m) && t[m.to]?.pos !== 'PART'
        && (t[m.to]?.pos === 'VERB' || t[m.to]?.pos === 'AUX' || lower[m.to] === 'and' || lower[m.to] === ','));
    // (not the mediator's own state or government)
    for (const p of parties) if (!bodyOfState(p.entity, mediator.entity) && !bodyOfState(mediator.entity, p.entity)) add(cx, mediator, 'mediates', p, 'relation.mediator', 0.7, k);
  }
}
/** The verbs of "acting as mediator". */
const AS_ROLE_VERBS = new Set(['act', 'serve', 'work', 'stand']);

function fromCueWords(cx: Context): void {
  const { cues } = cx;
  // "The junta accused neighbouring Algeria of hostile acts": who accuses another of acts against it opposes it.
  // (the one accused is the verb's object; what follows "of" is the accusation, not a party)
  if (cues[Cue.Accuse].length) accuseRule(cx);
  // "The government summoned Ghana's ambassador in protest", "Niger recalled its ambassador from Benin": a state that
  // summons, expels or recalls an envoy over another state's doings opposes that state.
  if (cues[Cue.Envoy].length) envoyRule(cx);
  // "The government attributed the killings to the Katiba Macina", "President Jonathan blamed Boko Haram for the blast":
  // the state side that blames an armed group for violence opposes it.
  if (cues[Cue.Blame].length) blameRule(cx);
  // "Dan Na Ambassagou was formed to defend Dogon communities against jihadists": who defends others against an armed
  // actor opposes it.
  if (cues[Cue.Defend].length) defendRule(cx);
  // "Under the auspices of the Mogho Naaba, the regiment agreed to return to barracks", "Talks between the junta and the
  // rebels opened in Doha, with Qatar acting as mediator": the one under whose auspices, or acting as mediator, mediates.
  if (cues[Cue.Auspices].length) auspicesRule(cx);

  // "French troops handed over their base in Ménaka to the Malian army": the one who hands a base over leaves
  // its place, the one it is handed to holds it.
  // ("handed their bases in Timbuktu and Gossi over to the army": the particle after the object, and every place listed)
  if (cues[Cue.HandOver].length) handOverRule(cx);

  // "Niger's junta revoked its defence agreements with the European Union", "the junta denounced the defence agreements
  // binding it to France": who ends its agreements with another opposes it.
  if (cues[Cue.Revoke].length) revokeRule(cx);

  // "The junta demanded the departure of French troops": who demands a force's departure opposes it.
  if (cues[Cue.Demand].length) demandRule(cx);

  // "The junta brought in mercenaries from Wagner", "called in French troops": who is brought in backs the one who brings it.
  if (cues[Cue.BringIn].length) bringInRule(cx);

  // "Traoré, who leads the ruling junta", "Amadou Koufa heads the Katiba Macina", "Ansar Dine, the Islamist
  // movement of Iyad Ag Ghaly": a person at the head of a body.
  if (cues[Cue.Heads].length) headsRule(cx);

  // "The Boungou gold mine, which is operated by SEMAFO": who runs a site controls it.
  if (cues[Cue.Operated].length) operatedRule(cx);

  // "Niamey's rapprochement with Russia", "Mali's new partnership with Moscow": a party's tie with another,
  // not one it ended ("ended its cooperation with France").
  if (cues[Cue.Partnership].length) partnershipRule(cx);

  // "Wagner arrived in Mali at the invitation of the junta": who invites backs the one who comes.
  if (cues[Cue.Invitation].length) invitationRule(cx);
  // Appeals: "Dioncounda Traoré asked France for help", "the junta appealed to Russia for support": who asks another for
  // help is allied with it.
  if (cues[Cue.Appeal].length) appealRule(cx);
  // Joint acts: "a joint column of Malian and French troops", "joint patrols by the army and MINUSMA": partners.
  if (cues[Cue.Joint].length) jointRule(cx);

  // Rivals: "JNIM and its rival, the Islamic State Sahel Province", "the ISGS is at war with its rival, JNIM",
  // "al-Qaeda's rival Islamic State": the owner of the rival opposes it.
  if (cues[Cue.Rival].length) rivalRule(cx);
  // Ruptures: "Goïta's government has turned its back on France", "after a falling-out with the junta", "at odds with Algeria".
  if (cues[Cue.Rupture].length) ruptureRule(cx);

  // Feuds: "his long feud with Mokhtar Belmokhtar", "JNIM's rivalry with the ISGS", "the feud between JNIM and the ISGS":
  // the two sides oppose each other.
  if (cues[Cue.Feud].length) feudRule(cx);

  // Ties: "ISWAP, which is affiliated with the Islamic State group", "JNIM is linked to al-Qaeda", "X, loyal to
  // Y": a named group tied to another is one of its affiliates.
  if (cues[Cue.Tied].length) tiedRule(cx);

  // Driving out: "The Islamists later pushed the MNLA out of Gao", "the colonels pushed out French troops",
  // "forcing the army out of swathes of the north": the one driven out is opposed, and leaves the place.
  if (cues[Cue.DriveOut].length) driveOutRule(cx);

  // Broken ties: "it was breaking off diplomatic relations with Ukraine", "severed ties with France".
  if (cues[Cue.Ties].length) tiesRule(cx);

  // "He was a close ally of France", "Wagner, an ally of the junta,": an ally of someone is allied with him.
  if (cues[Cue.Ally].length) allyRule(cx);

  // Employers: "Dubois, a correspondent who worked for the daily Libération, the weekly Le Point and …",
  // "Woodke, who worked for the aid organisation JEMED": a person is a member of the bodies he works for.
  if (cues[Cue.Work].length) workRule(cx);

  // "Chadian soldiers have served with the UN mission in Mali, MINUSMA, and against Boko Haram": troops that
  // serve with a force are part of it; those that serve against a group oppose it.
  if (cues[Cue.Serve].length) serveRule(cx);

  // "France has about 1,500 troops in the country", "the United States keeps 1,100 military personnel at bases
  // in Niger": a state or force that has troops somewhere is present there.
  if (cues[Cue.Troops].length) troopsRule(cx);

  // Presence, hosting and contributing: "ISGS, which operates in the border area between Niger, Mali and
  // Burkina Faso", "French troops based in Ouagadougou" (located there); "Niger hosts French forces" (allies);
  // "Burkina Faso contributes troops to MINUSMA" (a member of it).
  if (cues[Cue.Presence].length) presenceRule(cx);

  // Bases: "a rebel group that crossed from its rear bases in southern Libya", "Boko Haram's strongholds in the
  // Sambisa forest": the owner of bases somewhere is there.
  if (cues[Cue.Base].length) baseRule(cx);

  // Affiliates: "JNIM, al-Qaeda's branch in the Sahel", "the al-Qaeda affiliate known as JNIM".
  if (cues[Cue.Affiliate].length) affiliateRule(cx);

  // Civil bodies and state institutions by their town: "the Centre for Saharan Studies in Dakar", "the Federal High Court
  // in Abuja".
  civilBodiesIn(cx);
}

/** A civil body or a state institution named right before "in" and a town is in that town (not an armed one: "JNIM in
 * Gao" acts there). */
function civilBodiesIn(cx: Context): void {
  const { lower, mentions: ms } = cx;
  for (const m of ms) {
    if ((m.cls !== 'Organization' && m.cls !== 'Government') || (m.kind !== 'name' && m.kind !== 'acronym') || lower[m.to] !== 'in' || isAnonymousSource(m.entity)) continue;
    add(cx, m, 'locatedIn', ms.find((p) => p.from === m.to + 1 && p.cls === 'Settlement' && p.kind === 'name'), 'relation.body-in-town', 0.65, m.to);
  }
  // ("Médecins Sans Frontières said that its team in Douentza had treated …": a civil body's own team or office in a town)
  for (let b = lower.indexOf('its'); b >= 0; b = lower.indexOf('its', b + 1)) {
    if (!OFFICES.has(lower[b + 1] ?? '') || lower[b + 2] !== 'in') continue;
    const owner = possessor(cx, b);
    const town = ms.find((p) => p.from === b + 3 && p.cls === 'Settlement' && p.kind === 'name');
    if (owner && (owner.cls === 'Organization' || owner.cls === 'InternationalOrganization') && town) add(cx, owner, 'locatedIn', town, 'relation.office-in-town', 0.65, b);
  }
}
/** A civil body's presence somewhere: its team, office or staff. */
const OFFICES = new Set(['team', 'teams', 'office', 'offices', 'staff', 'branch', 'clinic', 'hospital']);

function accuseRule(cx: Context): void {
  const { s, t, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Accuse]) {
    if (t[k]!.pos !== 'VERB') continue;
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom)) continue;
    const parties = ms.filter((m) => (!isPlaceClass(m.cls) || m.cls === 'Country') && m.kind !== 'pronoun');
    const accused = accusedOf(cx, parties, k);
    // (rights groups the article quotes without a name accuse too: "Human rights organisations accused the security forces
    // of serious abuses"; they take part in nothing else the sentence tells)
    const sources = (cx.f.article?.bySentence[s.index] ?? []).filter((m) => m.cls === 'Organization' && isAnonymousSource(m.entity));
    const accusers = sources.length ? [...parties, ...sources].sort((a, b) => a.from - b.from) : parties;
    let accuser = accusers.filter((m) => m.to <= k && m.from >= cFrom && !governingPreposition(s, m) && !/^['’]s$/.test(t[m.to]?.text ?? '')).pop()
      ?? (t[k - 1]?.text === ',' ? undefined : ms.filter((m) => m.to <= k && m.from >= cFrom && m.kind === 'pronoun').pop());
    // (a short name in brackets is the long name before it: "Human Rights Watch and the International Federation for
    // Human Rights (FIDH) accused …", whose every accuser is joined to it by "and")
    if (accuser && t[accuser.from - 1]?.text === '(') accuser = parties.find((m) => m.to === accuser!.from - 1 && m.entity === accuser!.entity) ?? accuser;
    for (const a of accuser ? coordinated(accuser, accusers, s) : [undefined]) {
      for (const b of accused) {
        // (a source's accusation is written from the source, the one side it takes)
        if (a && sources.includes(a) && a.entity !== b.entity) put(cx, a.entity, 'opposes', b.entity, 'relation.accuse', conf(0.65, a, b), k);
        else add(cx, a, 'opposes', b, 'relation.accuse', 0.65, k);
      }
    }
  }
}

/**
 * Who an accusation at `k` is against: the object right after the verb, or every one of a list ("accused both the army
 * and the volunteers of killing civilians"), when "of" follows it.
 */
function accusedOf(cx: Context, parties: readonly ResolvedMention[], k: number): ResolvedMention[] {
  const { t, lower } = cx;
  const first = parties.find((m) => m.from > k && m.from <= k + 3 && t.slice(k + 1, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || x.norm === 'both'));
  if (!first) return [];
  const list = listedFrom(t, parties, first.from, true);
  const last = list.findIndex((m) => lower[m.to] === 'of');
  return last < 0 ? [] : list.slice(0, last + 1);
}

function envoyRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Envoy]) {
    if (t[k]!.pos !== 'VERB') continue;
    const envoy = t.findIndex((x, i) => i > k && i <= k + 4 && ENVOYS.has(x.norm));
    // ("expelled three French diplomats": past a count too)
    if (envoy < 0 || !t.slice(k + 1, envoy).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'PROPN' || x.pos === 'PRON' || x.pos === 'NUM' || /^['’]s$/.test(x.text))) continue;
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) continue;
    const states = ms.filter((m) => m.cls === 'Country' || m.cls === 'Government');
    // (whose envoy: "Ghana's ambassador", "the Algerian ambassador"; or where from: "recalled its ambassador from Benin")
    const other = states.find((m) => m.from > k && m.to <= envoy) ?? (['from', 'to', 'in'].includes(lower[envoy + 1] ?? '') ? states.find((m) => m.from > envoy + 1 && m.from <= envoy + 3) : undefined);
    const subjects = ms.filter((m) => (m.cls === 'Country' || m.cls === 'Government') && m.to <= k && m.from >= cFrom && !governingPreposition(s, m)
      && !/^['’]s$/.test(t[m.to]?.text ?? ''));
    // ("Mali's junta accused Algeria of harbouring terrorists and recalled its ambassador": a verb joined by "and" to one
    // before has that verb's subject, not its object)
    const who = lower[k - 1] === 'and' && subjects.length > 1 && subjects[0]!.from <= 1 ? subjects[0] : subjects.pop();
    // ("Mauritania and Algeria recalled their ambassadors from Mali": each state of the subject)
    // (the article's state acts through its government, when the article names one: "Days later Mali expelled the French
    // ambassador")
    const gov = cx.f.focusGovernment;
    if (who && other) for (const w of coordinated(who, states, s)) {
      if (w.entity === other.entity || bodyOfState(other.entity, w.entity) || bodyOfState(w.entity, other.entity)) continue;
      if (gov && w.cls === 'Country' && w.entity === cx.f.focusCountry && gov !== other.entity) {
        // (in the canonical order `add` gives two actors)
        const [a, b] = gov < other.entity ? [gov, other.entity] : [other.entity, gov];
        put(cx, a, 'opposes', b, `relation.envoy.${t[k]!.lemma}`, 0.65, k);
      }
      else add(cx, w, 'opposes', other, `relation.envoy.${t[k]!.lemma}`, 0.65, k);
    }
  }
}

/** Who blames for violence: a state's body or leader. */
const BLAMERS: ReadonlySet<string> = new Set(['Government', 'StateForce', 'Country', 'Person']);

function blameRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Blame]) {
    if (t[k]!.pos !== 'VERB' || BE.has(lower[k - 1] ?? '')) continue;
    const [cFrom, cTo] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) continue;
    // ("President Goodluck Jonathan, who visited the site, blamed …": past an aside, the head before it)
    const blamer = ms.filter((m) => BLAMERS.has(m.cls) && m.kind !== 'pronoun' && m.to <= k && m.from >= cFrom && !governingPreposition(s, m) && !/^['’]s$/.test(t[m.to]?.text ?? '')).pop()
      ?? (t[cFrom - 1]?.text === ',' ? antecedentBefore(s, ms.filter((m) => BLAMERS.has(m.cls)), cFrom - 1) : undefined);
    // (the one blamed: right after "blamed", or after "on" / "to" past what was blamed — "attributed the killings to X")
    // (a group named: "the government blamed terrorists" names no one)
    // (nor a parent named as a possessive: "blamed al-Qaeda's Sahel branch")
    const group = (m: ResolvedMention) => m.cls === 'ArmedGroup' && (m.kind === 'name' || m.kind === 'acronym') && !/^['’]s$/.test(t[m.to]?.text ?? '') && m.from > k && m.from < Math.max(cTo, k + 12);
    const direct = t[k]!.lemma === 'blame' ? ms.find((m) => group(m) && m.from <= k + 3 && t.slice(k + 1, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ')) : undefined;
    const to = t.findIndex((x, i) => i > k && i <= k + 8 && (x.norm === (t[k]!.lemma === 'blame' ? 'on' : 'to')));
    const blamed = direct ?? (to > 0 ? ms.find((m) => group(m) && m.from > to && m.from <= to + 3) : undefined);
    if (blamer && blamed && (blamer.cls !== 'Person' || !!cx.f.stateOf?.has(blamer.entity))) add(cx, blamer, 'opposes', blamed, `relation.blame.${t[k]!.lemma}`, 0.65, k);
  }
}

/** "formed to defend Dogon communities against jihadists", "defended Boni against JNIM fighters": who stands against an armed actor. */
function defendRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Defend]) {
    if (t[k]!.pos !== 'VERB') continue;
    const [cFrom, cTo] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom)) continue;
    const against = t.findIndex((x, i) => i > k && i <= k + 8 && i < cTo && (x.norm === 'against' || x.norm === 'from'));
    const foe = against > 0 ? actors(ms).find((m) => m.from > against && m.from <= against + 3 && ARMED.has(m.cls) && t.slice(against + 1, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ')) : undefined;
    if (!foe) continue;
    // ("… was formed in 2016 to defend …": a purpose infinitive's subject is the sentence's)
    const defender = lower[k - 1] === 'to' ? ungovernedBefore(s, actors(ms), 0, k) : ungovernedBefore(s, actors(ms), cFrom, k);
    if (defender && ARMED.has(defender.cls)) add(cx, defender, 'opposes', foe, 'relation.defend-against', 0.7, k);
  }
}

function handOverRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.HandOver]) {
    if (k < 1 || k + 3 >= t.length || !(t[k]!.lemma === 'hand' || lower[k] === 'handed')) continue;
    const [cFrom, cTo] = clauseAround(s, k);
    // ("handed the town over only after …": "over" after a short object, with no "to")
    const over = lower[k + 1] === 'over' ? k + 1 : t.findIndex((x, i) => i > k + 1 && i <= k + 12 && i < cTo && x.norm === 'over' && (lower[i + 1] === 'to' || i <= k + 4));
    if (over < 0 || isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) continue;
    const giver = actors(ms).filter((m) => m.to <= k && m.from >= cFrom && !governingPreposition(s, m)).pop();
    const to = t.findIndex((x, i) => i > k && i < cTo && x.norm === 'to' && (over === k + 1 || i === over + 1));
    const first = places(ms).find((m) => m.from > k + 1 && (to < 0 || m.from < to) && ['in', 'at', 'of'].includes(lower[m.from - 1] ?? ''))
      // (or the place handed itself: "handed the town over", "handed Ménaka over to the army")
      ?? places(ms).find((m) => m.from > k && m.to <= over && t.slice(k + 1, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ'));
    const taker = to > 0 ? actors(ms).find((m) => m.from > to && m.from <= to + 3) : undefined;
    if (!first) continue;
    for (const w of [first, ...listedFrom(t, places(ms).filter((m) => to < 0 || m.from < to), first.to)]) {
      add(cx, giver, 'withdrewFrom', w, 'relation.hand-over', 0.75, k);
      add(cx, taker, 'controls', w, 'relation.hand-over', 0.75, k);
    }
  }
}

/** The subject of a verb that ends agreements opposes the other party ("revoked its defence accords with France"). */
function revokeRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Revoke]) {
    if (t[k]!.pos !== 'VERB' || BE.has(lower[k - 1] ?? '') || lower[k + 1] === 'by') continue;
    let n = lower[k + 1] === 'up' ? k + 2 : k + 1;
    // (past the agreements' words: "two security and defence agreements", "its 2012 military cooperation accord")
    while (n < t.length && n <= k + 8 && !AGREEMENTS.has(lower[n]!) && (t[n]!.pos === 'DET' || t[n]!.pos === 'ADJ' || t[n]!.pos === 'NUM'
      || t[n]!.pos === 'PRON' || t[n]!.pos === 'NOUN' || t[n]!.pos === 'PROPN' || lower[n] === 'and')) n++;
    if (!AGREEMENTS.has(lower[n] ?? '')) continue;
    // ("its defence cooperation agreement with France": to the last of them)
    while (AGREEMENTS.has(lower[n + 1] ?? '')) n++;
    // ("agreements with the European Union", "the agreements binding it to France", "its accords with Paris")
    let w = n + 1;
    if (lower[w] === 'binding' || lower[w] === 'linking' || lower[w] === 'tying') w += lower[w + 1] === 'it' || lower[w + 1] === 'them' ? 2 : 1;
    if (lower[w] !== 'with' && lower[w] !== 'to') continue;
    const other = ms.find((m) => (m.from === w + 1 || (m.from === w + 2 && t[w + 1]!.pos === 'DET')) && (!isPlaceClass(m.cls) || m.cls === 'Country') && m.cls !== 'Person');
    const [cFrom] = clauseAround(s, k);
    if (!other || isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) continue;
    const b = beforeVerbGroup(t, k);
    const who = ms.filter((m) => m.to <= b + 1 && m.from >= cFrom && (!isPlaceClass(m.cls) || m.cls === 'Country') && m.cls !== 'Person' && !governingPreposition(s, m)
      && !/^['’]s$/.test(t[m.to]?.text ?? '')).pop();
    if (who && !bodyOfState(who.entity, other.entity) && !bodyOfState(other.entity, who.entity)) add(cx, who, 'opposes', other, `relation.revoke.${t[k]!.lemma}`, 0.7, k);
  }
}
/** What a state revokes: its agreements with another. */
const AGREEMENTS: ReadonlySet<string> = new Set(['agreement', 'agreements', 'accord', 'accords', 'pact', 'pacts', 'treaty', 'treaties', 'deal', 'deals',
  'cooperation', 'partnership', 'alliance']);

function demandRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Demand]) {
    // "demanded that the blue helmets leave", "ordered the mission to withdraw", "gave its spokesman 72 hours to
    // leave the country": who is made to leave is opposed.
    const leave = findLemma(t, LEAVE_VERBS, k + 2, Math.min(t.length, k + 14));
    if (leave > 0 && t[k]!.pos === 'VERB' && (lower[k + 1] === 'that' || lower[leave - 1] === 'to') && (t[k]!.lemma !== 'call' || lower[k + 1] === 'on')) {
      const [cFrom] = clauseAround(s, k);
      if (isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) continue;
      // (leaving the country, not a town or a post: "asked the army to leave the town" is no hostility)
      const from = places(ms).find((m) => m.from > leave && m.from <= leave + 3);
      if (from ? from.cls !== 'Country' : SETTLEMENT_NOUNS.has(lower[leave + 2] ?? '') || SITE_NOUNS.has(lower[leave + 2] ?? '')) continue;
      const made = ms.find((m) => m.from > k && m.to <= leave && (!isPlaceClass(m.cls) || m.cls === 'Country') && m.kind !== 'pronoun'
        && (!governingPreposition(s, m) || lower[m.from - 1] === 'on') && !/^['’]s$/.test(t[m.to]?.text ?? '') && !anyVerb(t, k + 1, m.from));
      const demander = actors(ms).filter((m) => m.to <= k && m.from >= cFrom && !governingPreposition(s, m) && !/^['’]s$/.test(t[m.to]?.text ?? '')).pop();
      // (else the words may still demand a departure: "demanded the departure of X, who began to leave")
      if (made && demander) { add(cx, demander, 'opposes', made, 'relation.demand-leave', 0.7, k); continue; }
    }
    let n = k + 1;
    if (lower[n] === 'for') n++;
    while (n < t.length && n <= k + 4 && (t[n]!.pos === 'DET' || t[n]!.pos === 'ADJ')) n++;
    if (!DEPARTURES.has(lower[n] ?? '') || lower[n + 1] !== 'of') continue;
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) continue;
    const demander = actors(ms).filter((m) => m.to <= k && m.from >= cFrom && !governingPreposition(s, m) && !/^['’]s$/.test(t[m.to]?.text ?? '')).pop();
    for (const b of actorList(s, ms, n + 1, 8)) add(cx, demander, 'opposes', b, 'relation.demand-departure', 0.7, k);
  }
}

function bringInRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.BringIn]) {
    // ("The junta hired the Wagner Group", "contracted Russian mercenaries": a company or its men hired, no "in")
    const hired = HIRING.has(t[k]!.lemma) && t[k]!.pos === 'VERB' && lower[k + 1] !== 'by';
    if (lower[k + 1] !== 'in' && !hired) continue;
    const [cFrom, cTo] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) continue;
    // (the clause's subject, not an owner on the way: "The junta restricted MINUSMA's flights …, bringing in Wagner")
    // ("Paris accuses the junta of bringing in Wagner": the one accused of it, right before "of", brings them in)
    const accused = lower[k - 1] === 'of' ? actors(ms).find((m) => m.to === k - 1 && m.cls !== 'Person') : undefined;
    const host = accused ?? actors(ms).find((m) => m.to <= k && m.from >= cFrom && !governingPreposition(s, m) && m.cls !== 'Person' && !/^['’]s$/.test(t[m.to]?.text ?? ''))
      // ("the transitional government in Bamako, which had brought in …": the relative's antecedent)
      ?? relativeSubject(s, lower, actors(ms).filter((m) => m.cls !== 'Person'), k, ms);
    const helper = hired ? actors(ms).find((m) => m.from > k && m.from <= k + 4 && m.cls === 'PrivateMilitaryCompany' && !anyPunctOrVerb(t, k + 1, m.from))
      : actors(ms).find((m) => m.from > k + 1 && m.from <= k + 12 && m.from < cTo && m.cls !== 'Person' && !anyPunctOrVerb(t, k + 2, m.from));
    add(cx, helper, 'alliedWith', host, `relation.brought-in.${t[k]!.lemma}`, 0.7, k);
  }
}

function headsRule(cx: Context): void {
  const { f, s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Heads]) {
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) continue;
    // (the tagger reads "who chairs the association" as a noun)
    if ((t[k]!.pos === 'VERB' || (t[k]!.pos === 'NOUN' && RELATIVE.has(lower[k - 1] ?? ''))) && lower[k + 1] !== 'by' && HEADING_VERBS.has(t[k]!.lemma)) {
      // (the relative clause's antecedent, else the clause's subject: a person)
      // ("who has led the country since 2020": over the auxiliaries)
      const w = beforeVerbGroup(t, k);
      const person = RELATIVE.has(lower[w] ?? '') && t[w - 1]?.text === ',' ? antecedentBefore(s, ms.filter((m) => m.cls === 'Person'), w - 1)
        : ms.filter((m) => m.to <= k && m.from >= cFrom && !governingPreposition(s, m)).pop();
      if (person?.cls !== 'Person') continue;
      // ("who heads the faction formally known as JAS": the name the noun is known by)
      const known = t.findIndex((x, i) => i > k && i <= k + 6 && x.norm === 'known' && lower[i + 1] === 'as');
      const body = ms.find((m) => (known > 0 ? m.from === known + 2 || (m.from === known + 3 && lower[known + 2] === 'the') : m.from > k && m.from <= k + 4 && t.slice(k + 1, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'VERB' && x.norm.endsWith('ing')))
        && m.cls !== 'Person' && (!isPlaceClass(m.cls) || m.cls === 'Country'));
      add(cx, person, 'leads', body, `relation.heads.${t[k]!.lemma}`, 0.75, k);
    } else if (lower[k] === 'sworn' || INSTALLING.has(t[k]!.lemma)) {
      // ("Captain Ibrahim Traoré was sworn in as Burkina Faso's transitional president", "A national conference
      // designated Traoré president"): who is installed as a state's president leads it.
      const as = lower[k] === 'sworn' ? (lower[k + 1] === 'in' && lower[k + 2] === 'as' ? k + 3 : -1) : k + 1;
      if (as < 0) continue;
      // ("X was named emir of …": the passive's subject is the one installed)
      const passive = lower[k] !== 'sworn' && BE.has(lower[k - 1] ?? '');
      const person = lower[k] === 'sworn' || passive ? ms.filter((m) => m.cls === 'Person' && m.to <= k && m.from >= cFrom && !governingPreposition(s, m)).pop()
        : ms.find((m) => m.cls === 'Person' && m.from === as);
      let r = lower[k] === 'sworn' ? as : passive ? k + 1 + (lower[k + 1] === 'as' ? 1 : 0) : (person?.to ?? -1) + (lower[(person?.to ?? -1)] === 'as' ? 1 : 0);
      const state = places(ms).find((m) => m.from === r && m.cls === 'Country' && /^['’]s$/.test(t[m.to]?.text ?? ''));
      if (state) r = state.to + 1;
      while (r > 0 && r < t.length && t[r]!.pos === 'ADJ' && !FORMER.has(lower[r]!)) r++;
      // ("Iyad Ag Ghaly was named emir of the new coalition, JNIM", "was appointed head of the junta": the body after "of")
      if (person && lower[r] !== 'president' && (LEADER_ROLES.has(lower[r]!) || lower[r] === 'emir') && lower[r + 1] === 'of') {
        const body = actors(ms).find((m) => m.from > r + 1 && m.from <= r + 7 && m.cls !== 'Person' && t.slice(r + 2, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || x.text === ','
          || (x.pos === 'NOUN' && /^[a-z]/.test(x.text))));
        add(cx, person, 'leads', body, `relation.installed.${lower[r]}`, 0.7, k);
        continue;
      }
      if (!person || lower[r] !== 'president') continue;
      if (state) add(cx, person, 'leads', state.entity === f.focusCountry && f.focusGovernment ? undefined : state, 'relation.installed', 0.7, k);
      const gov = state && state.entity !== f.focusCountry ? undefined : state && !f.focusGovernment ? undefined : f.focusGovernment ?? f.focusCountry;
      if (gov) put(cx, person.entity, 'leads', gov, 'relation.installed', conf(0.7, person), k);
    } else if ((t[k]!.lemma === 'take' || t[k]!.lemma === 'assume') && helmAfter(lower, k) > 0) {
      // ("Traoré took over the leadership of the MPSR", "Droukdel took command of the GSPC", "assumed the helm of")
      const h = helmAfter(lower, k);
      const person = ms.filter((m) => m.cls === 'Person' && m.to <= k && m.from >= cFrom && !governingPreposition(s, m)).pop();
      const body = ms.find((m) => (m.from === h + 2 || (m.from === h + 3 && lower[h + 2] === 'the')) && m.cls !== 'Person' && (!isPlaceClass(m.cls) || m.cls === 'Country'));
      add(cx, person, 'leads', body, 'relation.took-over', 0.75, k);
    } else if (GROUP_HEADS.has(lower[k]!) && lower[k + 1] === 'of') {
      // ("the katiba of the Algerian jihadist Mokhtar Belmokhtar": past the leader's description)
      const person = ms.find((m) => m.from >= k + 2 && m.from <= k + 6 && m.cls === 'Person' && !anyPunctOrVerb(t, k + 2, m.from));
      const det = t.findLastIndex((x, i) => i < k && i >= k - 5 && (x.norm === 'the' || x.norm === 'a'));
      const body = person && det > 0 && t[det - 1]?.text === ',' ? antecedentBefore(s, actors(ms).filter((m) => BLOC_LIKE.has(m.cls)), det - 1) : undefined;
      add(cx, person, 'leads', body, 'relation.movement-of', 0.7, k);
    }
  }
}

function operatedRule(cx: Context): void {
  const { t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Operated]) {
    if (lower[k + 1] !== 'by') continue;
    const operator = ms.find((m) => m.from === k + 2 || (m.from === k + 3 && lower[k + 2] === 'the'));
    if (!operator || isPlaceClass(operator.cls) || operator.cls === 'Person') continue;
    let b = k - 1;
    while (b > 0 && (BE.has(lower[b]!) || RELATIVE.has(lower[b]!))) b--;
    // (the site, or the locality named before its site noun: "the Boungou gold mine")
    const end = t[b]?.text === ',' ? b : b + 1;
    const site = places(ms).find((m) => (m.to === end && m.cls === 'Site') || (m.cls === 'Settlement' && m.to < end && end - m.to <= 2 && SITE_NOUNS.has(lower[end - 1]!)));
    add(cx, operator, 'controls', site, 'relation.operated-by', 0.7, k);
  }
}

function partnershipRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Partnership]) {
    if (lower[k + 1] !== 'with') continue;
    let b = k - 1;
    while (b > 0 && t[b]!.pos === 'ADJ') b--;
    const parties = ms.filter((m) => !isPlaceClass(m.cls) || m.cls === 'Country');
    const owner = /^['’]s$/.test(t[b]?.text ?? '') ? parties.find((m) => m.to === b)
      : ['its', 'their'].includes(lower[b] ?? '') ? actors(ms).filter((m) => m.to <= b && !governingPreposition(s, m)).pop() : undefined;
    const other = parties.find((m) => m.from === k + 2 || (m.from === k + 3 && lower[k + 2] === 'the'));
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED) || t.slice(cFrom, k).some((x) => ENDING.has(x.lemma))) continue;
    add(cx, owner, 'alliedWith', other, `relation.partnership.${lower[k]}`, 0.7, k);
  }
}

function invitationRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Invitation]) {
    if (lower[k + 1] !== 'of' || lower[k - 2] !== 'at') continue;
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) continue;
    const host = ms.find((m) => m.from >= k + 2 && m.from <= k + 5 && !isPlaceClass(m.cls) && t.slice(k + 2, m.from).every((x) => x.pos === 'DET' || TITLES.has(x.norm)));
    const guest = ms.find((m) => m.to <= k && m.from >= cFrom && (!isPlaceClass(m.cls) || m.cls === 'Country') && !governingPreposition(s, m) && !/^['’]s$/.test(t[m.to]?.text ?? ''));
    add(cx, guest, 'alliedWith', host, 'relation.invitation', 0.7, k);
  }
}

function appealRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Appeal]) {
    if (t[k]!.pos !== 'VERB') continue;
    // ("asked France", "appealed to Russia", "called on Chad")
    const at = lower[k + 1] === 'to' || lower[k + 1] === 'on' ? k + 2 : k + 1;
    const helper = ms.find((m) => (m.from === at || (m.from === at + 1 && lower[at] === 'the')) && (!isPlaceClass(m.cls) || (m.cls === 'Country' && m.kind === 'name')));
    if (!helper) continue;
    let helpers = [helper];
    if (lower[helper.to] === 'for') {
      let h = helper.to + 1;
      while (h < helper.to + 4 && t[h]?.pos === 'ADJ') h++;
      if (!APPEALED_FOR.has(lower[h] ?? '')) continue;
    } else {
      // ("asked the Malian authorities and the UN mission in Mali, MINUSMA, to help find them": all it asks to help)
      // (not a name that only modifies the noun after it: "the U.N. peacekeeping mission")
      helpers = listedFrom(t, ms.filter((m) => !isPlaceClass(m.cls) || (m.cls === 'Country' && m.kind === 'name')), at, true)
        .filter((m) => !(t[m.to]?.pos === 'NOUN' && /^[a-z]/.test(t[m.to]!.text)));
      if (!helpers.length) continue;
      const last = helpers[helpers.length - 1]!.to;
      const to = t.findIndex((x, i) => i >= last && i <= last + 8 && x.norm === 'to' && HELP_VERBS.has(t[i + 1]?.lemma ?? ''));
      if (to < 0 || t.slice(last, to).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) continue;
    }
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) continue;
    const asker = ms.filter((m) => m.to <= k && m.from >= cFrom && m !== helper && (!isPlaceClass(m.cls) || m.cls === 'Country') && !governingPreposition(s, m) && !/^['’]s$/.test(t[m.to]?.text ?? '')).pop();
    for (const b of helpers) add(cx, asker, 'alliedWith', b, 'relation.appeal', 0.7, k);
  }
}
/** Verbs of help one asks another to give: "asked Russia to help" (not "to back an inquiry": backing something else). */
const HELP_VERBS = new Set(['help', 'assist']);
function jointRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Joint]) {
    let p = k + 1;
    while (p < k + 4 && (t[p]?.pos === 'NOUN' || t[p]?.pos === 'ADJ')) p++;
    if (p === k + 1 || !JOINT_PREPS.has(lower[p] ?? '')) continue;
    // (the parties: a list of two or more bodies or states right after the preposition; "a joint force of 5,000 troops" has none)
    const parties = distinct(actorList(s, ms, p, 3).filter((m) => (!isPlaceClass(m.cls) || m.cls === 'Country') && m.cls !== 'Person'));
    if (parties.length < 2 || isUncertain(s, k, clauseAround(s, k)[0])) continue;
    for (let i = 0; i < parties.length && i < 4; i++) for (let j = i + 1; j < parties.length && j < 4; j++) add(cx, parties[i], 'alliedWith', parties[j], 'relation.joint', 0.7, k);
  }
}
const JOINT_PREPS = new Set(['of', 'by', 'between']);

/** What one asks another for that makes them partners. */
const APPEALED_FOR = new Set(['help', 'assistance', 'support', 'backing', 'reinforcements', 'intervention', 'aid']);

/** Where the party broken with stands after a rupture phrase at k, or -1: "turned its back on X", "a falling-out with X", "at odds with X". */
function ruptureAt(lower: readonly string[], k: number): number {
  if (lower[k] === 'falling' && lower[k + 1] === '-' && lower[k + 2] === 'out' && lower[k + 3] === 'with') return k + 4;
  if (lower[k] === 'falling' && lower[k + 1] === 'out' && lower[k + 2] === 'with') return k + 3;
  if (lower[k]!.startsWith('turn') && (lower[k + 1] === 'its' || lower[k + 1] === 'their') && lower[k + 2] === 'back' && lower[k + 3] === 'on') return k + 4;
  if (lower[k] === 'odds' && lower[k - 1] === 'at' && lower[k + 1] === 'with') return k + 2;
  // ("The MNLA … later turned against the Islamists")
  if (lower[k]!.startsWith('turn') && lower[k + 1] === 'against') return k + 2;
  // ("Paris ruled out any talks with Ag Ghaly", "refused to negotiate with the junta": no dialogue with a party opposes it)
  if (lower[k] === 'ruled' || lower[k] === 'rules' || lower[k] === 'ruling') {
    if (lower[k + 1] !== 'out') return -1;
    const w = lower.findIndex((x, i) => i > k + 1 && i <= k + 5 && x === 'with');
    return w > 0 && lower.slice(k + 2, w).some((x) => TALKS.has(x)) ? w + 1 : -1;
  }
  if ((lower[k] === 'refused' || lower[k] === 'refuses') && lower[k + 1] === 'to' && NEGOTIATING.has(lower[k + 2] ?? '') && lower[k + 3] === 'with') return k + 4;
  return -1;
}
/** What one rules out with a party: "ruled out any talks with". */
const TALKS = new Set(['talks', 'negotiations', 'dialogue', 'contact', 'contacts']);
/** What one refuses to do with a party: "refused to negotiate with". */
const NEGOTIATING = new Set(['negotiate', 'talk', 'deal', 'engage']);

function ruptureRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Rupture]) {
    const at = ruptureAt(lower, k);
    if (at < 0) continue;
    const [cFrom, cTo] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) continue;
    const parties = ms.filter((m) => (!isPlaceClass(m.cls) || (m.cls === 'Country' && m.kind === 'name')) && m.cls !== 'Person');
    // (every party listed after it, people too: "ruled out any talks with Ag Ghaly and Koufa")
    const others: ResolvedMention[] = [];
    for (const m of ms) {
      if (m.from < at || (isPlaceClass(m.cls) && !(m.cls === 'Country' && m.kind === 'name')) || /^['’]s$/.test(t[m.to]?.text ?? '')) continue;
      const gap = others.length ? t.slice(others[others.length - 1]!.to, m.from).map((x) => x.norm) : t.slice(at, m.from).map((x) => x.norm);
      if (others.length ? gap.length <= 2 && gap.every((w) => w === 'and' || w === ',' || w === 'the') : gap.every((w) => w === 'the' || w === 'any')) others.push(m);
      else if (others.length) break;
    }
    // (the subject of the clause; in a fronted phrase, "After a falling-out with the junta, France withdrew", the one after its comma)
    const fronted = lower[0] === 'after' || lower[0] === 'following' || lower[0] === 'since';
    const comma = fronted ? t.findIndex((x, i) => i > at && x.text === ',') : -1;
    // (else the subject right before the verb: "turned", "ruled", or the one that has the falling-out or is at odds)
    let v = k;
    if (lower[k] === 'falling' || lower[k] === 'odds') for (v = k - 1; v > cFrom && v >= k - 4 && t[v]!.pos !== 'VERB' && t[v]!.pos !== 'AUX'; v--);
    const b = beforeVerbGroup(t, v);
    const subject = comma > 0 ? parties.find((m) => m.from === comma + 1 || (m.from === comma + 2 && t[comma + 1]!.pos === 'DET'))
      : parties.find((m) => m.to === b + 1 && m.from >= cFrom && !governingPreposition(s, m))
        // ("The MNLA, which fought alongside Ansar Dine in 2012, later turned against …": past a relative clause on the subject)
        ?? (t[b]?.text === ',' ? beforeRelative(s, parties, b) : undefined);
    for (const other of others) if (other.from < cTo + 2) add(cx, subject, 'opposes', other, 'relation.rupture', 0.65, k);
  }
}

function rivalRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Rival]) {
    if (k < 1) continue;
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom)) continue;
    let b = k - 1;
    // (over adjectives and a hyphenated compound: "its al-Qaeda-linked rival")
    // (and a noun used as an adjective: "Belmokhtar's main jihadist rival")
    while (b >= 0 && (t[b]!.pos === 'ADJ' || (t[b]!.pos === 'NOUN' && /^[a-z]+$/.test(t[b]!.text) && b === k - 1) || t[b]!.text === '-' || t[b]!.end === t[b + 1]?.start || (t[b - 1]?.text === '-' && t[b - 1]!.end === t[b]!.start)
      || (t[b]!.pos === 'PROPN' && !ms.some((m) => b >= m.from && b < m.to)))) b--;
    const prev = cx.f.previous;
    // ("Takuba was …. Its main adversaries were …": a sentence that opens on "its" speaks of the last one's subject)
    const owner = lower[b] === 'his' || lower[b] === 'her' ? undefined : possessor(cx, b)
      ?? ((lower[b] === 'its' || lower[b] === 'their') && b === 0 && prev ? actors(prev.mentions).find((m) => m.cls !== 'Person' && !isPlaceClass(m.cls) && !governingPreposition(prev.s, m)) : undefined);
    // ("its rival faction, the Islamic State West Africa Province": over the noun the rivalry qualifies)
    let named = k + 1;
    while (named < k + 3 && t[named]?.pos === 'NOUN' && /^[a-z]/.test(t[named]!.text)) named++;
    let other = actors(ms).find((m) => m.from > k && m.from <= named + 2 && t.slice(named, m.from).every((x) => x.text === ',' || x.pos === 'DET'));
    // ("the Islamic State in the Greater Sahara, now Belmokhtar's main jihadist rival": the name the apposition follows)
    if (!other && owner) {
      let c = owner.from - 1;
      while (c > 0 && (t[c]!.pos === 'ADV' || t[c]!.pos === 'DET')) c--;
      if (t[c]?.text === ',') other = antecedentBefore(s, actors(ms).filter((m) => m.cls !== 'Person'), c);
    }
    // ("Its main adversaries were the ISGS and JNIM": every one the verb of being lists)
    if (!other && owner && BE.has(lower[named] ?? '')) {
      for (const m of actorList(s, ms, named, 3)) add(cx, owner, 'opposes', m, 'relation.rival', 0.7, k);
      continue;
    }
    add(cx, owner, 'opposes', other, 'relation.rival', 0.7, k);
  }
}

function feudRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Feud]) {
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom)) continue;
    if (lower[k + 1] === 'between') {
      const sides = actorList(s, ms, k + 1, 3);
      if (sides.length >= 2) add(cx, sides[0], 'opposes', sides[1], 'relation.feud', 0.7, k);
      continue;
    }
    if (lower[k + 1] !== 'with') continue;
    // ("the ISGS, where it competes with … JNIM, for territory", "groups vying with each other": armed rivals, the subject
    // of the verb against its object)
    if (t[k]!.pos === 'VERB') {
      // (past a possessor: "al Qaeda's Sahel affiliate, JNIM")
      const rival = actors(ms).find((m) => m.from > k + 1 && m.from <= k + 12 && ARMED.has(m.cls) && !/^['’]s$/.test(t[m.to]?.text ?? '') && !t.slice(k + 1, m.from).some((x) => x.pos === 'VERB'));
      const subject = actors(ms).filter((m) => m.to <= k && m.from >= cFrom && !governingPreposition(s, m) && ARMED.has(m.cls)).pop();
      if (subject && rival && subject.entity !== rival.entity) add(cx, subject, 'opposes', rival, 'relation.feud.compete', 0.65, k);
      continue;
    }
    let b = k - 1;
    while (b >= 0 && (t[b]!.pos === 'ADJ' || t[b]!.pos === 'ADV')) b--;
    add(cx, possessor(cx, b), 'opposes', actorList(s, ms, k + 1, 3)[0], 'relation.feud', 0.7, k);
  }
}

/** The indefinite articles of an apposition that says what a name is ("Lakurawa, a jihadist group linked to …"). */
const INDEFINITE = new Set(['a', 'an']);

function tiedRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Tied]) {
    if (!TIED_PREPS.has(lower[k + 1] ?? '')) continue;
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom)) continue;
    const at = lower[k + 2] === 'the' ? k + 3 : k + 2;
    let whole = actors(ms).find((m) => m.from === at && TIED_TO.has(m.cls));
    if (!whole) continue;
    // ("linked to the al-Qaeda affiliate JNIM": to the affiliate the parent's name modifies)
    if (AFFILIATE_NOUNS.has(lower[whole.to] ?? '')) whole = actors(ms).find((m) => m.from === whole!.to + 1 && TIED_TO.has(m.cls)) ?? whole;
    let b = k - 1;
    while (b > 0 && (BE.has(lower[b]!) || t[b]!.pos === 'ADV')) b--;
    if (RELATIVE.has(lower[b]!)) b--;
    // ("Katiba Serma, a unit linked to JNIM": back over the noun in apposition, a description of the name too: "Lakurawa, a
    // jihadist group linked to …")
    const described = ms.find((m) => m.to === b + 1);
    if (t[b]?.pos === 'NOUN' && (!described || (described.kind === 'description' && INDEFINITE.has(lower[described.from - 1] ?? '') && t[described.from - 2]?.text === ','))) b = appositionStart(t, b, 5);
    const part = t[b]?.text === ','
      ? antecedentBefore(s, actors(ms).filter((m) => TIED_TO.has(m.cls)), b)
      : actors(ms).find((m) => m.to === b + 1 && TIED_TO.has(m.cls));
    if (part && (part.kind === 'name' || part.kind === 'acronym')) add(cx, part, 'memberOf', whole, `relation.tied.${lower[k]}`, 0.7, k);
  }
}

function driveOutRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.DriveOut]) {
    if (k < 1 || k + 1 >= t.length || t[k]!.pos !== 'VERB') continue;
    const out = t.findIndex((x, i) => i > k && i <= k + 9 && x.norm === 'out');
    // ("ordered the UN peacekeeping mission, MINUSMA, out of the country": over a name in apposition)
    if (out < 0 || (anyPunct(t, k, out) && !(t.slice(k, out).every((x) => x.text === ',' || x.pos !== 'PUNCT') && commasOfApposedNames(t, ms, k, out))) || out > k + 6 && !anyPunct(t, k, out)) continue;
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) continue;
    // ("French troops were forced out of Mali, Burkina Faso and Niger": the passive subject leaves every place listed)
    if (BE.has(lower[k - 1] ?? '') && out === k + 1 && lower[out + 1] === 'of') {
      const left = actors(ms).filter((m) => m.to <= k - 1 && m.from >= cFrom && !governingPreposition(s, m)).pop();
      for (const p of listedFrom(t, places(ms), out + 2, true)) add(cx, left, 'withdrewFrom', p, `relation.driven-out.${t[k]!.lemma}`, 0.7, k);
      const byAt = findToken(s, 'by', out + 2, Math.min(t.length, out + 12));
      add(cx, byAt > 0 ? actors(ms).find((m) => m.from === byAt + 1 || (m.from === byAt + 2 && lower[byAt + 1] === 'the')) : undefined, 'opposes', left, `relation.driven-out.${t[k]!.lemma}`, 0.75, k);
      continue;
    }
    // ("prompting Washington to pull around 75 personnel out": the one told to act is the infinitive's subject, and
    // when it is no actor of the graph — a capital read as a town — nobody else is)
    const told = lower[k - 1] === 'to' ? ms.find((m) => m.to === k - 1) : undefined;
    const driver = told ? (isPlaceClass(told.cls) && told.cls !== 'Country' ? undefined : told) : actors(ms).filter((m) => m.to <= k && m.from >= cFrom && !governingPreposition(s, m)).pop()
      ?? (t[k - 1]?.text === ',' || t[k]!.norm.endsWith('ing') ? actors(ms).filter((m) => m.to <= k && !governingPreposition(s, m))[0] : undefined);
    const driven = actors(ms).find((m) => (m.from > k && m.to <= out) || (out === k + 1 && m.from > out && m.from <= out + 3));
    // ("the Pentagon decided to pull 75 soldiers out of Chad": who pulls its own troops out leaves the place)
    if (t[k]!.lemma === 'pull') {
      const from = lower[out + 1] === 'of' ? places(ms).find((m) => m.from > out + 1 && m.from <= out + 4) : undefined;
      const own = t.slice(k + 1, out).some((x) => FORCES_WORDS.has(x.norm));
      // (troops named only by a description are the puller's own, whatever state the article is about)
      if (own || driven) for (const who of [driver, driven?.kind === 'description' ? undefined : driven]) add(cx, who, 'withdrewFrom', from, 'relation.pull-out', 0.7, k);
      continue;
    }
    // ("Ansar Dine and AQIM took control of Timbuktu, shortly after …, and then pushed the MNLA out of the city": the doers the
    // act's trigger found — a second verb's are its first verb's — each one)
    const act = told ? undefined : cx.f.triggers.find((o) => o.k === k && !o.nominal && o.agents.length);
    const drivers = act ? act.agents.filter((m) => m.entity !== driven?.entity && !isPlaceClass(m.cls)) : driver ? [driver] : [];
    for (const d of drivers) add(cx, d, 'opposes', driven, `relation.drive-out.${t[k]!.lemma}`, 0.75, k);
    // ("out of the border town of Gamboru": through a town noun and its "of")
    // (not a demonym that only says whose the town is: "the Nigerian border town of Gamboru")
    const of = lower[out + 1] === 'of' ? places(ms).find((m) => m.from > out + 1 && !(m.kind === 'description' && m.cls === 'Country')
      && (m.from <= out + 5 || (m.from <= out + 7 && ofShare(t, lower, m.from)))) : undefined;
    // ("drove Boko Haram out of Damasak and Malam Fatori": every place listed with the first)
    for (const p of of ? listedFrom(t, places(ms), of.from) : []) {
      add(cx, driven, 'withdrewFrom', p, `relation.drive-out.${t[k]!.lemma}`, 0.7, k);
      // ("MUJAO drove the MNLA out of Gao": a force that drives another out of a town holds it)
      if (p.cls === 'Settlement' || p.cls === 'Site') for (const d of drivers) if (ARMED.has(d.cls)) add(cx, d, 'controls', p, `relation.drive-out.${t[k]!.lemma}`, 0.65, k);
    }
  }
}

/** Every comma in [from, to) opens or closes a name in apposition ("MINUSMA," in "the UN mission, MINUSMA, out of"). */
function commasOfApposedNames(t: Sentence['tokens'], ms: readonly ResolvedMention[], from: number, to: number): boolean {
  return t.slice(from, to).every((x, q) => x.text !== ',' || ms.some((m) => m.from === from + q + 1 && t[m.to]?.text === ',') || ms.some((m) => m.to === from + q));
}

function tiesRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Ties]) {
    const lemma = t[k]!.lemma;
    // "France, whose relations with the junta have collapsed", "Mali's ties with Algeria have soured": a
    // falling-out opposes the two.
    // ("after relations between France and the military junta in Bamako broke down": between the two a "between" names)
    const brokeDown = lemma === 'break' && lower[k + 1] === 'down';
    if ((SOURED.has(lower[k]!) || brokeDown) && k > 2) {
      const parties = ms.filter((m) => (!isPlaceClass(m.cls) || m.cls === 'Country') && m.cls !== 'Person');
      const between = t.findIndex((x, i) => i < k && i >= k - 14 && TIES.has(x.norm) && lower[i + 1] === 'between');
      if (between >= 0 && !anyToken(t, between, k, NEGATED) && !isUncertain(s, k, between)) {
        const sides = actorList(s, parties, between + 1, 3, true).filter((m) => m.to <= k);
        if (sides.length >= 2) add(cx, sides[0], 'opposes', sides[1], 'relation.soured-ties', 0.65, k);
        continue;
      }
      const rel = t.findIndex((x, i) => i < k && i >= k - 10 && TIES.has(x.norm) && lower[i + 1] === 'with');
      if (rel < 0 || anyToken(t, rel, k, NEGATED) || isUncertain(s, k, rel)) continue;
      const other = parties.find((m) => m.from > rel + 1 && m.from <= rel + 4 && m.to <= k);
      const owner = lower[rel - 1] === 'whose' && t[rel - 2]?.text === ',' ? parties.find((m) => m.to === rel - 2)
        : /^['’]s$/.test(t[rel - 1]?.text ?? '') ? parties.find((m) => m.to === rel - 1)
        : ['its', 'their'].includes(lower[rel - 1] ?? '') ? parties.filter((m) => m.to < rel - 1).pop() : undefined;
      add(cx, owner, 'opposes', other, 'relation.soured-ties', 0.65, k);
      continue;
    }
    // ("Having broken with France, the former colonial power, Mali's military rulers turned to Russia": a break
    // with a party opposes it; a participle opening the sentence belongs to the subject after its comma)
    if (lemma === 'break' && lower[k + 1] === 'with' && t[k]!.pos === 'VERB') {
      const [cFrom] = clauseAround(s, k);
      if (isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) continue;
      const parties = ms.filter((m) => (!isPlaceClass(m.cls) || m.cls === 'Country') && m.cls !== 'Person');
      // (not a possessive: "broken with Niger's Western partners" names no party)
      const other = parties.find((m) => (m.from === k + 2 || (m.from === k + 3 && lower[k + 2] === 'the')) && !/^['’]s$/.test(t[m.to]?.text ?? ''));
      const opening = lower[0] === 'having' || (k <= 2 && lower[k]!.endsWith('en'));
      const breaker = opening && other ? (() => {
        // (past the apposition of the party broken with: "France, the former colonial power,")
        let c = t.findIndex((x, i) => i > other.to && x.text === ',');
        if (c === other.to && t.slice(c + 1).findIndex((x) => x.text === ',') >= 0) c = other.to + 1 + t.slice(other.to + 1).findIndex((x) => x.text === ',');
        return parties.find((m) => m.from > c && !governingPreposition(s, m) && m !== other && !/^['’]s$/.test(t[m.to]?.text ?? ''));
      })() : parties.filter((m) => m.to <= k && m.from >= cFrom && !governingPreposition(s, m) && !/^['’]s$/.test(t[m.to]?.text ?? '')).pop();
      add(cx, breaker, 'opposes', other, 'relation.broke-with', 0.7, k);
      continue;
    }
    if (k < 1 || k + 3 >= t.length || !((lemma === 'break' || lemma === 'cut') && lower[k + 1] === 'off') && lemma !== 'sever' && !(lemma === 'cut' && TIES.has(lower[k + 1] ?? ''))) continue;
    const w = t.findIndex((x, i) => i > k && i <= k + 5 && x.norm === 'with');
    if (w < 0 || !t.slice(k + 1, w).some((x) => TIES.has(x.norm))) continue;
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) continue;
    const parties = ms.filter((m) => (!isPlaceClass(m.cls) || m.cls === 'Country') && m.cls !== 'Person');
    const breaker = parties.filter((m) => m.to <= k && m.from >= cFrom && !governingPreposition(s, m) && !/^['’]s$/.test(t[m.to]?.text ?? '')).pop()
      ?? ms.filter((m) => m.kind === 'pronoun' && m.to <= k && m.from >= cFrom).pop();
    const other = parties.find((m) => m.from > w && m.from <= w + 3);
    add(cx, breaker, 'opposes', other, 'relation.broke-ties', 0.75, k);
  }
}

function allyRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Ally]) {
    if (lower[k + 1] !== 'of') continue;
    let b = k - 1;
    while (b >= 0 && (t[b]!.pos === 'ADJ' || t[b]!.pos === 'ADV' || t[b]!.pos === 'DET')) b--;
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom)) continue;
    const partners = ms.filter((m) => (!isPlaceClass(m.cls) || m.cls === 'Country') && m.from > k + 1 && m.from <= k + 4 && !anyPunctOrVerb(t, k + 2, m.from));
    const parties = ms.filter((m) => !isPlaceClass(m.cls) || m.cls === 'Country');
    const who = t[b]?.text === ',' ? antecedentBefore(s, parties, b)
      : BE.has(lower[b] ?? '') ? parties.filter((m) => m.to <= b && m.from >= cFrom && !governingPreposition(s, m)).pop() : undefined;
    for (const p of partners.slice(0, 1)) add(cx, who, 'alliedWith', p, 'relation.ally-of', 0.7, k);
  }
}

function workRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Work]) {
    if (lower[k + 1] === 'with' || lower[k + 1] === 'alongside') { workWith(cx, k); continue; }
    if (lower[k + 1] !== 'for' || t[k]!.pos !== 'VERB') continue;
    const [cFrom, cTo] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom)) continue;
    const persons = ms.filter((m) => m.cls === 'Person');
    const person = lower[k - 1] === 'who' ? relativeAntecedent(s, persons, k - 1)
      : persons.filter((m) => m.to <= k && m.from >= cFrom && !governingPreposition(s, m)).pop();
    // The employers: the bodies listed after "for" ("the daily X, the weekly Y and the magazine Z").
    let at = k + 1;
    for (const o of actors(ms).filter((m) => m.from > k + 1 && m.to <= cTo + 1 && m.cls !== 'Person')) {
      if (!t.slice(at + 1, o.from).every((x) => x.text === ',' || x.norm === 'and' || x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'PROPN' || (x.pos === 'NOUN' && /^[a-z]/.test(x.text)))) break;
      if (JOINABLE.has(o.cls)) add(cx, person, 'memberOf', o, 'relation.works-for', 0.7, k);
      at = o.to - 1;
    }
  }
}

/**
 * "the Civilian JTF, a vigilante force formed last year to work with the army against Boko Haram": who works with a
 * force is its ally, and opposes those it works against. Who: the head of the apposition the purpose hangs on, else the
 * clause's subject.
 */
function workWith(cx: Context, k: number): void {
  const { s, t, mentions: ms } = cx;
  // (not what one is accused or suspected "of working with": "villagers it accuses of working with the army")
  if (t[k - 1]?.norm === 'of') return;
  const [cFrom, cTo] = clauseAround(s, k);
  if (isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) return;
  const parties = actors(ms).filter((m) => m.cls !== 'Person');
  let comma = -1;
  if (t[k - 1]?.norm === 'to') for (let i = k - 2; i >= 0 && comma < 0; i--) if (t[i]!.text === ',') comma = i;
  const who = (comma > 0 ? antecedentBefore(s, parties, comma) : undefined)
    ?? parties.filter((m) => m.to <= k && m.from >= cFrom && !governingPreposition(s, m)).pop();
  const partner = parties.find((m) => m.from > k + 1 && m.from <= k + 3 && t.slice(k + 2, m.from).every((x) => x.pos === 'DET'));
  add(cx, who, 'alliedWith', partner, 'relation.work-with', 0.7, k);
  const against = partner && t[partner.to]?.norm === 'against' ? parties.find((m) => m.from > partner.to && m.from <= partner.to + 3 && m.from < cTo + 1) : undefined;
  add(cx, who, 'opposes', against, 'relation.work-against', 0.7, k);
}

function serveRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Serve]) {
    // (the tagger may read "troops fight alongside …" as a noun: right after an actor it is the verb)
    if (t[k]!.pos !== 'VERB' && !actors(ms).some((m) => m.to === k)) continue;
    const [cFrom, cTo] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom)) continue;
    const who = actors(ms).filter((m) => m.to <= k && m.from >= cFrom && !governingPreposition(s, m) && m.cls !== 'Person').pop();
    if (!who) continue;
    // ("Nigerian troops fight alongside those of Chad and Niger in the Multinational Joint Task Force", "Chadian soldiers
    // serve in the MNJTF"): troops that fight or serve in a multinational force are part of it, and so are the states
    // whose troops they fight beside.
    // (past the clause, unless it is a relative clause set between commas: "Operation Barkhane, which fights jihadists across
    // the Sahel, has …, and Chadian soldiers have served in …")
    let aside = false;
    for (let j = Math.max(cFrom, 1); j < k && !aside; j++) aside = t[j - 1]!.text === ',' && ASIDE_RELATIVES.has(lower[j]!);
    const reach = aside ? cTo : Math.max(cTo, k + 20);
    const force = actors(ms).find((o) => o.from > k && o.from < reach && (o.cls === 'InternationalOrganization' || o.cls === 'StateForce') && prepBefore(s, o.from) === 'in' && o.entity !== who.entity);
    if (force) {
      add(cx, who, 'memberOf', force, `relation.${t[k]!.lemma}-in`, 0.7, k);
      if (lower[k + 1] === 'alongside' && lower[k + 2] === 'those' && lower[k + 3] === 'of') {
        for (const m of listedFrom(t, ms.filter((o) => o.cls === 'Country'), k + 4)) if (m.to <= force.from) add(cx, m, 'memberOf', force, `relation.${t[k]!.lemma}-in`, 0.7, k);
      }
    }
    if (t[k]!.lemma !== 'serve') continue;
    for (const m of actors(ms).filter((o) => o.from > k && o.from < reach && o.cls !== 'Person')) {
      const prep = prepBefore(s, m.from);
      if (prep === 'with' && (m.cls === 'InternationalOrganization' || m.cls === 'StateForce') && !t.slice(k + 1, m.from).some((x) => x.norm === 'against')) add(cx, who, 'memberOf', m, 'relation.serve-with', 0.7, k);
      else if (prep === 'against') add(cx, who, 'opposes', m, 'relation.serve-against', 0.7, k);
    }
  }
}

/** Verbs of having or keeping: "France has kept troops in Mali", "where Barkhane has its main base". */
const HAVE: ReadonlySet<string> = new Set(['has', 'have', 'had', 'keeps', 'keep', 'kept', 'maintains', 'maintain', 'maintained']);
/** Verbs of setting up a base or a position one then holds: "had established a position on Karamga". */
const ESTABLISH: ReadonlySet<string> = new Set(['establish', 'build', 'open']);

function troopsRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Troops]) {
    let b = k - 1;
    while (b >= 0 && (t[b]!.pos === 'NUM' || t[b]!.pos === 'ADJ' || ['about', 'some', 'around', 'nearly', 'almost', 'roughly', 'over', 'more', 'than'].includes(lower[b]!))) b--;
    // (a number or a word of size between, or a verb of keeping: "France has kept troops in Mali", "the FACT still keeps
    // fighters in southern Libya"; not "has troops")
    if (!HAVE.has(lower[b] ?? '') || (b === k - 1 && /^ha[sdv]/.test(lower[b]!))) continue;
    const [cFrom] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom)) continue;
    const owners = ms.filter((m) => (!isPlaceClass(m.cls) || m.cls === 'Country') && m.cls !== 'Person');
    // ("The United States, which has about 1,100 troops in Niger, …": the antecedent of the relative)
    const who = owners.filter((m) => m.to <= b && m.from >= cFrom && !governingPreposition(s, m)).pop()
      ?? (RELATIVE.has(lower[b - 1] ?? '') && t[b - 2]?.text === ',' ? antecedentBefore(s, owners, b - 2) : undefined);
    const where = places(ms).filter((m) => m.from > k && m.from <= k + 7 && !anyPunctOrVerb(t, k, m.from)).pop();
    // ("movements such as the FACT and the CCMSR still keep fighters in Libya": each one the subject lists)
    if (who && where) for (const w of coordinated(who, owners, s)) if (w.entity !== where.entity) add(cx, w, 'locatedIn', where, 'relation.troops-in', 0.7, k);
  }
}

function presenceRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Presence]) {
    const [cFrom, cTo] = clauseAround(s, k);
    if (isUncertain(s, k, cFrom) || anyToken(t, cFrom, k, NEGATED)) continue;
    // ("Baga, a Nigerian fishing town … that hosted the headquarters of the Multinational Joint Task Force": the body whose seat a
    // town hosts is there)
    if (t[k]!.lemma === 'host' && t[k]!.pos === 'VERB' && lower[k + 1] === 'the' && SEATS.has(lower[k + 2] ?? '') && lower[k + 3] === 'of') {
      const body = actors(ms).find((m) => (m.from === k + 4 || (m.from === k + 5 && lower[k + 4] === 'the')) && m.cls !== 'Person' && !isPlaceClass(m.cls));
      const town = places(ms).filter((m) => m.to <= k && m.to >= k - 16 && m.kind === 'name' && m.cls !== 'Region' && !governingPreposition(s, m)).pop();
      if (body && town) add(cx, body, 'locatedIn', town, 'relation.hosts-seat', 0.7, k);
      continue;
    }
    const parties = ms.filter((m) => !isPlaceClass(m.cls) || m.cls === 'Country');
    // Who: the noun phrase a participle follows ("troops based in"), else the clause's subject or the
    // antecedent of its relative pronoun, or the head of an apposition closing right before.
    // ("Cameroon's army … holds positions along this border, and Chadian troops have been deployed in the Far North": the
    // subject of the clause ", and" opens)
    let own = cFrom;
    for (let i = k - 1; i > cFrom; i--) if (t[i]!.text === ',' && (lower[i + 1] === 'and' || lower[i + 1] === 'but')) { own = i + 2; break; }
    const before = parties.filter((m) => m.to <= k && m.from >= own && !OBLIQUE_PREPS.has(prepBefore(s, m.from)) && !AFFILIATE_NOUNS.has(lower[m.to] ?? '')
      && !/^['’]s$/.test(t[m.to]?.text ?? ''));
    // ("A smaller unit of the alliance, the Katiba Serma, operated in …": a name apposed to a subject no name heads)
    const apposedName = t[k - 1]?.text === ',' && !parties.some((m) => m.from <= 1) ? parties.find((m) => m.to === k - 1 && (m.kind === 'name' || m.kind === 'acronym')
      && (t[m.from - 1]?.text === ',' || (t[m.from - 1]?.pos === 'DET' && t[m.from - 2]?.text === ','))) : undefined;
    const who = parties.find((m) => m.to === k) ?? apposedName ?? (t[k - 1]?.text === ',' ? antecedentBefore(s, parties, k - 1) : undefined)
      ?? (RELATIVE.has(lower[cFrom - 1] ?? '') && t[cFrom - 2]?.text === ',' ? relativeHolder(s, t, parties, cFrom - 2) : undefined)
      // ("Barkhane, which fights jihadists across the Sahel, has its headquarters in N'Djamena")
      ?? before[0] ?? (t[cFrom - 1]?.text === ',' ? beforeRelative(s, parties, cFrom - 1) : undefined);
    if (!who || who.cls === 'Person') continue;
    // ("jihadist factions operating in northern Mali": a participle after a noun no mention covers describes
    // that noun, not the clause's subject; "accuses Cotonou of hosting French troops": an accusation's content)
    // ("FACT, a rebel group based in southern Libya": unless that noun heads an apposition to a name)
    const apposed = t[k - 1]?.pos === 'NOUN' && !ms.some((m) => m.to === k) ? appositionStart(t, k - 1, 6) : -1;
    const named = t[apposed]?.text === ',' && GROUP_WORDS.has(lower[k - 1] ?? '') ? antecedentBefore(s, parties.filter((m) => m.cls !== 'Person'), apposed) : undefined;
    if (named && !isPlaceClass(named.cls) && PRESENCE_PREPS.has(lower[k + 1] ?? '')) {
      const at = places(ms).filter((m) => m.from > k + 1 && m.from <= k + 6 && m.from < cTo && !t.slice(k + 1, m.from).some((x) => x.pos === 'VERB' || x.text === ','));
      for (const p of at.slice(0, 2)) add(cx, named, 'locatedIn', p, `relation.presence.${lower[k]}`, 0.7, k);
      continue;
    }
    if (t[k - 1]?.pos === 'NOUN' && !ms.some((m) => m.to === k) || lower[k - 1] === 'of') continue;
    const verb = t[k]!.lemma;
    if (verb === 'host') {
      // (and a country's guests are on its soil: "Chad is one of the few countries still hosting French forces")
      for (const b of actorList(s, ms, k, 3).filter((m) => m.cls === 'StateForce' || m.cls === 'PrivateMilitaryCompany')) {
        add(cx, who, 'alliedWith', b, 'relation.host', 0.7, k);
        if (who.cls === 'Country') add(cx, b, 'locatedIn', who, 'relation.host', 0.7, k);
      }
    } else if (verb === 'contribute' || verb === 'send' || verb === 'provide' || verb === 'commit') {
      const to = t.findIndex((x, i) => i > k && i <= k + 4 && x.norm === 'to' && FORCES_WORDS.has(lower[i - 1] ?? ''));
      // (a mission, or a joint force: "committed soldiers to the Multinational Joint Task Force")
      const org = to > 0 ? ms.find((m) => m.from > to && m.from <= to + 8 && (m.cls === 'InternationalOrganization' || m.cls === 'StateForce') && m.from < cTo) : undefined;
      add(cx, who, 'memberOf', org, 'relation.contribute', 0.7, k);
    } else if (BE.has(lower[k - 1] ?? '') && !isPlaceClass(who.cls) && where(s, cFrom, k) >= 0) {
      // "Kamboinsin, where around 400 French special forces are stationed": the place the clause hangs on.
      const w = where(s, cFrom, k);
      add(cx, who, 'locatedIn', places(ms).find((m) => m.to === w), `relation.presence.${lower[k]}`, 0.7, k);
    // ("ISWAP operates from islands and marshland on Lake Chad": where a body operates from, it is)
    // ("The force operated mainly in the Ménaka region": past an adverb of degree)
    } else if ((PRESENCE_PREPS.has(lower[k + 1] ?? '') || (MAINLY.has(lower[k + 1] ?? '') && PRESENCE_PREPS.has(lower[k + 2] ?? ''))
      // ("is based on the islands of Lake Chad")
      || (BASED.has(lower[k]!) && (lower[k + 1] === 'near' || lower[k + 1] === 'on')) || (verb === 'operate' && lower[k + 1] === 'from')
      // ("JNIM fighters also move through the region", "roam the Tillaberi region": a group that ranges over a place is there)
      || (ROAMING.has(verb) && (lower[k + 1] === 'through' || lower[k + 1] === 'freely' || (verb !== 'move' && t[k + 1]?.pos === 'DET')))) && !isPlaceClass(who.cls)) {
      // ("special forces stationed near Ouagadougou": a base near a town is a presence there too)
      // The places of the phrase: those before the next verb or comma-plus-verb, at most four.
      // (not the states along whose borders it is: "regrouped in the Sambisa Forest and along the borders with Cameroon, Chad")
      const where = places(ms).filter((m) => m.from > k + 1 && m.from <= k + 12 && m.from < cTo && !t.slice(k + 1, m.from).some((x, q) => x.pos === 'VERB' || ((x.norm === 'border' || x.norm === 'borders') && lower[k + 2 + q] === 'with')));
      // ("JNIM and the ISGS are active in the Liptako-Gourma": every subject listed with the first)
      // ("JNIM, the ISGS and Ansarul Islam operate in": the list the subject closes, too)
      const bodies = parties.filter((m) => !isPlaceClass(m.cls) && m.cls !== 'Person');
      const chain = before[0] && !isPlaceClass(before[0].cls) ? listedFrom(t, bodies.filter((m) => m.to <= k), before[0].from, true) : [];
      // ("Both JNIM, led by Iyad Ag Ghaly, and the rival ISGS operate in …": "both" pairs the one after it with the subject
      // that ", and" opens, past an aside)
      const both = lower[own - 1] === 'and' ? t.findLastIndex((x, q) => q < own && q >= own - 16 && x.norm === 'both') : -1;
      const first = both >= 0 ? bodies.find((m) => m.from === both + 1 && m.entity !== who.entity) : undefined;
      const listed = [...(first ? [first] : []), ...(chain.includes(who) ? chain : [who])];
      for (const w of listed) for (const p of where.slice(0, 4)) add(cx, w, 'locatedIn', p, `relation.presence.${lower[k]}`, 0.7, k);
    }
  }
}

/** Adverbs of degree between a verb of presence and its preposition ("operated mainly in"). */
const MAINLY: ReadonlySet<string> = new Set(['mainly', 'mostly', 'chiefly', 'largely', 'primarily', 'principally', 'essentially', 'predominantly']);
/** Nouns that make a demonym its state's land ("Chadian soil", "Malian territory"). */
const SOIL: ReadonlySet<string> = new Set(['soil', 'territory', 'land', 'lands']);
/** Verbs of ranging over a place ("move through the region", "roam the bush"). */
const ROAMING: ReadonlySet<string> = new Set(['move', 'roam', 'range', 'prowl']);
/** A body's seat, and the words that say where it is ("is based in"). */
const SEATS = new Set(['headquarters', 'secretariat']);
/** Verbs of taking a military company on ("the junta hired the Wagner Group"). */
const HIRING: ReadonlySet<string> = new Set(['hire', 'contract', 'employ', 'enlist']);
/** A group's strongholds, said to be somewhere with "be". */
const HOLDS = new Set(['stronghold', 'strongholds', 'base', 'bases', 'hideout', 'hideouts', 'sanctuary', 'sanctuaries']);
const SEATED = new Set(['based', 'located', 'situated', 'headquartered']);

/**
 * The antecedent of a relative clause that opens at the comma `comma`, past a list of states that only complements the
 * noun before it ("the MNJTF, the regional force of Nigeria, Cameroon, Chad, Niger and Benin, which was headquartered in
 * N'Djamena"); a state that is itself the antecedent stays one ("Niger, which hosts French forces").
 */
function relativeHolder(s: Sentence, t: readonly Token[], parties: readonly ResolvedMention[], comma: number): ResolvedMention | undefined {
  const first = antecedentBefore(s, parties, comma);
  if (!first || first.cls !== 'Country') return first;
  const list = parties.filter((m) => m.cls === 'Country' && m.to <= comma);
  let q = list.length - 1;
  while (q > 0 && t.slice(list[q - 1]!.to, list[q]!.from).every((x) => x.text === ',' || x.norm === 'and')) q--;
  const of = list[q]!.from - 1;
  if (t[of]?.norm !== 'of') return first;
  // (the name the noun before "of" is apposed to: the last body before the comma that opens that noun's phrase)
  const opening = t.findLastIndex((x, i) => i < of && x.text === ',');
  return parties.filter((m) => !isPlaceClass(m.cls) && m.cls !== 'Person' && m.to <= opening).pop() ?? first;
}

function baseRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Base]) {
    let b = k - 1;
    while (b > 0 && t[b]!.pos === 'ADJ') b--;
    // ("Operation Barkhane, France's counter-terrorism force in the Sahel, whose headquarters are in N'Djamena": the
    // antecedent of "whose")
    if (lower[b] === 'whose' && t[b - 1]?.text === ',' && BE.has(lower[k + 1] ?? '') && PRESENCE_PREPS.has(lower[k + 2] ?? '')) {
      const owner = antecedentBefore(s, actors(ms).filter((m) => m.cls !== 'Person'), b - 1);
      const at = places(ms).find((m) => m.from > k + 2 && m.from <= k + 5 && !t.slice(k + 3, m.from).some((x) => x.pos === 'VERB' || x.text === ','));
      if (owner && !isPlaceClass(owner.cls)) add(cx, owner, 'locatedIn', at, 'relation.bases-in', 0.7, k);
      continue;
    }
    // ("the MNJTF, a regional force with its headquarters in N'Djamena", "a group with its bases in the Sambisa forest": the
    // noun "with" follows, or the name that noun is in apposition to)
    if ((lower[b] === 'its' || lower[b] === 'their') && lower[b - 1] === 'with' && PRESENCE_PREPS.has(lower[k + 1] ?? '')) {
      const bodies = actors(ms).filter((m) => m.cls !== 'Person' && !isPlaceClass(m.cls));
      const comma = appositionStart(t, b - 2, 8);
      const owner = bodies.find((m) => m.to === b - 1) ?? (t[comma]?.text === ',' && t[comma + 1]?.pos === 'DET' ? antecedentBefore(s, bodies, comma) : undefined);
      const at = places(ms).find((m) => m.from > k + 1 && m.from <= k + 4 && !t.slice(k + 2, m.from).some((x) => x.pos === 'VERB' || x.pos === 'ADP' || x.text === ','));
      if (owner && !isUncertain(s, k, clauseAround(s, k)[0])) add(cx, owner, 'locatedIn', at, 'relation.bases-in', 0.7, k);
      continue;
    }
    // ("began to use the islands and marshes of Lake Chad as rear bases": the places one uses as bases)
    let as = b;
    while (as > b - 3 && as > 0 && (t[as]!.pos === 'DET' || t[as]!.pos === 'ADJ' || t[as]!.pos === 'NOUN')) as--;
    if (lower[as] === 'as') {
      b = as;
      const use = t.findLastIndex((x, i) => i < b && i >= b - 10 && x.lemma === 'use' && x.pos === 'VERB');
      const [cFrom] = clauseAround(s, k);
      // (a verb coordinated with the one before shares its subject: "it seized …, and began to use …")
      const subjects = use > 0 ? actors(ms).filter((m) => m.to <= use && m.cls !== 'Person' && !governingPreposition(s, m)) : [];
      const owner = subjects.filter((m) => m.from >= cFrom).pop() ?? subjects[0];
      const used = use > 0 ? places(ms).filter((m) => m.from > use && m.to <= b && m.kind !== 'description') : [];
      if (owner && !isUncertain(s, k, cFrom)) for (const p of used.slice(0, 3)) add(cx, owner, 'locatedIn', p, 'relation.used-as-base', 0.7, k);
      continue;
    }
    // ("The group's permanent secretariat is based in Nouakchott", "ECOWAS's headquarters are in Abuja", "its headquarters
    // in Sévaré was destroyed": a body's seat is where the body is)
    // (one a body has, "Barkhane … has its headquarters in N'Djamena", is read below)
    if (SEATS.has(lower[k]!) && (/^['’]s?$/.test(t[b]?.text ?? '') || ((lower[b] === 'its' || lower[b] === 'their') && !HAVE.has(lower[b - 1] ?? '') && lower[b - 1] !== 'with'))) {
      // ("its": the sentence's subject, "The G5 Sahel joint force struggled …, and in June 2018 its headquarters in Sévaré …")
      const owner = lower[b] === 'its' || lower[b] === 'their' ? actors(ms).find((m) => m.to <= b && !governingPreposition(s, m)) : possessor(cx, b);
      let q = k + 1;
      if (BE.has(lower[q] ?? '')) q++;
      if (SEATED.has(lower[q] ?? '')) q++;
      const at = PRESENCE_PREPS.has(lower[q] ?? '') ? places(ms).find((m) => m.kind === 'name' && m.from > q && m.from <= q + 2) : undefined;
      if (owner && owner.cls !== 'Person' && !isPlaceClass(owner.cls) && !isUncertain(s, k, clauseAround(s, k)[0])) add(cx, owner, 'locatedIn', at, 'relation.seat-in', 0.7, k);
      continue;
    }
    // ("Its main strongholds are on the islands of Lake Chad", "Boko Haram's main stronghold is the Sambisa Forest": where a
    // group's strongholds are, it is)
    if (HOLDS.has(lower[k]!) && BE.has(lower[k + 1] ?? '') && (/^['’]s?$/.test(t[b]?.text ?? '') || lower[b] === 'its' || lower[b] === 'their')) {
      const bodies = actors(ms).filter((m) => m.cls !== 'Person' && !isPlaceClass(m.cls));
      const prev = cx.f.previous;
      const owner = lower[b] === 'its' || lower[b] === 'their'
        ? bodies.find((m) => m.to <= b && !governingPreposition(s, m)) ?? (b === 0 && prev ? actors(prev.mentions).find((m) => m.cls !== 'Person' && !isPlaceClass(m.cls) && !governingPreposition(prev.s, m)) : undefined)
        : possessor(cx, b);
      let q = k + 2;
      if (SEATED.has(lower[q] ?? '')) q++;
      const prep = PRESENCE_PREPS.has(lower[q] ?? '') || lower[q] === 'on';
      // (past the parts of the place: "on the shores and islands of Lake Chad")
      let p = prep ? q + 1 : q;
      while (p < t.length && p <= q + 7 && (t[p]!.pos === 'DET' || t[p]!.pos === 'ADJ' || (prep && (t[p]!.pos === 'NOUN' || t[p]!.pos === 'CCONJ' || lower[p] === 'of')))) p++;
      const at = places(ms).find((m) => m.from === p && m.kind === 'name');
      if (owner && at && !isUncertain(s, k, clauseAround(s, k)[0])) for (const w of listedFrom(t, places(ms), at.from)) add(cx, owner, 'locatedIn', w, 'relation.strongholds', 0.7, k);
      continue;
    }
    // (otherwise headquarters are read with the presence words)
    if (lower[k] === 'headquarters') continue;
    // ("attacked the base of the Volunteers for the Defence of the Homeland (VDP) in Nouna": the owner after "of")
    if (lower[k + 1] === 'of') {
      const owner = actors(ms).find((m) => m.from > k + 1 && m.from <= k + 3 && t.slice(k + 2, m.from).every((x) => x.pos === 'DET') && m.cls !== 'Person');
      let e = owner ? owner.to : -1;
      if (t[e]?.text === '(') while (e < t.length && t[e - 1]!.text !== ')') e++;
      // ("the camp of the UN mission, MINUSMA, at Aguelhok": past the name set beside the owner)
      const named = t[e]?.text === ',' ? ms.find((m) => m.from === e + 1 && m.entity === owner!.entity) : undefined;
      if (named && t[named.to]?.text === ',') e = named.to + 1;
      const at = e > 0 && PRESENCE_PREPS.has(lower[e] ?? '') ? places(ms).find((m) => m.kind === 'name' && m.from > e && m.from <= e + 2) : undefined;
      if (owner && !isPlaceClass(owner.cls) && !t.slice(Math.max(0, b - 4), b).some((x) => GIVING_UP.has(x.lemma))) add(cx, owner, 'locatedIn', at, 'relation.bases-in', 0.7, k);
      continue;
    }
    // ("MINUSMA keeps a camp in Ménaka", "had established a position on Karamga": a base one has or sets up)
    // (past a noun before the base's: "is building a drone base in Agadez")
    let d = b;
    if (d > 0 && t[d]!.pos === 'NOUN') d--;
    // ("run counterterrorism missions across the Sahel from a base in Niamey": one acts from a base of its own)
    const had = (lower[d] === 'a' || lower[d] === 'an') && (HAVE.has(lower[d - 1] ?? '') || ESTABLISH.has(t[d - 1]?.lemma ?? '') || (lower[d - 1] === 'up' && lower[d - 2] === 'set')
      || (lower[d - 1] === 'from' && lower[k] !== 'position'));
    // (a position is one that is held, not attacked or overrun)
    if (lower[k] === 'position' && !had) continue;
    // ("a position on Karamga", "a base on the island of …": on an island)
    if (!PRESENCE_PREPS.has(lower[k + 1] ?? '') && !(lower[k + 1] === 'on' && (lower[b] === 'a' || lower[b] === 'an'))) {
      // ("Gao, in Mali, where Barkhane has its main base": the place the clause hangs on)
      if ((lower[b] === 'its' || lower[b] === 'their') && HAVE.has(lower[b - 1] ?? '')) whereBased(cx, k, b);
      continue;
    }
    // (bases handed over, left or closed are bases no more: "handed their bases in Timbuktu over to the army")
    // ("its bases in Kidal, Tessalit and Timbuktu will close": nor those the clause gives up after them)
    // ("pulled its last troops out of its camp at Ber": nor those one moves out of)
    if (t.slice(Math.max(0, b - 4), b).some((x) => GIVING_UP.has(x.lemma)) || (lower[b - 1] === 'of' && lower[b - 2] === 'out') || t.slice(k + 1, k + 12).some((x, q) => GIVING_UP.has(x.lemma) && (x.pos === 'VERB' || ['will', 'would', 'to', 'be'].includes(lower[k + q] ?? '')))) continue;
    // ("… lost 40 soldiers when Boko Haram overran its base in Kaiga": a base one attacks or takes is another's)
    if ((lower[b] === 'its' || lower[b] === 'their') && t[b - 1]?.pos === 'VERB' && (HOSTILE.has(t[b - 1]!.lemma) || EVENT_TRIGGERS[t[b - 1]!.lemma] === 'Capture')) continue;
    const [cFrom] = clauseAround(s, k);
    // ("its bases": the clause's subject — "Paris has flown troops into Bamako from its bases in Chad" is not the troops')
    // (a base one has is the subject's: "The Malian Armed Forces keep a camp in Ansongo")
    const subjects = lower[b] === 'its' || lower[b] === 'their' || had ? ms.filter((m) => m.from >= cFrom && m.to <= b && !governingPreposition(s, m) && m.cls !== 'Person') : [];
    // ("Nigerien troops repelled an attack by Boko Haram fighters on their base": with no name for subject, a description
    // is the clause's subject, not the attacker its by-phrase names)
    const named = subjects.find((m) => m.kind === 'name' || m.kind === 'acronym' || (had && m.kind === 'description'))
      ?? (lower[b] === 'their' && t[b - 1]?.norm === 'on' ? subjects.find((m) => m.kind === 'description' && m.from === cFrom && !isPlaceClass(m.cls)) : undefined);
    const owner = named ?? (lower[b] === 'his' || lower[b] === 'her' ? undefined : possessor(cx, b));
    // (past the place's noun: "in the northern city of Agadez")
    const at = places(ms).find((m) => m.kind === 'name' && m.from > k + 1 && m.from <= k + 6
      && !t.slice(k + 2, m.from).some((x, q) => x.pos === 'VERB' || (x.pos === 'ADP' && !(x.norm === 'of' && SETTLEMENT_NOUNS.has(lower[k + 1 + q] ?? ''))) || x.text === ','));
    // ("France has a base in Niamey", "the United States is building a drone base in Agadez": a state that keeps or
    // builds a base abroad is there, through its forces; not the state the article is about, whose bases are its own land's)
    const abroad = had && owner?.cls === 'Country' && at !== undefined && at.entity !== owner.entity && owner.entity !== cx.f.focusCountry;
    if (owner && (!isPlaceClass(owner.cls) || abroad)) add(cx, owner, 'locatedIn', at, `relation.bases-in`, 0.7, k);
  }
}

/** "…, where X has its (main) base": X is located at the place the where-clause hangs on (past an aside ", in Mali,"). */
function whereBased(cx: Context, k: number, b: number): void {
  const { s, t, mentions: ms } = cx;
  const [cFrom] = clauseAround(s, k);
  const w = where(s, cFrom, b);
  if (w < 0 || isUncertain(s, k, cFrom)) return;
  // (a name: "where they had their sanctuaries" leaves "they" to the pronoun's guess)
  const owner = ms.find((m) => m.from > w && m.to <= b - 1 && !governingPreposition(s, m) && !isPlaceClass(m.cls) && m.cls !== 'Person' && (m.kind === 'name' || m.kind === 'acronym'));
  let at = places(ms).find((m) => m.to === w);
  const wider = at && t[at.from - 1]?.norm === 'in' && t[at.from - 2]?.text === ',' ? places(ms).find((m) => m.to === at!.from - 2) : undefined;
  if (wider) at = wider;
  if (owner) add(cx, owner, 'locatedIn', at, 'relation.bases-in', 0.7, k);
}

function affiliateRule(cx: Context): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Affiliate]) {
    // ("an alliance of the MNLA, the HCUA and the MAA" is made of them: groupings(cx) reads it)
    if (k < 1 || (COALITION_NOUNS.has(lower[k]!) && lower[k + 1] === 'of')) continue;
    let j = k - 1;
    while (j > 0 && t[j]!.pos === 'ADJ') j--;
    const whole = actors(ms).find((m) => (m.to === j + 1 || (m.to === j && /^['’]s$/.test(t[j]!.text))) && m.cls !== 'Person');
    if (!whole) {
      // "the ISSP, the regional branch of the Islamic State group", "X is the Sahel affiliate of Y": the part comes
      // first, in apposition or as the subject of "is".
      const at = lower[k + 1] === 'of' ? (lower[k + 2] === 'the' ? k + 3 : k + 2) : -1;
      // (over a compound modifier: "the central Malian branch of the al-Qaeda-aligned JNIM")
      const of = at > 0 ? actors(ms).find((m) => m.from >= at && m.from <= at + 5 && m.cls !== 'Person'
        && t.slice(at, m.from).every((x) => x.text === '-' || x.pos === 'ADJ' || x.norm === 'al' || TIED_WORDS.has(x.norm) || (x.pos === 'PROPN' && !ms.some((o) => o.from <= at && o.to > at)))) : undefined;
      let d = k - 1;
      // (over adjectives and a place as a modifier: "the Sahel affiliate of")
      while (d > 0 && (t[d]!.pos === 'ADJ' || t[d]!.pos === 'PROPN' && !actors(ms).some((m) => d >= m.from && d < m.to))) d--;
      if (!of || (lower[d] !== 'the' && lower[d] !== 'a' && lower[d] !== 'an')) continue;
      const part = t[d - 1]?.text === ',' ? antecedentBefore(s, actors(ms).filter((m) => m.cls !== 'Person'), d - 1)
        : BE.has(lower[d - 1] ?? '') ? actors(ms).filter((m) => m.to <= d - 1 && !governingPreposition(s, m) && m.cls !== 'Person').pop() : undefined;
      if (part && !isUncertain(s, k, clauseAround(s, k)[0])) add(cx, part, 'memberOf', of, 'relation.affiliate-of', 0.75, k);
      continue;
    }
    let open = whole.from - 1;
    // ("JNIM, the Sahel's main al Qaeda affiliate": determiners, adjectives and a place's possessive before it)
    for (;;) {
      if (open >= 0 && (t[open]!.pos === 'DET' || t[open]!.pos === 'ADJ')) open--;
      else if (/^['’]s$/.test(t[open]?.text ?? '') && places(ms).some((m) => m.to === open)) open = places(ms).find((m) => m.to === open)!.from - 1;
      else break;
    }
    // An apposition after the part ("JNIM, al-Qaeda's branch"), or the part named after ("… affiliate known as JNIM").
    const before = t[open]?.text === ',' ? actors(ms).find((m) => (m.to === open || (t[open - 1]?.text === ')' && m.to === open - 1)) && m.cls !== 'Person') : undefined;
    const named = (lower[k + 1] === 'known' && lower[k + 2] === 'as') ? k + 3 : lower[k + 1] === 'called' || lower[k + 1] === ',' ? k + 2 : -1;
    const after = named > 0 ? actors(ms).find((m) => m.from >= named && m.from <= named + 1 && m.cls !== 'Person') : undefined;
    add(cx, before ?? after, 'memberOf', whole, 'relation.affiliate', 0.75, k);
  }
}

/** Verbs of a where-clause whose subjects are in the place it hangs on: "…, where JNIM and the ISGS compete for territory". */
// ("Tazalit, where troops guard a settlement of refugees")
const THERE_VERBS = new Set(['compete', 'fight', 'operate', 'roam', 'hold', 'control', 'hide', 'remain', 'guard', 'patrol', 'garrison']);
/** Adjectives that say a subject is present: "…, where JNIM is active", "…, where French troops are deployed". */
const PRESENT = new Set(['active', 'present', 'based', 'entrenched', 'stationed', 'deployed', 'garrisoned', 'posted']);

/** "the Liptako-Gourma, where JNIM and the ISGS compete for territory": the where-clause's subjects are in that place. */
function whereTheyAre(cx: Context): void {
  const { s, t, lower, mentions: ms } = cx;
  for (const p of places(ms)) {
    if (t[p.to]?.text !== ',' || lower[p.to + 1] !== 'where') continue;
    const subjects = listedFrom(t, ms.filter((m) => !isPlaceClass(m.cls) && m.cls !== 'Person'), p.to + 2, true);
    if (!subjects.length) continue;
    let v = subjects[subjects.length - 1]!.to;
    // ("where Russian fighters of the Wagner Group have operated": past the subject's complement)
    const of = lower[v] === 'of' ? ms.find((m) => m.from === v + 1 || (m.from === v + 2 && t[v + 1]!.pos === 'DET')) : undefined;
    if (of) v = of.to;
    while (t[v] && (t[v]!.pos === 'AUX' || t[v]!.pos === 'ADV')) v++;
    const present = THERE_VERBS.has(t[v]?.lemma ?? '') || (BE.has(lower[v - 1] ?? '') && PRESENT.has(lower[v] ?? ''));
    if (!present || isUncertain(s, v, p.to + 2) || anyToken(t, p.to + 2, v, NEGATED)) continue;
    for (const m of subjects) add(cx, m, 'locatedIn', p, 'relation.where-they-are', 0.65, v);
  }
}

/** Heads of an apposition that says where a body works: "MINUSMA, the United Nations mission in Mali". */
const PRESENCE_HEADS = new Set(['mission', 'force', 'operation', 'contingent', 'branch', 'affiliate', 'wing', 'franchise', 'offshoot']);

/**
 * "MINUSMA, the United Nations mission in Mali", "Barkhane, the French military operation in the Sahel": a body an
 * apposition calls a mission, a force or a branch somewhere is there — and part of the body (or the state) the
 * apposition names it after ("the French military operation": France's).
 */
function apposedPresence(cx: Context): void {
  const { s, t, lower, mentions: ms } = cx;
  for (let k = 2; k + 2 < t.length; k++) {
    if (!PRESENCE_HEADS.has(lower[k]!) || !PRESENCE_PREPS.has(lower[k + 1]!)) continue;
    // (the apposition opens with an article right after a comma, and holds no verb)
    let c = k - 1;
    while (c > 0 && c > k - 8 && t[c]!.text !== ',' && t[c]!.pos !== 'VERB' && t[c]!.pos !== 'AUX') c--;
    // ("JNIM, al-Qaeda's branch in the Sahel": or with a possessor)
    if (t[c]?.text !== ',' || !(['the', 'a', 'an'].includes(lower[c + 1] ?? '') || t.slice(c + 1, k).some((x) => /^['’]s$/.test(x.text)))) continue;
    const body = antecedentBefore(s, actors(ms).filter((m) => m.cls !== 'Person'), c);
    const at = places(ms).find((m) => m.kind === 'name' && (m.from === k + 2 || (m.from === k + 3 && lower[k + 2] === 'the')));
    if (!body || !at || body.entity === at.entity) continue;
    add(cx, body, 'locatedIn', at, 'relation.apposed-presence', 0.7, k);
    // (whose it is: a body or a state named inside the apposition, "the UN mission", "the French military operation")
    const owner = ms.find((m) => m.from > c + 1 && m.to <= k && m.entity !== body.entity && (m.cls === 'Country' || (!isPlaceClass(m.cls) && m.cls !== 'Person')));
    if (owner) add(cx, body, 'memberOf', owner, 'relation.apposed-presence', 0.7, k);
  }
}

function location(cx: Context): void {
  const { f, s, t, lower, mentions: ms, cues, out } = cx;
  const pl = places(ms);
  for (let i = 0; i < pl.length; i++) {
    const a = pl[i]!;
    const b = pl[i + 1];
    // (not "…in the Sahel region, France resumed": there the second place is a subject)
    const subjectAfter = b && VERB_TAGS.has(t[b.to]?.pos ?? '');
    // ("Mayo-Tsanaga, a department along the Nigerian border whose main town is Mokolo": the town lies in the place "whose" it is)
    if (a.cls === 'Settlement' && (lower[a.from - 1] === 'is' || lower[a.from - 1] === 'was') && SETTLEMENT_NOUNS.has(lower[a.from - 2] ?? '')) {
      const whose = t.findLastIndex((x, q) => q < a.from - 2 && q >= a.from - 5 && x.norm === 'whose');
      const owner = whose > 0 ? pl.filter((m) => m.to <= whose && m.cls === 'Region').pop() : undefined;
      if (owner && !t.slice(owner.to, whose).some((x) => x.pos === 'VERB')) add(cx, a, 'locatedIn', owner, 'relation.main-town', 0.7, a.from);
    }
    // ("Seno province of the Sahel region": a province lies in the region it is "of")
    if (b && !subjectAfter && (t[a.to]?.text === ',' && b.from === a.to + 1 || t[a.to]?.norm === 'of' && (b.from <= a.to + 2 || allTokens(t, a.to + 1, b.from, CHAIN_GAP)))
      && (rank(a) > rank(b) && rank(b) > 0 || t[a.to]?.norm === 'of' && widerPlace(a, b))) {
      add(cx, a, 'locatedIn', b, 'relation.place-apposition', 0.8, a.from);
      const c = pl[i + 2];
      if (c && (t[b.to]?.norm === 'of' || t[b.to]?.text === ',') && c.from <= b.to + 2 && rank(b) > rank(c) && rank(c) > 0) add(cx, a, 'locatedIn', c, 'relation.place-apposition', 0.7, a.from);
    }
    // ("the cercle of Niono (Ségou region)", "Diffa (Niger)": a wider place in brackets after a place holds it)
    if (b && t[a.to]?.text === '(' && b.from === a.to + 1 && (t[b.to]?.text === ')' || (REGION_NOUNS.has(lower[b.to] ?? '') && t[b.to + 1]?.text === ')')) && widerPlace(a, b)) {
      add(cx, a, 'locatedIn', b, 'relation.place-bracket', 0.75, a.from);
    }
    // ("reinforcements came from Fada N'Gourma, the regional capital": the capital of the region named last)
    if (a.cls === 'Settlement' && t[a.to]?.text === ',' && lower[a.to + 1] === 'the' && lower[a.to + 2] === 'regional' && lower[a.to + 3] === 'capital') {
      const region = pl.filter((m) => m.to <= a.from && m.cls === 'Region').pop()
        ?? places(f.previous?.mentions ?? []).filter((m) => m.cls === 'Region').pop();
      if (region) put(cx, a.entity, 'locatedIn', region.entity, 'relation.regional-capital', conf(0.7, a), a.from);
    }
    // ("Bassikounou, the last Mauritanian town before the border": a town in apposition with a state's demonym)
    // ("Baga, a Nigerian fishing town": past a noun that says what town)
    if (b && a.cls === 'Settlement' && b.cls === 'Country' && t[a.to]?.text === ',' && b.to === b.from + 1
      && (SETTLEMENT_NOUNS.has(lower[b.to] ?? '') || (t[b.to]?.pos === 'NOUN' && SETTLEMENT_NOUNS.has(lower[b.to + 1] ?? '')))
      && t[a.to + 1]?.pos === 'DET' && b.from - a.to <= 4 && t.slice(a.to + 2, b.from).every((x) => x.pos === 'ADJ')) {
      add(cx, a, 'locatedIn', b, 'relation.place-demonym', 0.7, a.from);
    }
    // ("the Tapoa province of the Est region": a name, its region noun, then "of" and the wider region; "the Dutsen Tanshi
    // area of Bauchi", "the Ksar district of Nouakchott", of a town)
    if (b && !subjectAfter && a.cls === 'Region' && REGION_NOUNS.has(lower[a.to] ?? '') && lower[a.to + 1] === 'of'
      && (b.from === a.to + 2 || (lower[a.to + 2] === 'the' && b.from === a.to + 3)) && (b.cls === 'Region' || b.cls === 'Country' || ((lower[a.to] === 'area' || lower[a.to] === 'district') && b.cls === 'Settlement'))) {
      // ("the Mayo-Tsanaga department of Cameroon's Far North Region": of the region the state owns)
      const owned = b.cls === 'Country' && /^['’]s$/.test(t[b.to]?.text ?? '') ? pl[i + 2] : undefined;
      add(cx, a, 'locatedIn', owned && owned.cls === 'Region' && owned.from === b.to + 1 ? owned : b, 'relation.place-of', 0.75, a.from);
    }
    // "Bankass in the Mopti region", "Dioura, also in the Mopti region", "Soum province in Burkina Faso":
    // a place, then "in" and a wider place, lies in it.
    // ("Farabougou, in the cercle of Niono": a town's district is wider than a town)
    // ("Adab-Dab, in the commune of Banibangou", "Zaroumdareye, in Ouallam department": a district named after its town)
    const district = b && b.from > a.to && a.cls === 'Settlement' && b.cls === 'Settlement' && a.entity !== b.entity
      && ((DISTRICT_NOUNS.has(lower[b.from - 2] ?? '') && lower[b.from - 1] === 'of') || (DISTRICT_NOUNS.has(lower[b.to] ?? '') && lower[b.to] !== 'area'));
    // ("the department of Kong, in the Tchologo region": regions by the nouns written with them)
    const nested = b && a.cls === 'Region' && b.cls === 'Region' && levelAt(lower, a) > levelAt(lower, b) && levelAt(lower, b) >= 0;
    if (b && !subjectAfter && b.from > a.to && (widerPlace(a, b) || district || nested) && placeInGap(t, a.to, b.from)) placeInWider(cx, pl, i, a, b);
    // "Djibo, the main town of Soum province", "Bamako, the capital of Mali", "Nassoumbou, a village in Soum",
    // "Konna, a town in the Mopti region".
    // ("Kerawa is a market town in the Kolofata district": through a copula too)
    if (b && (t[a.to]?.text === ',' || (a.from === 0 && lower[a.to] === 'is')) && b.from > a.to + 2 && b.from <= a.to + 9 && widerPlace(a, b)) placeApposedWider(cx, pl, i, a, b);
    // "Kamboinsin, on the outskirts of Ouagadougou": a place on another's edge lies in it.
    if (b && !subjectAfter && b.from > a.to + 2 && b.from <= a.to + 6 && anyToken(t, a.to, b.from, OUTSKIRTS) && allTokens(t, a.to, b.from, OUTSKIRTS_GAP) && rank(a) >= rank(b) && rank(b) > 0) {
      add(cx, a, 'locatedIn', b, 'relation.outskirts', 0.75, a.from);
    }
    // ("Gao lies on the left bank of the Niger River", "Baga, on the shores of Lake Chad": a place on a river's bank or a lake's
    // shore is near it)
    // (the subject of "lies", past an apposition: "Gao, the largest city of northern Mali, lies on …")
    // ("Ngouboua, a fishing village on the shore of Lake Chad in the Lac region of Chad": past an apposition's noun, and the
    // place it then says it is in holds it)
    const noun = t[a.to]?.text === ',' && (lower[a.to + 1] === 'a' || lower[a.to + 1] === 'an') ? shoreApposition(t, a.to + 2, b?.from ?? a.to) : -1;
    if (b && !subjectAfter && b.cls !== 'Country' && b.cls !== 'Settlement' && b.from > a.to + 2 && b.from <= a.to + 8 + (noun > 0 ? noun - a.to : 0) && anyToken(t, a.to, b.from, SHORES)
      && allTokens(t, noun > 0 ? noun : a.to, b.from, SHORES_GAP)) {
      const lies = anyToken(t, a.to, b.from, LYING) ? pl.find((m) => m.from < b.from && !governingPreposition(s, m)) : a;
      add(cx, lies, 'near', b, 'relation.shore', 0.7, a.from);
      const c = pl[i + 2];
      if (noun > 0 && c && lower[b.to] === 'in' && (c.from === b.to + 1 || (c.from === b.to + 2 && lower[b.to + 1] === 'the')) && rank(c) > 0 && rank(c) < rank(a)) {
        add(cx, a, 'locatedIn', c, 'relation.shore', 0.7, a.from);
      }
    }
    // "Burkina Faso's Sahel region": a country's own region or town.
    // ("Nigeria's north-eastern Borno state": directions and adjectives between)
    if (a.cls === 'Country' && b && /^['’]s$/.test(t[a.to]?.text ?? '') && (b.from === a.to + 1 || b.from <= a.to + 5 && allDirectionWords(t, a.to + 1, b.from)) && rank(b) > rank(a)) add(cx, b, 'locatedIn', a, 'relation.place-possessive', 0.8, a.from);
    // "Maiduguri, the Borno state capital", "Dori, the regional capital": a capital in apposition lies in the place named in it.
    if (b && t[a.to]?.text === ',' && lower[a.to + 1] === 'the' && b.from === a.to + 2 && rank(b) > 0 && rank(b) < rank(a)
      && (lower[b.to] === 'capital' || (REGION_NOUNS.has(lower[b.to] ?? '') || lower[b.to] === 'state') && lower[b.to + 1] === 'capital')) add(cx, a, 'locatedIn', b, 'relation.capital-of', 0.8, a.from);
    // ("near Ouahigouya, the provincial capital", "Dédougou, the regional capital": the province or region named last)
    if (a.cls === 'Settlement' && t[a.to]?.text === ',' && lower[a.to + 1] === 'the' && lower[a.to + 3] === 'capital' && CAPITAL_OF[lower[a.to + 2]!] && lower[a.to + 4] !== 'of') {
      add(cx, a, 'locatedIn', namedUnit(cx, CAPITAL_OF[lower[a.to + 2]!]!, a.from), 'relation.capital-of-unit', 0.7, a.from);
    }
    // "near the border with Burkina Faso", "Kati, outside Bamako"
    // (no actor between: "Burkina Faso expelled French forces stationed near Kamboinsin" puts the forces there, not the country)
    // (nor past a time: "Mali cuts ties with Ukraine after heavy losses near Algerian border" puts the losses there)
    if (b && b.from > a.to && b.from <= a.to + 8 && !ms.some((m) => m.from >= a.to && m.to <= b.from && !isPlaceClass(m.cls)) && !anyToken(t, a.to, b.from, TIME_PREPS)) placeNearPlace(cx, pl, i, a, b);
    // "the Malian locality of Boulikessi", "the Malian cities of Kidal, Gao and Timbuktu"
    // ("the Cameroonian border town of Bodo": over a noun or two that modify the town)
    let town = a.to;
    while (town < a.to + 2 && (t[town]?.pos === 'NOUN' || t[town]?.pos === 'ADJ') && /^[a-z]/.test(t[town]!.text) && !SETTLEMENT_NOUNS.has(lower[town]!)) town++;
    if (a.cls === 'Country' && a.kind === 'description' && SETTLEMENT_NOUNS.has(lower[town] ?? '') && lower[town + 1] === 'of') {
      for (const p of pl.filter((o) => o.from > town + 1 && o.from <= town + 10 && rank(o) > rank(a))) add(cx, p, 'locatedIn', a, 'relation.demonym-place', 0.8, a.from);
    }
  }
  // "Niger … on its border with Nigeria": the country that is the subject borders the one named.
  const subjectCountry = pl[0] && pl[0].from === 0 && pl[0].cls === 'Country' ? pl[0] : undefined;
  for (const k of subjectCountry ? cues[Cue.Its] : NO_CUES) {
    if (k < 1 || !anyToken(t, k + 1, k + 4, BORDER)) continue;
    const w = t.findIndex((x, i) => i > k && i <= k + 4 && x.norm === 'with');
    const other = w > 0 ? pl.find((m) => m.from > w && m.from <= w + 2 && m.cls === 'Country') : undefined;
    add(cx, subjectCountry, 'near', other, 'relation.border', 0.7, k);
  }
  // "the Tillabéri region, a vast area bordering Mali and Burkina Faso", "Niger borders Nigeria": places that border are near.
  if (cues[Cue.Bordering].length) borderingRule(cx, pl);
  if (cues[Cue.BorderWith].length) borderWithRule(cx, pl);
  // "Konna lies some 70 kilometres north of Mopti", "a plateau 25 kilometers from Kidal": a distance
  // between two places makes them near each other.
  if (cues[Cue.Distance].length) distanceRule(cx, pl);
  // "a reserve near Koure, south-east of Niamey": a bearing from a place makes the two near.
  for (let i = 0; i + 1 < pl.length; i++) {
    const a = pl[i]!, b = pl[i + 1]!;
    if (t[a.to]?.text !== ',' || b.from - a.to > 9 || lower[b.from - 1] !== 'of') continue;
    // ("Grand-Bassam, a resort town east of Abidjan": past the apposition's place noun phrase)
    let d = a.to + 1;
    if (lower[d] === 'a' || lower[d] === 'an' || lower[d] === 'the') {
      let q = d + 1;
      while (q < b.from && (t[q]!.pos === 'ADJ' || t[q]!.pos === 'NOUN') && !SETTLEMENT_NOUNS.has(lower[q]!)) q++;
      if (!SETTLEMENT_NOUNS.has(lower[q] ?? '')) continue;
      d = q + 1;
    }
    if (d >= b.from - 1 || !allTokens(t, d, b.from - 1, BEARING) || !anyToken(t, d, b.from - 1, DIRECTIONS)) continue;
    add(cx, a, 'near', b, 'relation.bearing', 0.7, a.from);
  }
  // "Benin, Togo's eastern neighbour", "its northern neighbours, Mali and Niger": a state's neighbours are near it.
  if (cues[Cue.Neighbour].length) neighbourRule(cx, pl);
  // "Mopti and the neighbouring garrison town of Sevare": next to the place named before.
  for (const at of cues[Cue.Neighbouring]) {
    const m = pl.find((o) => o.from > at && o.from - at <= 5);
    if (!m || !SETTLEMENT_NOUNS.has(lower[m.from - 2] ?? '') || lower[m.from - 1] !== 'of') continue;
    const before = pl.filter((o) => o.to <= at && o.to >= at - 4 && o.cls === m.cls);
    add(cx, before[before.length - 1], 'near', m, 'relation.neighbouring', 0.7, at);
  }
  // "Gamori, a nearby village", "Kolofata, a neighbouring town": a town in apposition with such a noun is near the town
  // named before it, in the sentence or up to three before
  for (const at of cues[Cue.Neighbouring]) {
    const a = pl.find((o) => o.cls === 'Settlement' && o.to === at - 2 && t[o.to]?.text === ',' && (lower[at - 1] === 'a' || lower[at - 1] === 'another'));
    if (!a || !SETTLEMENT_NOUNS.has(lower[at + 1] ?? '')) continue;
    const town = (o: ResolvedMention) => o.cls === 'Settlement' && o.entity !== a.entity && o.kind !== 'pronoun';
    let other = pl.filter((o) => o.to <= a.from && town(o)).pop();
    for (let back = s.index - 1; !other && f.article && back >= 0 && back >= s.index - 3; back--) other = places(f.article.bySentence[back]!).filter(town).pop();
    add(cx, a, 'near', other, 'relation.nearby', 0.7, at);
  }
  // "neighbouring Niger": next to the country the article is about.
  for (const m of pl) {
    if (m.cls === 'Country' && /^neighbou?ring$/.test(lower[m.from - 1] ?? '') && f.focusCountry && f.focusCountry !== m.entity) {
      out.push({ subject: [m.entity, f.focusCountry].sort()[0]!, predicate: 'near', object: [m.entity, f.focusCountry].sort()[1]!, evidence: [{ doc: f.docId, sentence: s.index, start: s.start, end: s.end, text: s.text, rule: 'relation.neighbouring', confidence: 0.7 }] });
    }
  }
}

/** The unit a capital's adjective names: "the regional capital" is a region's, "the provincial capital" a province's. */
const CAPITAL_OF: Readonly<Record<string, string>> = { regional: 'region', provincial: 'province', state: 'state', district: 'district', departmental: 'department' };

/**
 * The last region written with `unit` ("Yatenga province", "the Boucle du Mouhoun region") before token `before` of
 * this sentence, else in the four sentences before.
 */
function namedUnit(cx: Context, unit: string, before: number): ResolvedMention | undefined {
  const { f, s, lower } = cx;
  const written = (ms: readonly ResolvedMention[], norms: readonly string[], end: number) =>
    ms.filter((m) => m.cls === 'Region' && m.to <= end && (norms[m.to] === unit || norms[m.from - 1] === unit || norms.slice(m.from, m.to).includes(unit))).pop();
  let found = written(f.mentions, lower, before);
  for (let back = s.index - 1; !found && f.article && back >= 0 && back >= s.index - 4; back--) {
    const earlier = f.article.sentences[back]!;
    found = written(f.article.bySentence[back]!, earlier.norms, earlier.tokens.length);
  }
  return found;
}

function placeInWider(cx: Context, pl: readonly ResolvedMention[], i: number, a: ResolvedMention, b: ResolvedMention): void {
  const { t } = cx;
  // ("Doron Baga, in Nigeria's north-eastern Borno state": the country's own region is the place meant)
  const own = b.cls === 'Country' && /^['’]s$/.test(t[b.to]?.text ?? '') ? pl.find((o) => o.from > b.to && o.from <= b.to + 5 && widerPlace(a, o) && rank(o) > rank(b)) : undefined;
  add(cx, a, 'locatedIn', own ?? b, 'relation.place-in', 0.75, a.from);
  // "camps at Boulkessi and Mondoro, in the Mopti region": every place of the list before it.
  // ("Tchoma Bangou and Zaroumdareye, in Ouallam department": towns of the district a town names, too)
  const district = a.cls === 'Settlement' && b.cls === 'Settlement';
  for (let q = i - 1; q >= 0 && (rank(pl[q]!) > rank(own ?? b) || district && pl[q]!.cls === 'Settlement' && pl[q]!.entity !== b.entity) && (allTokens(t, pl[q]!.to, pl[q + 1]!.from, LIST_GAP) || allTokens(t, pl[q]!.to, pl[q + 1]!.from, NEIGHBOUR_GAP)) && pl[q]!.to < pl[q + 1]!.from; q--) {
    add(cx, pl[q], 'locatedIn', own ?? b, 'relation.place-in', 0.7, pl[q]!.from);
  }
}

function placeApposedWider(cx: Context, pl: readonly ResolvedMention[], i: number, a: ResolvedMention, b: ResolvedMention): void {
  const { t, lower } = cx;
  // ("Ouagadougou, the capital of neighbouring Burkina Faso", "Barsalogho, a town in north-central Burkina Faso")
  let p = b.from - 1;
  while (p > a.to && (t[p]!.pos === 'DET' || t[p]!.pos === 'ADJ' || t[p]!.text === '-' || DIRECTIONS.has(lower[p]!))) p--;
  if ((lower[p] === 'of' || lower[p] === 'in') && allPlaceNounPhrase(t, a.to + 1, p)) {
    add(cx, a, 'locatedIn', b, 'relation.place-apposition', 0.8, a.from);
    // ("Nodin and Soro, two villages in Thiou department": every place of the list the apposition follows)
    if (t[a.to + 1]?.pos === 'NUM') {
      for (let q = i - 1; q >= 0 && pl[q]!.cls === a.cls && pl[q]!.to < pl[q + 1]!.from && allTokens(t, pl[q]!.to, pl[q + 1]!.from, LIST_GAP); q--) {
        add(cx, pl[q], 'locatedIn', b, 'relation.place-apposition', 0.75, pl[q]!.from);
      }
    }
    // "Dori, the capital of Seno province and of the Sahel region"
    const c = pl[i + 2];
    if (c && c.from > b.to && anyToken(t, b.to, c.from, AND) && allTokens(t, b.to, c.from, AND_OF) && widerPlace(a, c)) add(cx, a, 'locatedIn', c, 'relation.place-apposition', 0.75, a.from);
  }
}

function placeNearPlace(cx: Context, pl: readonly ResolvedMention[], i: number, a: ResolvedMention, b: ResolvedMention): void {
  const { t } = cx;

  // "in Inates, Tillabéri Region, near the border with Mali", "Seytenga, in Seno province of the Sahel
  // region near the border with Niger": the place near is the head of the chain of places that
  // locate one another (and the places listed with it: "Boulkessi and Mondoro, in … near …").
  // ("Kolofata, close to the Nigerian border", "Dabanga, not far from the Nigerian border")
  // (not the state whose border it is: "close to Niger's borders with Burkina Faso and Mali" is near those two)
  const closeTo = t.slice(a.to, b.from).some((x, q, xs) => (x.norm === 'far' && xs[q - 1]?.norm === 'not' && xs[q + 1]?.norm === 'from')
    || (x.norm === 'close' && xs[q + 1]?.norm === 'to')) && !/^['’]s$/.test(t[b.to]?.text ?? '');
  // (the place after the near word is what is near, not one that locates another noun: "a locality near a gold mine in Soum
  // province" is in Soum, near the mine)
  const near = t.findLastIndex((x, q) => q >= a.to && q < b.from && (NEAR_WORDS.has(x.norm) || BORDER.has(x.norm) || x.norm === 'close' || x.norm === 'far'));
  if (near >= 0 && t.slice(near + 1, b.from).some((x) => x.pos === 'NOUN' && !BORDER.has(x.norm) && !SETTLEMENT_NOUNS.has(x.norm) && !REGION_NOUNS.has(x.norm))) return;
  if (anyToken(t, a.to, b.from, NEAR_WORDS) || closeTo || (anyToken(t, a.to, b.from, BORDER) && anyToken(t, a.to, b.from, WITH))) {
    // (not a state named as a modifier of the thing near: "a U.S. drone base near Agadez", "a US airstrike near Ajdabiya")
    // ("Dioura lies …, on the western edge of the Inner Niger Delta and close to the boundary with the Ségou Region": a second
    // locative joined by "and" says where the first one's place lies, not the place it named)
    const second = i > 0 && t[a.to]?.norm === 'and' && pl[i - 1]!.to < a.from && t.slice(pl[i - 1]!.to, a.from).some((x) => x.pos === 'ADP');
    for (const head of chainHeads(t, pl, second ? i - 1 : i)) if (!(head.cls === 'Country' && t[head.to]?.pos === 'NOUN' && /^[a-z]/.test(t[head.to]!.text))) add(cx, head, 'near', b, 'relation.near', 0.75, a.from);
  }
}

function borderingRule(cx: Context, pl: readonly ResolvedMention[]): void {
  const { s, t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.Bordering]) {
    if (k < 1) continue;
    // ("the area where Mali meets Niger and Burkina Faso": only a place that meets, right after "where")
    if (lower[k] === 'meets' && !(pl.some((m) => m.to === k) && lower[pl.find((m) => m.to === k)!.from - 1] === 'where')) continue;
    // ("the tri-border zone, where the frontiers of Niger, Mali and Burkina Faso meet": the zone is near each)
    if (lower[k] === 'meet') {
      if (!bordersMeet(s, ms, k)) continue;
      let w = k - 1;
      while (t[w]!.norm !== 'where') w--;
      const zone = t[w - 1]?.text === ',' ? pl.find((m) => m.to === w - 1) : undefined;
      for (const m of pl.filter((o) => o.from > w && o.to <= k)) add(cx, zone, 'near', m, 'relation.borders-meet', 0.7, k);
      continue;
    }
    const [cFrom] = clauseAround(s, k);
    const comma = appositionStart(t, k - 1, 6);
    const before = pl.filter((m) => m.to <= k && m.from >= Math.min(cFrom, comma >= 0 ? comma - 6 : cFrom));
    const head = t[comma]?.text === ',' ? pl.find((m) => m.to === comma) : before[before.length - 1];
    for (const m of listedFrom(t, pl, k + 1, true)) add(cx, head, 'near', m, 'relation.bordering', 0.7, k);
  }
}

/**
 * The places a chain of places that locate one another ends in at `pl[i]` is about: its most specific one, and those
 * listed with it ("Seytenga, in Seno province of the Sahel region near …" is Seytenga; "Boulkessi and Mondoro, in …").
 */
function chainHeads(t: Sentence['tokens'], pl: readonly ResolvedMention[], i: number): ResolvedMention[] {
  let q = i;
  // ("Tinzaouaten, a remote settlement in the Kidal region on the border with Algeria": through a place noun phrase)
  // ("Nampala, which lies in the Ségou region close to the border": through a relative clause that locates it)
  while (q > 0 && pl[q - 1]!.to < pl[q]!.from && (allTokens(t, pl[q - 1]!.to, pl[q]!.from, CHAIN_GAP) || allTokens(t, pl[q - 1]!.to, pl[q]!.from, LOCATING_GAP) || placePhraseGap(t, pl[q - 1]!.to, pl[q]!.from))
    && !(pl[q - 1]!.cls === pl[q]!.cls && allTokens(t, pl[q - 1]!.to, pl[q]!.from, LIST_GAP))) q--;
  // (the most specific place of the chain: "the Malian locality of Boulikessi, near …" is Boulikessi)
  const chain = pl.slice(q, i + 1);
  const top = Math.max(...chain.map(rank));
  const heads = chain.filter((m) => rank(m) === top).slice(0, 1);
  for (let r = pl.indexOf(heads[0]!) - 1; r >= 0 && pl[r]!.cls === heads[0]!.cls && pl[r]!.to < pl[r + 1]!.from && allTokens(t, pl[r]!.to, pl[r + 1]!.from, LIST_GAP); r--) heads.push(pl[r]!);
  return heads;
}

/**
 * "Mubi, a market town close to the border with Cameroon", "Kayes … lies close to Mali's borders with Senegal and
 * Mauritania", "Gogui sits on the border with Mauritania": the place the clause is about is near the states across
 * that border — the last place before it with no actor, no other verb and no clause break between (not the state whose
 * border it is).
 */
function borderWithRule(cx: Context, pl: readonly ResolvedMention[]): void {
  const { t, lower, mentions: ms, cues } = cx;
  for (const k of cues[Cue.BorderWith]) {
    // ("Mayo-Tsanaga, a department along the Nigerian border": the state's demonym before "border")
    const demonym = lower[k + 1] !== 'with' ? pl.find((m) => m.to === k && m.cls === 'Country' && m.from === k - 1 && lower[k - 2] === 'the' && ALONG.has(lower[k - 3] ?? '')) : undefined;
    if (lower[k + 1] !== 'with' && !demonym) continue;
    const across = demonym ? [demonym] : listedFrom(t, pl, k + 2, true).filter((m) => m.cls === 'Country');
    if (!across.length) continue;
    const end = demonym ? demonym.from : k;
    let at = -1;
    for (let q = pl.length - 1; q >= 0 && at < 0; q--) {
      const m = pl[q]!;
      if (m.to > end || end - m.to > 14) continue;
      if (m.cls === 'Country' && /^['’]s$/.test(t[m.to]?.text ?? '')) continue;
      // (nor a place that modifies a noun: "the Gulf of Guinea states that share a border with Burkina Faso")
      if (t[m.to]?.pos === 'NOUN' && /^[a-z]/.test(t[m.to]!.text) && !SETTLEMENT_NOUNS.has(lower[m.to]!) && !REGION_NOUNS.has(lower[m.to]!)) break;
      at = q;
    }
    const place = pl[at];
    if (!place || ms.some((m) => m.from >= place.to && m.to <= k && !isPlaceClass(m.cls))) continue;
    let gapOk = true;
    for (let i = place.to; i < k && gapOk; i++) gapOk = !((t[i]!.pos === 'VERB' && !LOCATING_VERBS.has(t[i]!.lemma)) || t[i]!.text === ';' || lower[i] === 'and' || lower[i] === 'but');
    if (!gapOk) continue;
    for (const head of chainHeads(t, pl, at)) for (const m of across) if (m.entity !== head.entity) add(cx, head, 'near', m, 'relation.border-with', 0.7, k);
  }
}
const LOCATING_VERBS = new Set(['lie', 'sit', 'be', 'locate', 'situate', 'stand']);
/** Prepositions of a place by a border: "along the Nigerian border". */
const ALONG = new Set(['along', 'near', 'on', 'at', 'by', 'astride']);

function neighbourRule(cx: Context, pl: readonly ResolvedMention[]): void {
  const { t, lower, cues } = cx;
  const states = pl.filter((m) => m.cls === 'Country');
  for (const k of cues[Cue.Neighbour]) {
    // (whose: "Togo's …neighbour", "Mali's seven neighbours"; or "its", the sentence's first state)
    let p = k - 1;
    while (p > 0 && (t[p]!.pos === 'ADJ' || t[p]!.pos === 'NUM' || DIRECTIONS.has(lower[p]!))) p--;
    const owner = /^['’]s$/.test(t[p]?.text ?? '') ? states.find((m) => m.to === p) : lower[p] === 'its' ? states.find((m) => m.to <= p && m.from === 0) : undefined;
    if (!owner) continue;
    // (the neighbours: the state in apposition before, "Benin, Togo's eastern neighbour"; or those listed after a comma)
    const before = t[owner.from - 1]?.text === ',' ? states.find((m) => m.to === owner.from - 1) : undefined;
    const after = t[k + 1]?.text === ',' ? listedFrom(t, states, k + 2, true) : [];
    for (const m of before ? [before] : after) if (m.entity !== owner.entity) add(cx, m, 'near', owner, 'relation.neighbour', 0.7, k);
  }
}

function distanceRule(cx: Context, pl: readonly ResolvedMention[]): void {
  const { s, t, lower, cues } = cx;
  for (const k of cues[Cue.Distance]) {
    if (k < 1) continue;
    let j = k + 1;
    // ("15km north-west of Bamako": a compass point may come in three tokens)
    while (j < t.length && (DIRECTIONS.has(lower[j]!) || (lower[j] === '-' && DIRECTIONS.has(lower[j + 1] ?? '')))) j++;
    if (lower[j] !== 'of' && lower[j] !== 'from') continue;
    const far = pl.find((m) => m.from > j && m.from <= j + 3);
    const [cFrom] = clauseAround(s, k);
    const near = pl.filter((m) => m.to <= k && m.from >= cFrom && m !== far && !(far && m.entity === far.entity));
    // (the place measured from is the most specific one before: "Barsalogho lies in Sanmatenga province, in the
    // Centre-Nord region, about 45 kilometers north of Kaya")
    const best = near.reduce<ResolvedMention | undefined>((best, m) => (!best || rank(m) > rank(best) ? m : best), undefined);
    // (a distance set off by a comma measures from the place right before it, when that place is as specific: "the
    // Damasak raids follow the script of the assault on Dikwa, some 90 kilometres east of Maiduguri")
    let c = k - 1;
    while (c > 0 && c >= k - 3 && t[c]!.text !== ',') c--;
    const atComma = t[c]?.text === ',' ? near.find((m) => m.to === c) : undefined;
    const from = atComma && best && rank(atComma) >= rank(best) ? atComma : best;
    add(cx, from, 'near', far, 'relation.distance', 0.7, k);
  }
}

/**
 * Whose is the noun after token b, a possessive: the actor the "'s" closes ("JNIM's rivalry"), the last actor before
 * "its"/"their" that is no person, the last person before "his"/"her" — or, opening the sentence, the person the
 * sentence before is about ("… led AQIM. His long feud with …").
 */
function possessor(cx: Context, b: number): ResolvedMention | undefined {
  const { f, t, lower, mentions: ms } = cx;
  if (/^['’]s$/.test(t[b]?.text ?? '')) return actors(ms).find((m) => m.to === b);
  // ("many Boko Haram camps in the Sambisa Forest": a group named as the noun's modifier)
  // ("the MINUSMA camp at Aguelhok", "the army base at Inates": a force or mission so named too, before a camp or base)
  const modifier = actors(ms).find((m) => m.to === b + 1 && ((m.cls === 'ArmedGroup' || m.cls === 'PrivateMilitaryCompany') && (m.kind === 'name' || m.kind === 'acronym')
    || (POSTED.has(lower[b + 1] ?? '') && (m.cls === 'StateForce' || m.cls === 'InternationalOrganization') && lower[pastAdjectives(t, m.from - 1)] === 'the')));
  if (modifier) return modifier;
  const personal = lower[b] === 'his' || lower[b] === 'her';
  if (!personal && lower[b] !== 'its' && lower[b] !== 'their') return undefined;
  return actors(ms).filter((m) => m.to <= b && (m.cls === 'Person') === personal).pop()
    ?? (personal && b === 0 ? f.previous?.mentions.find((m) => m.cls === 'Person' && !governingPreposition(f.previous!.s, m)) : undefined);
}

/** The position before the adjectives that end at `i` ("the large Barkhane base": from "large" back to "the"). */
function pastAdjectives(t: Sentence['tokens'], i: number): number {
  while (i > 0 && t[i]!.pos === 'ADJ') i--;
  return i;
}

/** A group named only as the parent of another: "al-Qaeda's Sahel branch", "al-Qaeda-linked", "loyal to the Islamic State". */
function affiliation(cx: Context, m: ResolvedMention): boolean {
  const { t, lower, mentions: ms } = cx;
  let j = m.to;
  if (/^['’]s$/.test(t[j]?.text ?? '')) j++;
  // (over adjectives and a place: "al-Qaeda's Sahel branch")
  while (t[j]?.pos === 'ADJ' || (t[j]?.pos === 'PROPN' && !ms.some((o) => o.from === j && !isPlaceClass(o.cls)))) j++;
  return AFFILIATE_NOUNS.has(lower[j] ?? '') || PART_WORDS.has(lower[j] ?? '') || (t[m.to]?.text === '-' && TIED_WORDS.has(lower[m.to + 1] ?? ''))
    || (TIED_PREPS.has(lower[m.from - 1] ?? '') && TIED_WORDS.has(lower[m.from - 2] ?? '')) || (lower[m.from - 1] === 'the' && TIED_PREPS.has(lower[m.from - 2] ?? '') && TIED_WORDS.has(lower[m.from - 3] ?? ''));
}

/**
 * A state force (or a military company) and an armed group named in a sentence that tells of violence are on
 * opposite sides, when no rule related them and they are not its doers together. A weak inference (confidence
 * 0.45, its own rule id): measured over 24 writer sets it adds more facts the writers annotate than it adds facts
 * they left out (relation F1 +0.03 on an unread set, precision -0.01 to -0.05 where it misfires).
 */
function sidesInViolence(cx: Context): void {
  const { f, lower, mentions: ms, out } = cx;
  // (most sentences tell of no violence: no list made for them)
  if (!f.triggers.some(isViolentAct)) return;
  // (fighting alongside another, with no enemy named, tells partners: "the VDP, who fight alongside the army")
  const violent = f.triggers.filter((tr) => isViolentAct(tr) && !(!tr.targets.length && lower[tr.end] === 'alongside'));
  if (!violent.length) return;
  const named = actors(ms).filter((m) => m.kind !== 'pronoun' && !(m.kind === 'description' && /s$/i.test(m.text)));
  const state = named.filter((m) => STATE_SIDE.has(m.cls));
  if (!state.length) return;
  // (not a parent named as an affiliation: "al-Qaeda's Sahel branch", "al-Qaeda-linked fighters", "loyal to the Islamic State")
  // (nor a group that only names whose outlets or propaganda: "a message relayed through Islamic State outlets")
  const rebels = named.filter((m) => m.cls === 'ArmedGroup' && !affiliation(cx, m) && !MEDIA_HEADS.has(lower[m.to] ?? ''));
  for (const a of state) for (const b of rebels) {
    if (a.entity === b.entity || out.some((r) => (r.subject === a.entity && r.object === b.entity) || (r.subject === b.entity && r.object === a.entity))) continue;
    // (nor two the gazetteer knows as allies: "the army said 17 soldiers and 36 VDP died" pairs the army with its auxiliaries)
    if (f.allied?.(a.entity, b.entity)) continue;
    if (violent.some((tr) => tr.agents.some((m) => m.entity === a.entity) && tr.agents.some((m) => m.entity === b.entity))) continue;
    // (nor two named together: "The city is held by the army and the Civilian JTF")
    if (listedTogether(cx.t, a.from < b.from ? a : b, a.from < b.from ? b : a)) continue;
    // (a group whose violence the sentence tells against another group, without the state side: "French forces
    // captured X of the ISGS, the rival organisation that has been fighting JNIM" — JNIM fights the ISGS here)
    if (!f.triggers.some((tr) => takesPart(tr, a.entity) && takesPart(tr, b.entity))
      && violent.some((tr) => takesPart(tr, b.entity) && facesGroup(tr, b.entity))) continue;
    // (a member named in the aside of a coalition that a rule opposed already: "the CSP-DPA, an alliance that includes the MNLA, fought the army")
    const within = out.filter((r) => r.predicate === 'memberOf' && r.subject === b.entity).map((r) => r.object);
    if (within.some((w) => out.some((r) => (r.subject === w && r.object === a.entity) || (r.object === w && r.subject === a.entity)))) continue;
    add(cx, a, 'opposes', b, 'relation.sides-in-violence', 0.45, Math.min(a.from, b.from));
  }
}

/** Whether `m` follows `prev` with only "and", commas and articles between: "the army and the Civilian JTF". */
function listedTogether(t: Sentence['tokens'], prev: ResolvedMention, m: ResolvedMention): boolean {
  let and = false;
  for (let i = prev.to; i < m.from; i++) {
    if (t[i]!.norm === 'and') and = true;
    else if (t[i]!.text !== ',' && t[i]!.pos !== 'DET') return false;
  }
  return and;
}

/** The entity is one of the trigger's agents or targets. */
function takesPart(tr: Trigger, e: string): boolean {
  return tr.agents.some((m) => m.entity === e) || tr.targets.some((m) => m.entity === e);
}
/** The trigger has an armed group other than the entity on either side. */
function facesGroup(tr: Trigger, e: string): boolean {
  return tr.agents.some((m) => m.entity !== e && m.cls === 'ArmedGroup') || tr.targets.some((m) => m.entity !== e && m.cls === 'ArmedGroup');
}

/**
 * How groups are made of others and who stands at their head, in the phrasings the cue rules do not read:
 * mergers ("A and B merged to form Y", "A merged with B to create Y", "the merger of A and B into Y"), a
 * coalition "of" its members in apposition ("Y, a coalition of A, B and C"), "A and B, both members of Y",
 * "A, one of Y's main components", "Its members include A and B"; "under the leadership of X", "X and his Y",
 * "Y, whose leader X", "X … at the head of Y".
 */
function groupings(cx: Context): void {
  const { f, s, t, lower, mentions: ms, cues } = cx;
  // (the words each phrasing below opens with, from the cue index: the other tokens pass every test)
  for (const k of cues[Cue.Grouping]) {
    const w = lower[k]!;
    // "the al-Qaeda-aligned JNIM": the compound says whose the group is
    if (TIED_WORDS.has(w) && t[k - 1]?.text === '-') {
      const parent = f.ties?.find((m) => m.to === k - 1) ?? actors(ms).find((m) => m.to === k - 1 && TIED_TO.has(m.cls));
      const part = blocLike(ms).find((m) => m.from > k && m.from <= k + 3 && t.slice(k + 1, m.from).every((x) => x.pos === 'ADJ' || x.pos === 'DET' || x.pos === 'NOUN'));
      if (parent && part && (part.kind === 'name' || part.kind === 'acronym')) add(cx, part, 'memberOf', parent, `relation.tied-compound.${w}`, 0.7, k);
      continue;
    }
    // "Ansar Dine and its ally AQIM", "JNIM's main partner, the Katiba Macina": an ally named after the noun
    if (w === 'ally' || w === 'partner') {
      let b = k - 1;
      while (b > 0 && t[b]!.pos === 'ADJ') b--;
      const ally = ms.find((m) => m.kind !== 'pronoun' && (m.from === k + 1 || (m.from === k + 2 && (t[k + 1]!.text === ',' || lower[k + 1] === 'the'))) && m.cls !== 'Person' && (!isPlaceClass(m.cls) || m.cls === 'Country'));
      if (ally && !isUncertain(s, k, clauseAround(s, k)[0])) add(cx, possessor(cx, b), 'alliedWith', ally, 'relation.ally-named', 0.7, k);
    }
    // "Ansar Dine was joined by the Katiba Macina, by Al-Mourabitoun and by …": who joins a group is part of it
    if (w === 'joined' && BE.has(lower[k - 1] ?? '') && lower[k + 1] === 'by') {
      const whole = blocLike(ms).find((m) => m.to === k - 1);
      const [, cTo] = clauseAround(s, k);
      for (const m of blocLike(ms).filter((o) => o.from > k + 1 && o.from < Math.max(cTo, k + 30) && prepBefore(s, o.from) === 'by' && !/^['’]s$/.test(t[o.to]?.text ?? '')
        && !ms.some((x) => x.from < o.from && x.from > k + 1 && lower[x.from - 1] === 'of' && x.to === o.from))) {
        if (whole && m.entity !== whole.entity) add(cx, m, 'memberOf', whole, 'relation.joined-by', 0.75, k);
      }
      continue;
    }
    // "the Katiba Macina of the Fulani preacher Amadou Koufa": a group "of" a man is his
    if (w === 'of' && t[k + 1]?.pos === 'DET') {
      const group = blocLike(ms).find((m) => m.to === k && m.cls === 'ArmedGroup' && m.kind !== 'description');
      // (past a description of him: "of the Fulani preacher Amadou Koufa")
      const man = group ? ms.find((m) => m.cls === 'Person' && m.from > k + 1 && m.from <= k + 5
        && t.slice(k + 1, m.from).every((x, i) => x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'NOUN' || (x.pos === 'PROPN' && !ms.some((o) => o.from <= k + 1 + i && o.to > k + 1 + i && !isPlaceClass(o.cls))))) : undefined;
      if (man) add(cx, man, 'leads', group, 'relation.group-of-man', 0.7, k);
      continue;
    }
    // "X, who became the new group's emir": a leader's title after "became"
    if (w === 'became' && lower[k + 1] === 'the') {
      let q = k + 2;
      while (q < t.length && t[q]!.pos === 'ADJ') q++;
      // ("became AQIM's emir", "became the new group's emir")
      const owner = blocLike(ms).find((m) => m.from === q && /^['’]s$/.test(t[m.to]?.text ?? ''));
      const role = owner ? lower[owner.to + 1] : GROUP_WORDS.has(lower[q] ?? '') && /^['’]s$/.test(t[q + 1]?.text ?? '') ? lower[q + 2] : undefined;
      if (!role || !(LEADER_ROLES.has(role) || role === 'emir')) continue;
      const [cFrom] = clauseAround(s, k);
      const person = RELATIVE.has(lower[k - 1] ?? '') ? relativeAntecedent(s, ms.filter((m) => m.cls === 'Person'), k - 1)
        : ms.filter((m) => m.cls === 'Person' && m.to <= k && m.from >= cFrom && !governingPreposition(s, m)).pop();
      // ("the new group's emir": the group the sentence names)
      const body = owner ?? blocLike(ms).filter((m) => m.to <= k && m.kind !== 'pronoun').pop();
      add(cx, person, 'leads', body, 'relation.became-role', 0.7, k);
      continue;
    }
    if (!GROUPING_CUES.has(w) && t[k]!.lemma !== 'merge') continue;
    if ((t[k]!.lemma === 'merge' || w === 'merger') && !isUncertain(s, k, clauseAround(s, k)[0])) {
      // the body they became: "to form/create/become Y", "into Y"
      let y: ResolvedMention | undefined;
      // (past a long list of partners: "merged with Ansar Dine, Al-Mourabitoun and the Saharan emirate of al-Qaeda in the
      // Islamic Maghreb (AQIM) to create JNIM"; not past another verb)
      for (let q = k + 1; q < t.length && q <= k + 30 && !y; q++) {
        const into = lower[q] === 'into';
        const forming = lower[q - 1] === 'to' && MERGE_RESULTS.has(t[q]!.lemma);
        if (into || forming) y = blocLike(ms).find((m) => m.from > q && m.from <= q + 3 && !t.slice(q + 1, m.from).some((x) => x.pos === 'VERB' || x.text === ','));
        else if (q > k + 12 && (t[q]!.pos === 'VERB' || t[q]!.text === ';')) break;
      }
      if (!y) continue;
      const [cFrom] = clauseAround(s, k);
      const subjects = blocLike(ms).filter((m) => m.to <= k && m.from >= cFrom && !governingPreposition(s, m));
      const members = w === 'merger' ? actorList(s, ms, k + (lower[k + 1] === 'of' ? 1 : 0), 3)
        : lower[k + 1] === 'with' ? [...subjects, ...actorList(s, ms, k + 1, 3)] : subjects;
      for (const m of members) if (BLOC_LIKE.has(m.cls) && !/^['’]s$/.test(t[m.to]?.text ?? '')) add(cx, m, 'memberOf', y, 'relation.merger', 0.75, k);
      continue;
    }
    if (COALITION_NOUNS.has(w) && lower[k + 1] === 'of') {
      // (an article and adjectives back to the comma of the apposition, or "is": "JNIM, a coalition of …", "JNIM is an alliance of …")
      let c = k - 1;
      while (c > 0 && (t[c]!.pos === 'ADJ' || t[c]!.pos === 'DET' || t[c]!.pos === 'NOUN' && c === k - 1)) c--;
      const whole = t[c]?.text === ',' ? antecedentBefore(s, blocLike(ms), c) : BE.has(lower[c] ?? '') ? blocLike(ms).find((m) => m.to === c) : undefined;
      if (!whole) continue;
      // (named members: "a coalition of armed groups loyal to Bamako" names none)
      const named = new Set(blocLike(ms).filter((m) => m.kind !== 'description'));
      const listed = actorList(s, ms, k + 1, 2);
      if (listed[0] && named.has(listed[0])) for (const m of listed) if (named.has(m) && m.entity !== whole.entity && !/^['’]s$/.test(t[m.to]?.text ?? '')) add(cx, m, 'memberOf', whole, 'relation.coalition-of', 0.75, k);
      continue;
    }
    // "A and B, both members of Y"
    if (w === 'both' && t[k - 1]?.text === ',' && (lower[k + 1] === 'members' || lower[k + 1] === 'part') && lower[k + 2] === 'of') {
      const whole = blocLike(ms).find((m) => m.from > k + 2 && m.from <= k + 5);
      for (const m of groupsListedBefore(t, blocLike(ms), k - 1)) add(cx, m, 'memberOf', whole, 'relation.both-members', 0.75, k);
      continue;
    }
    // "A, one of Y's main components", "A, one of the factions of Y"
    if (w === 'one' && lower[k + 1] === 'of' && t[k - 1]?.text === ',') {
      let q = k + 2;
      // ("one of JNIM's components", "one of the CMA's components")
      let owner: ResolvedMention | undefined = blocLike(ms).find((m) => (m.from === q || (m.from === q + 1 && lower[q] === 'the')) && /^['’]s$/.test(t[m.to]?.text ?? ''));
      if (owner) q = owner.to + 1;
      else if (lower[q] === 'the') q++;
      while (q < t.length && t[q]!.pos === 'ADJ') q++;
      if (!COMPONENTS.has(lower[q] ?? '')) continue;
      if (!owner && lower[q + 1] === 'of') owner = blocLike(ms).find((m) => m.from === q + 2 || (m.from === q + 3 && lower[q + 2] === 'the'));
      add(cx, antecedentBefore(s, blocLike(ms), k - 1), 'memberOf', owner, 'relation.one-of', 0.75, k);
      continue;
    }
    // "Its members include A and B", "JNIM's members include …"
    if (w === 'members' && (t[k + 1]?.lemma === 'include' || lower[k + 1] === 'are')) {
      const owner = lower[k - 1] === 'its' ? (actors(ms).filter((m) => m.to < k - 1 && BLOC_LIKE.has(m.cls)).pop()
        ?? (f.previous ? actors(f.previous.mentions).find((m) => BLOC_LIKE.has(m.cls) && !governingPreposition(f.previous!.s, m)) : undefined))
        : blocLike(ms).find((m) => m.to === k - 1 && /^['’]s$/.test(t[m.to]?.text ?? '')) ?? blocLike(ms).find((m) => m.to === k - 2 && /^['’]s$/.test(t[m.to]?.text ?? ''));
      for (const m of actorList(s, ms, k + 1, 3)) if (BLOC_LIKE.has(m.cls) || m.cls === 'Country') add(cx, m, 'memberOf', owner, 'relation.members-include', 0.75, k);
      continue;
    }
    // "Under the leadership of Iyad Ag Ghaly, JNIM expanded …", "under the command of X"
    if (w === 'under' && lower[k + 1] === 'the' && HELM.has(lower[k + 2] ?? '') && lower[k + 3] === 'of') {
      const leader = ms.find((m) => m.cls === 'Person' && m.from === k + 4);
      const [cFrom, cTo] = clauseAround(s, k);
      // ("the rest of the Chadian contingent would remain … under the command of the G5 Sahel joint force": a force under
      // another's command serves in it)
      if (!leader && lower[k + 2] === 'command') {
        const force = actors(ms).find((m) => (m.cls === 'StateForce' || m.cls === 'InternationalOrganization') && m.from >= k + 4 && m.from <= k + 6 && t.slice(k + 4, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ'));
        const unit = force ? ms.filter((m) => m.cls === 'StateForce' && m.to <= k && m.from >= cFrom && m.entity !== force.entity).pop() : undefined;
        if (unit && !isUncertain(s, k, cFrom)) add(cx, unit, 'memberOf', force, 'relation.under-command', 0.7, k);
      }
      if (!leader) continue;
      // ("announced their merger into JNIM under the command of Iyad Ag Ghaly": what they merged into is under his command)
      const into = blocLike(ms).find((m) => m.to === k && governingPreposition(s, m) === 'into');
      const led = t[leader.to]?.text === ',' && k === cFrom ? blocLike(ms).find((m) => m.from > leader.to && m.from <= leader.to + 3)
        : into ?? blocLike(ms).filter((m) => m.to <= k && m.from >= Math.max(0, cFrom - 1) && !governingPreposition(s, m)).pop();
      if (led && led.from < Math.max(cTo, leader.to + 4)) add(cx, leader, 'leads', led, 'relation.under-leadership', 0.75, k);
      continue;
    }
    // "Amadou Koufa and his Katiba Macina"
    if (w === 'his' && lower[k - 1] === 'and') {
      const person = ms.find((m) => m.cls === 'Person' && m.to === k - 1);
      const group = blocLike(ms).find((m) => m.from === k + 1 || (m.from === k + 2 && t[k + 1]!.pos === 'ADJ'));
      if (person && group && group.cls === 'ArmedGroup') add(cx, person, 'leads', group, 'relation.and-his', 0.7, k);
      continue;
    }
    // "The ISGS, whose leader Adnan Abu Walid al-Sahrawi was killed …"
    if (w === 'whose' && t[k - 1]?.text === ',' && LEADER_ROLES.has(lower[k + 1] ?? '')) {
      const person = ms.find((m) => m.cls === 'Person' && (m.from === k + 2 || (m.from === k + 3 && t[k + 2]?.text === ',')));
      add(cx, person, 'leads', antecedentBefore(s, blocLike(ms), k - 1), 'relation.whose-leader', 0.75, k);
      continue;
    }
    // "Ag Ghaly succeeded Droukdel at the head of the coalition", "X, at the head of Y since 2017"
    if (w === 'at' && lower[k + 1] === 'the' && lower[k + 2] === 'head' && lower[k + 3] === 'of') {
      const body = blocLike(ms).find((m) => m.from === k + 4 || (m.from === k + 5 && lower[k + 4] === 'the'));
      const [cFrom] = clauseAround(s, k);
      const person = ms.filter((m) => m.cls === 'Person' && m.to <= k && m.from >= Math.max(0, cFrom - 2) && !governingPreposition(s, m))[0];
      add(cx, person, 'leads', body, 'relation.at-the-head', 0.75, k);
    }
  }
}

/** The groups (of `groups`) listed right before `end` ("Ansar Dine and the Katiba Macina"), last first. */
function groupsListedBefore(t: Sentence['tokens'], groups: readonly ResolvedMention[], end: number): ResolvedMention[] {
  const listed: ResolvedMention[] = [];
  for (const o of [...groups].reverse()) {
    if (o.to > end) continue;
    if (!t.slice(o.to, end).every((x) => x.text === ',' || x.norm === 'and' || x.norm === 'the')) break;
    listed.push(o);
    end = o.from;
  }
  return listed;
}

// The actors of a sentence that can have members, for groupings(): asked at every "of the", made once per sentence when
// one asks. The last list and its answer are kept, by identity (as clause.ts keeps its actors and places).
let blocLikeKey: readonly ResolvedMention[] | undefined, blocLikeValue: readonly ResolvedMention[] = [];
function blocLike(ms: readonly ResolvedMention[]): readonly ResolvedMention[] {
  if (ms === blocLikeKey) return blocLikeValue;
  blocLikeKey = ms;
  return (blocLikeValue = actors(ms).filter((m) => BLOC_LIKE.has(m.cls) && !(m.kind === 'description' && /s$/i.test(m.text))));
}

/**
 * "The MSA fought alongside Barkhane against the ISGS", "Niger's army, supported by French troops, conducted
 * operations against the ISGS": who fights beside or backs the doer of a hostile act opposes its targets too.
 */
function partnersInFight(cx: Context): void {
  const { f, mentions, out } = cx;
  // (most sentences have no such alliance: no list made for them)
  if (!out.some(isFightPartner)) return;
  const partners = out.filter(isFightPartner);
  for (const tr of f.triggers) {
    if (!tr.hostile || tr.uncertain || tr.intent || !tr.event || !tr.targets.length) continue;
    const doers = new Set(tr.agents.map((m) => m.entity));
    for (const r of partners) {
      const partner = doers.has(r.subject) ? r.object : doers.has(r.object) ? r.subject : undefined;
      if (!partner || doers.has(partner)) continue;
      const m = actors(mentions).find((x) => x.entity === partner && x.from >= tr.clause[0] && x.to <= tr.clause[1]);
      for (const b of tr.targets) if (m && b.entity !== partner) add(cx, m, 'opposes', b, 'relation.hostile.partner', 0.7, tr.k);
    }
  }
}

/**
 * A briefing's line under a heading: "- Katiba Macina. Led by X; part of JNIM", "- JNIM: aligned with al-Qaeda,
 * and openly hostile to the ISGS". The heading's actor is the elided subject of each clause that opens with a
 * predicate (a participle, "part of", an adjective with its preposition).
 */
function fragments(cx: Context): void {
  const { f, t, lower, mentions: ms } = cx;
  let topic = f.topic;
  let start = 0;
  // ("- Dozo hunters: traditional brotherhoods …, aligned with the FAMa": a heading and its colon open the sentence)
  if (!topic) {
    let a = 0;
    while (a < t.length && BULLETS.has(t[a]!.text)) a++;
    const head = a > 0 ? actors(ms).find((m) => m.from === a || (m.from === a + 1 && lower[a] === 'the')) : undefined;
    if (head && t[head.to]?.text === ':') { topic = head; start = head.to + 1; }
  }
  if (!topic || isPlaceClass(topic.cls)) return;
  const after = (from: number, span: number, ok: (m: ResolvedMention) => boolean) => actors(ms).find((m) => m.from >= from && m.from <= from + span && ok(m)
    && !t.slice(from, m.from).some((x) => x.text === ',' || x.text === ';' || x.pos === 'VERB'));
  for (let c = start; c < t.length; c++) {
    if (c !== start && t[c - 1]!.text !== ';' && t[c - 1]!.text !== ',' && lower[c - 1] !== 'and') continue;
    let w = c;
    while (w < t.length && (t[w]!.pos === 'ADV' || lower[w] === 'and')) w++;
    while (w < t.length && (lower[w] === 'a' || lower[w] === 'an' || lower[w] === 'the')) w++;
    const word = lower[w] ?? '';
    const next = lower[w + 1];
    if (FRAGMENT_LEADS.has(word) && next === 'by') add(cx, after(w + 2, 6, (m) => m.cls === 'Person'), 'leads', topic, `relation.fragment.${word}`, 0.7, w);
    else if (PART_WORDS.has(word) && next === 'of') add(cx, topic, 'memberOf', after(w + 2, 2, (m) => m.cls !== 'Person'), 'relation.fragment.part-of', 0.7, w);
    else if ((word === 'aligned' || word === 'allied') && TIED_PREPS.has(next ?? '')) add(cx, topic, 'alliedWith', after(w + 2, 2, () => true), `relation.fragment.${word}`, 0.7, w);
    else if ((word === 'backed' || word === 'supported') && next === 'by') add(cx, topic, 'alliedWith', after(w + 2, 2, () => true), `relation.fragment.${word}`, 0.7, w);
    else if ((word === 'hostile' || word === 'opposed') && next === 'to') add(cx, topic, 'opposes', after(w + 2, 2, () => true), `relation.fragment.${word}`, 0.7, w);
  }
}


/** An alliance that a rule reads as sharing the fight (partnersInFight). */
const isFightPartner = (r: Relation) => r.predicate === 'alliedWith' && FIGHT_PARTNERS.has(r.evidence[0]!.rule);
/** A hostile act that took place (sidesInViolence). */
const isViolentAct = (tr: Trigger) => tr.hostile && !!tr.event && !tr.uncertain && !tr.intent;

/** Words that make the subject the head of what follows: "became head of", "declared himself head of", "elected as". */
const HEAD_MAKERS = new Set(['himself', 'herself', 'became', 'becomes', 'named', 'appointed', 'elected', 'proclaimed', 'as']);
const STATE_SIDE = new Set<string>(['StateForce', 'PrivateMilitaryCompany']);
/** Prepositions before a place that no force withdrew from: "demanded by Niamey", "withdrew to Gao", "from their base near Ouagadougou". */
const NOT_LEFT = new Set(['by', 'to', 'towards', 'toward', 'for', 'into', 'near', 'outside']);
const GROUP_WORDS = new Set(['group', 'coalition', 'alliance', 'movement', 'organisation', 'organization']);
/** Words that open the phrasings of groupings(). */
const GROUPING_CUES = new Set(['merger', ...COALITION_NOUNS, 'both', 'one', 'members', 'under', 'his', 'whose', 'at']);
/** What a merger makes: "merged to form / create / become Y". */
const MERGE_RESULTS = new Set(['form', 'create', 'become', 'establish', 'found', 'give', 'launch']);
/** The parts of a group: "one of JNIM's main components". */
const COMPONENTS = new Set(['components', 'factions', 'members', 'branches', 'groups', 'pillars', 'affiliates', 'constituents', 'units', 'katibas', 'brigades', 'movements', 'wings']);

/** The alliance rules whose partner shares the fight: beside the doer, or backing it. */
const FIGHT_PARTNERS = new Set(['alongside', 'fought-alongside', 'along-with', 'together-with', 'backed-by', 'supported-by', 'with-the-support-of', 'helped-by',
  'in-coordination-with', 'joined-forces-with'].map((p) => `relation.alliance.${p}`));

/** Participles that give a heading's actor its leader: "Led by X", "Chaired by X". */
/** A group's leaders, standing for it: "broke with AQIM's leadership". */
const HEAD_WORDS = new Set(['leadership', 'leaders', 'leader', 'emir', 'command', 'chief', 'chiefs', 'high']);
const FRAGMENT_LEADS = new Set(['led', 'headed', 'chaired', 'commanded', 'founded', 'run', 'directed']);

/** The nouns a force's or mission's name can modify as their owner ("the MINUSMA camp at Aguelhok", "the army base at Inates"). */
const POSTED: ReadonlySet<string> = new Set(['camp', 'camps', 'base', 'bases']);

/** The rules of extractRelations that start at a cue word, and their cue words (on the token's norm or lemma). */
const enum Cue { ControlVerb, ControlNoun, Part, Unit, Lost, Lies, Thanks, Members, Led, Join, Found, Coalition, Role, Affiliate, Presence, Its, Distance, Neighbouring, Backing, Alliance, Work, Ally, Serve, Head, Troops, Accuse,
  MadeUp, HandOver, Rival, DriveOut, Ties, Bordering, Demand, BringIn, Tied, Invitation, Heads, Operated, Partnership, Split, Feud, Base, Grouping, BorderWith, Envoy, Blame, Neighbour,
  Rupture, Appeal, Joint, Defend, Auspices, Revoke }
const CUE_COUNT = Cue.Revoke + 1;
// (lists of cue numbers, not bit masks: there are more rules than the 32 bits of a number)
const NORM_CUES = new Map<string, number[]>();
const LEMMA_CUES = new Map<string, number[]>();
const cue = (map: Map<string, number[]>, words: Iterable<string>, c: Cue) => {
  for (const w of words) {
    const cs = map.get(w) ?? map.set(w, []).get(w)!;
    if (!cs.includes(c)) cs.push(c);
  }
};
cue(NORM_CUES, CONTROL_VERBS, Cue.ControlVerb); cue(LEMMA_CUES, CONTROL_VERBS, Cue.ControlVerb);
cue(NORM_CUES, CONTROL_NOUNS, Cue.ControlNoun);
cue(NORM_CUES, PART_WORDS, Cue.Part); cue(LEMMA_CUES, ['belong'], Cue.Part);
cue(NORM_CUES, ['members', 'member'], Cue.Members);
cue(LEMMA_CUES, ['lose'], Cue.Lost);
cue(LEMMA_CUES, ['thank'], Cue.Thanks);
cue(NORM_CUES, ['lies', 'lie', 'lay', 'located', 'situated'], Cue.Lies);
cue(NORM_CUES, ['unit', 'units', 'battalion', 'brigade', 'katiba', 'faction', 'wing', 'branch', 'column', 'cell', 'group', 'movement', 'militia'], Cue.Unit);
cue(NORM_CUES, ['led', 'headed', 'commanded'], Cue.Led);
cue(LEMMA_CUES, ['join', 'pledge', 'swear', 'reaffirm', 'renew'], Cue.Join);
cue(LEMMA_CUES, ['defend', 'protect', 'shield'], Cue.Defend);
cue(LEMMA_CUES, FOUND_VERBS, Cue.Found); cue(NORM_CUES, ['found'], Cue.Found);
cue(LEMMA_CUES, [...INCLUDE_VERBS, ...FOUND_VERBS, 'bring'], Cue.Coalition);
cue(NORM_CUES, [...LEADER_ROLES, ...MEMBER_ROLES], Cue.Role);
cue(NORM_CUES, AFFILIATE_NOUNS, Cue.Affiliate);
cue(NORM_CUES, ['based', 'stationed', 'garrisoned', 'deployed', 'operates', 'operate', 'operated', 'operating', 'regrouped', 'regroup', 'regrouping', 'active', 'remain', 'remains', 'remained',
  'headquartered', 'headquarters'], Cue.Presence);
cue(LEMMA_CUES, ['work'], Cue.Work);
cue(NORM_CUES, ['ally', 'allies'], Cue.Ally);
cue(LEMMA_CUES, ['serve', 'fight'], Cue.Serve);
cue(NORM_CUES, ['head', 'leader', 'president', 'chairman', 'chief', 'commander', 'mayor', 'governor'], Cue.Head);
cue(NORM_CUES, FORCES_WORDS, Cue.Troops); cue(NORM_CUES, ['fighters', 'men', 'combatants', 'militants'], Cue.Troops);
cue(LEMMA_CUES, ['accuse'], Cue.Accuse);
cue(NORM_CUES, ['made', 'composed', 'draws', 'drew', 'drawing'], Cue.MadeUp);
cue(NORM_CUES, TIED_WORDS, Cue.Tied);
cue(NORM_CUES, ['invitation'], Cue.Invitation);
cue(LEMMA_CUES, ['ask', 'appeal', 'call'], Cue.Appeal);
cue(NORM_CUES, ['joint'], Cue.Joint);
cue(NORM_CUES, ['auspices', 'mediator', 'mediators', 'facilitator', 'broker', 'go-between'], Cue.Auspices);
cue(LEMMA_CUES, ['revoke', 'denounce', 'terminate', 'scrap', 'abrogate', 'annul', 'tear', 'renounce', 'end'], Cue.Revoke); cue(NORM_CUES, ['tore', 'torn'], Cue.Revoke);
cue(LEMMA_CUES, HEADING_VERBS, Cue.Heads); cue(NORM_CUES, GROUP_HEADS, Cue.Heads);
cue(NORM_CUES, ['sworn'], Cue.Heads); cue(LEMMA_CUES, [...INSTALLING, 'take', 'assume'], Cue.Heads);
cue(NORM_CUES, ['operated', 'run', 'owned'], Cue.Operated);
cue(NORM_CUES, ['rapprochement', 'partnership', 'alliance', 'cooperation', 'pact'], Cue.Partnership);
cue(LEMMA_CUES, ['hand'], Cue.HandOver); cue(NORM_CUES, ['handed'], Cue.HandOver);
cue(NORM_CUES, ['rival', 'rivals', 'opponent', 'challenger', 'adversary', 'adversaries', 'enemy', 'enemies', 'foe', 'foes'], Cue.Rival);
cue(NORM_CUES, ['feud', 'rivalry', 'quarrel', 'enmity', 'feuds', 'rivalries', 'infighting', 'competes', 'compete', 'competed', 'competing', 'vies', 'vie', 'vied', 'vying'], Cue.Feud);
cue(NORM_CUES, ['falling', 'turned', 'turns', 'turning', 'odds', 'ruled', 'rules', 'ruling', 'refused', 'refuses'], Cue.Rupture);
cue(NORM_CUES, ['bases', 'base', 'strongholds', 'stronghold', 'hideouts', 'hideout', 'camps', 'camp', 'sanctuaries', 'sanctuary', 'headquarters', 'secretariat', 'position'], Cue.Base);
cue(LEMMA_CUES, ['split', 'break', 'splinter'], Cue.Split);
cue(LEMMA_CUES, DRIVE_OUT, Cue.DriveOut);
cue(LEMMA_CUES, ['break', 'cut', 'sever'], Cue.Ties); cue(NORM_CUES, SOURED, Cue.Ties);
cue(NORM_CUES, ['bordering', 'borders', 'meets', 'meet'], Cue.Bordering);
cue(NORM_CUES, ['border', 'borders', 'frontier', 'frontiers'], Cue.BorderWith);
cue(LEMMA_CUES, ['summon', 'expel', 'recall'], Cue.Envoy);
cue(LEMMA_CUES, ['blame', 'attribute'], Cue.Blame);
cue(NORM_CUES, ['neighbour', 'neighbours', 'neighbor', 'neighbors'], Cue.Neighbour);
cue(LEMMA_CUES, ['demand', 'order', 'call', 'request', 'give', 'ask', 'tell', 'instruct'], Cue.Demand);
cue(LEMMA_CUES, ['bring', 'call', ...HIRING], Cue.BringIn);
cue(LEMMA_CUES, ['host', 'contribute', 'commit', 'send', 'provide', ...ROAMING], Cue.Presence);
cue(NORM_CUES, ['its'], Cue.Its);
cue(NORM_CUES, DISTANCE_UNITS, Cue.Distance);
cue(NORM_CUES, ['neighbouring', 'neighboring', 'nearby'], Cue.Neighbouring);
cue(NORM_CUES, BACKING, Cue.Backing);
cue(NORM_CUES, ALLIANCE_VOCABULARY, Cue.Alliance); cue(LEMMA_CUES, ALLIANCE_VOCABULARY, Cue.Alliance);
cue(NORM_CUES, [...TIED_WORDS, 'ally', 'partner', 'joined', 'of', 'became', ...GROUPING_CUES], Cue.Grouping); cue(LEMMA_CUES, ['merge'], Cue.Grouping);
/** The cues of a word that is both a token's norm and its lemma. */
const WORD_CUES = new Map<string, number[]>();
for (const [w, cs] of NORM_CUES) WORD_CUES.set(w, [...cs]);
for (const [w, cs] of LEMMA_CUES) for (const c of cs) cue(WORD_CUES, [w], c);
const NO_CUES: number[] = [];
/** The same three, by word id (see wordIds). */
const NORM_CUE_TABLE = wordTable(NO_CUES), LEMMA_CUE_TABLE = wordTable(NO_CUES), WORD_CUE_TABLE = wordTable(NO_CUES);
for (const [w, cs] of NORM_CUES) NORM_CUE_TABLE[wordId(w)] = cs;
for (const [w, cs] of LEMMA_CUES) LEMMA_CUE_TABLE[wordId(w)] = cs;
for (const [w, cs] of WORD_CUES) WORD_CUE_TABLE[wordId(w)] = cs;

/** A cue index with no cue (copied: a copy of a packed array is cheaper than a new array filled). */
const NO_CUE_INDEX: number[][] = [];
for (let c = 0; c < CUE_COUNT; c++) NO_CUE_INDEX.push(NO_CUES);

/** For each rule, the token positions of its cue words, in order. */
function cueIndex(s: Sentence): readonly (readonly number[])[] {
  const t = s.tokens;
  // Most sentences hold no cue of most rules: they share one empty list rather than get ten new ones.
  const at: number[][] = NO_CUE_INDEX.slice();
  const ids = wordIds(s);
  for (let k = 0; k < t.length; k++) {
    const norm = ids.norm[k]!, lemma = ids.lemma[k]!;
    // (a token whose lemma is its norm, most of them, has the cues of the word either way)
    const byNorm = lemma === norm ? WORD_CUE_TABLE[norm]! : NORM_CUE_TABLE[norm]!;
    const byLemma = lemma === norm ? NO_CUES : LEMMA_CUE_TABLE[lemma]!;
    for (let c = 0; c < byNorm.length; c++) pushCue(at, byNorm[c]!, k);
    for (let c = 0; c < byLemma.length; c++) pushCue(at, byLemma[c]!, k);
    if (t[k]!.norm.charCodeAt(0) === 113 && t[k]!.norm.startsWith('quasi')) pushCue(at, Cue.ControlNoun, k);
  }
  return at;
}
function pushCue(at: number[][], c: number, k: number): void {
  const list = at[c] === NO_CUES ? (at[c] = []) : at[c]!;
  if (list[list.length - 1] !== k) list.push(k);
}

/** A title of the one who heads the body: president, chairman, prime minister, secretary-general (not vice, deputy or former). */
function leaderTitle(words: readonly string[]): boolean {
  if (words.some((w) => w === 'vice' || w === 'deputy' || w === 'former')) return false;
  const joined = words.join(' ');
  return /\b(president|chairman|chairwoman|chairperson|leader|emir|king|mayor|governor|gov\.?|commander - in - chief|prime minister|secretary - general|secretary-general|(co-)?founder)(?![\w-])/.test(joined);
}

/** Is `b` a wider place than `a`? By class, and among regions by their noun (a province lies in a region, a cercle in either). */
function widerPlace(a: ResolvedMention, b: ResolvedMention): boolean {
  // (a lake or a river the gazetteer knows holds islands, sites and towns: "Karamga, an island in Lake Chad")
  if (b.cls === 'Place') return a.cls === 'Site' || a.cls === 'Settlement';
  if (rank(b) === 0) return false;
  if (rank(a) !== rank(b)) return rank(a) > rank(b);
  if (a.cls !== 'Region') return false;
  const levelOfB = regionLevel(b);
  return regionLevel(a) > levelOfB && levelOfB >= 0;
}
/** The level of a region's noun in REGION_LEVELS (0 the widest), or -1. */
function regionLevel(m: ResolvedMention): number {
  return REGION_LEVELS.findIndex((re) => re.test(m.text));
}
/** The level of a region by its name or the region noun written with it ("Tchologo region", "the department of Kong"). */
function levelAt(lower: readonly string[], m: ResolvedMention): number {
  const named = regionLevel(m);
  if (named >= 0) return named;
  const noun = lower[m.to] && REGION_LEVEL_WORDS.includes(lower[m.to]!) ? lower[m.to]!
    : lower[m.from - 1] === 'of' ? lower[m.from - 2] ?? '' : lower[m.from - 1] === 'the' && lower[m.from - 2] === 'of' ? lower[m.from - 3] ?? '' : '';
  return REGION_LEVEL_WORDS.indexOf(noun);
}
const REGION_LEVEL_WORDS = ['region', 'province', 'cercle', 'circle', 'district', 'department', 'prefecture', 'commune'];
/** Region words from the widest down, each as a whole word (compiled once, not at every comparison). */
const REGION_LEVELS = REGION_LEVEL_WORDS.map((w) => new RegExp(`\\b${w}\\b`, 'i'));

/** The words between two places say the first is in the second: ", (also) in the (central) …". */
function placeInGap(t: Sentence['tokens'], from: number, to: number): boolean {
  // ("Lemgheity, in the far north-east of Mauritania": eight words)
  if (to - from > 8) return false;
  const gap = t.slice(from, to);
  const at = gap.findIndex((x) => x.norm === 'in');
  // ("the Gao region in the northeast of Mali": a direction and "of" may follow "in")
  // ("Kolofata, in the country's Far North region": a possessive of the country or "its" too)
  // ("Kossi province in the Boucle du Mouhoun region": the unit's own noun before "in")
  // ("the Adji Kossei air base in N'Djamena", "the Soundiata Keita military camp in Kati": a site's modifiers before its noun)
  const site = at > 0 && SITE_NOUNS.has(gap[at - 1]!.norm);
  return at >= 0 && gap.slice(0, at).every((x) => x.text === ',' || SITE_NOUNS.has(x.norm) || LANDFORMS.has(x.norm) || REGION_NOUNS.has(x.norm) || ['also', 'located', 'situated', 'lies', 'lying', 'which', 'is'].includes(x.norm)
    || (site && (x.pos === 'ADJ' || x.pos === 'NOUN') && /^[a-z]/.test(x.text)))
    && gap.slice(at + 1).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || DIRECTIONS.has(x.norm) || x.text === '-' || x.norm === 'so' || x.norm === 'far' || x.norm === 'extreme' || x.norm === 'called' || x.norm === 'of' || x.norm === 'country' || x.norm === 'its' || /^['’]s$/.test(x.text)
      // ("Farabougou, in the cercle of Niono")
      || DISTRICT_NOUNS.has(x.norm) || SETTLEMENT_NOUNS.has(x.norm));
}

/** Place rank: Site 4, Settlement 3, Region 2, Country 1. */
function rank(m: ResolvedMention): number {
  return RANKS[m.cls] ?? 0;
}
const RANKS: Record<string, number> = { Site: 4, Settlement: 3, Region: 2, Country: 1 };

function joinedToPrevious(s: Sentence, prev: ResolvedMention, m: ResolvedMention): boolean {
  // (not two clauses: "the garrison fell back and the attackers entered Bosso" has a verb between the two)
  return m.from - prev.to <= 8 && anyToken(s.tokens, prev.to, m.from, JOINING) && !anyToken(s.tokens, prev.to, m.from, AGAINST)
    && !clauseBetween(s.tokens, prev.to, m.from);
}

/** A verb then "and" between two mentions: a second clause begins ("the garrison fell back and the attackers …"). */
function clauseBetween(t: Sentence['tokens'], from: number, to: number): boolean {
  let verb = false;
  for (let i = from; i < to; i++) {
    if (t[i]!.pos === 'VERB' && /^[a-z]/.test(t[i]!.text)) verb = true; // ("Ansar Dine": a name's word mis-tagged is no verb)
    else if (verb && t[i]!.norm === 'and') return true;
  }
  return false;
}

// Word tests over a token range, as plain loops over Sets: the rules run them on every sentence, and
// arrays built per call (slices, maps, literal lists) kept V8 deoptimising the functions that held them.
const OWNER_LIST_GAP = new Set([',', 'and', 'particularly', 'especially', 'including', 'notably', 'mainly', 'the']);
/** Nouns a group's name modifies when it names the group's media, not the group acting. */
const MEDIA_HEADS = new Set(['outlets', 'outlet', 'media', 'channels', 'channel', 'propaganda', 'websites', 'website', 'accounts', 'account',
  'newsletter', 'magazine', 'videos', 'video', 'flag', 'flags', 'banner', 'banners', 'news']);
/** Units a town names and holds the villages of: "the commune of Banibangou", "Ouallam department". */
const DISTRICT_NOUNS = new Set([...REGION_NOUNS, 'commune', 'municipality']);
/** Verbs that give a base up. */
const GIVING_UP = new Set(['hand', 'transfer', 'leave', 'close', 'vacate', 'abandon', 'evacuate', 'withdraw', 'quit', 'dismantle', 'cede', 'surrender']);
/** What one pledges to a group one joins. */
const ALLEGIANCE = new Set(['allegiance', 'loyalty', 'fealty', 'oath']);
/** A body's own men, who stand for it ("its militants", "their soldiers"). */
const OWN_MEN = new Set(['militants', 'fighters', 'soldiers', 'troops', 'men', 'members', 'combatants', 'insurgents', 'jihadists', 'rebels', 'forces']);
/** Nouns of those who act, as the subject of a clause no mention names ("the group wants to be seen alongside …"). */
const DOER_NOUNS = new Set(['group', 'groups', 'movement', 'militants', 'rebels', 'jihadists', 'fighters', 'insurgents', 'army', 'force', 'forces', 'troops', 'soldiers', 'government', 'junta', 'authorities']);
const NEAR_WORDS = new Set(['near', 'outside', 'next', 'beside', 'adjacent', 'facing', 'opposite']);
const PRESENCE_PREPS = new Set(['in', 'at', 'across', 'throughout', 'around']);
const BASED = new Set(['based', 'stationed', 'garrisoned', 'deployed', 'headquartered']);
const OBLIQUE_PREPS = new Set(['to', 'by', 'with', 'for', 'from', 'of', 'in', 'on', 'against', 'at']);
const RELATIVE = new Set(['which', 'that', 'who']);
const ITS_THEIR = new Set(['its', 'their']);
const VERB_TAGS = new Set(['VERB', 'AUX']);
const UNDER = new Set(['under']);
const BEARING = new Set([...DIRECTIONS, '-', 'about', 'some', 'just', 'far']);
const MINISTER = new Set(['minister']);
const FORMER = new Set(['former', 'ex']);
/** Between two places of a list: "Boulkessi and Mondoro", "Kidal, Gao and Timbuktu". */
const LIST_GAP = new Set([',', 'and']);
/** "Baga and neighbouring Doron Baga": a list whose second place is the first's neighbour. */
const NEIGHBOUR_GAP = new Set([',', 'and', 'neighbouring', 'neighboring', 'nearby']);
const AND = new Set(['and']);
const AND_OF = new Set(['and', 'of', 'in', 'the']);
/** Between two places that locate one another: "Seytenga, in Seno province of the Sahel region". */
const CHAIN_GAP = new Set([',', 'in', 'of', 'the', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'north', 'south', 'east', 'west', 'north-east', 'north-west', 'south-east', 'south-west', 'province', 'region', 'department', 'district', 'commune', 'cercle', '-', 'eastern', 'western', 'northern', 'southern',
  'a', 'an', 'village', 'town', 'city', 'locality', 'hamlet', 'area', 'local', 'government', 'state', 'prefecture', 'county']);
const BORDER = new Set(['border', 'boundary', 'frontier']);
const TIME_PREPS = new Set(['after', 'before', 'following', 'since', 'during', 'until']);
const LOCATING_GAP = new Set([',', 'which', 'that', 'lies', 'lie', 'is', 'located', 'situated', 'in', 'the']);
const ALLY_NOUNS = new Set(['allies', 'ally', 'partners', 'partner', 'backers', 'backer']);
const NEGATED = new Set(['refused', 'refuses', 'declined', 'failed', 'not', "n't", 'never']);
const TIES = new Set(['relations', 'ties', 'links']);
const SITE_PREPS = new Set(['on', 'in', 'at', 'near', 'outside']);
const OUTSKIRTS = new Set(['outskirts', 'edge', 'edges']);
const SHORES = new Set(['bank', 'banks', 'shore', 'shores']);
/** Where the settlement noun of an apposition from `from` ends ("fishing village"), when only words of it come before; else -1. */
function shoreApposition(t: Sentence['tokens'], from: number, to: number): number {
  for (let i = from; i < to && i < from + 4; i++) {
    if (SETTLEMENT_NOUNS.has(t[i]!.norm)) return i + 1;
    if (!(t[i]!.pos === 'ADJ' || (t[i]!.pos === 'NOUN' && /^[a-z]/.test(t[i]!.text)))) return -1;
  }
  return -1;
}
const LYING = new Set(['lies', 'lie', 'is', 'sits', 'stands']);
const SHORES_GAP = new Set([',', 'lies', 'lie', 'is', 'sits', 'stands', 'on', 'the', 'bank', 'banks', 'shore', 'shores', 'of', 'left', 'right', 'northern',
  'southern', 'eastern', 'western', 'north', 'south', 'east', 'west']);
const OUTSKIRTS_GAP = new Set([',', 'on', 'in', 'at', 'the', 'outskirts', 'edge', 'edges', 'of', 'just', 'northern', 'southern', 'eastern', 'western']);
const WITH = new Set(['with']);
const JOINING = new Set(['and', 'with', 'alongside', ',']);
const AGAINST = new Set(['against']);
const BETWEEN = new Set(['between']);

/** ", a remote settlement in the": a comma, a place noun phrase and "in" between two places of a chain. */
function placePhraseGap(t: Sentence['tokens'], from: number, to: number): boolean {
  // ("Mubi, a commercial town in Adamawa state": "in" with no article too)
  const inAt = t[to - 1]?.pos === 'DET' ? to - 2 : to - 1;
  return t[from]?.text === ',' && t[inAt]?.norm === 'in' && allPlaceNounPhrase(t, from + 1, inAt);
}
/** The part of a place another lies in: "the Nigerien part of Lake Chad", "the northern section of". */
const PARTS = new Set(['part', 'section', 'side', 'shore', 'shores']);

/** "the main town", "a village": determiners and adjectives around a settlement or region noun. */
function allPlaceNounPhrase(t: Sentence['tokens'], from: number, to: number): boolean {
  let noun = false;
  for (let i = from; i < to; i++) {
    const x = t[i]!;
    // ("Mafa, a farming and trading community in Tarmuwa": a community set in a place, modifiers joined by "and")
    // ("Karamga, an island in …": a landform too)
    if (SETTLEMENT_NOUNS.has(x.norm) || REGION_NOUNS.has(x.norm) || LANDFORMS.has(x.norm) || (x.norm === 'community' && i === to - 1)) noun = true;
    // ("a village in the northern province of Soum")
    // ("Nodin and Soro, two villages in …": a number of them)
    // ("an island in the Nigerien part of": the part of the wider place)
    else if (x.pos !== 'DET' && x.pos !== 'ADJ' && x.pos !== 'NUM' && !(noun && (x.norm === 'in' || PARTS.has(x.norm) || (x.pos === 'PROPN' && PARTS.has(t[i + 1]?.norm ?? '')))) && !(x.norm === 'and' && i > from + 1)
      && !(x.pos === 'NOUN' && /^[a-z]/.test(x.text) && t[i + 1] && (t[i + 1]!.norm === 'and' || t[i + 1]!.norm === 'community'))) return false;
  }
  return noun;
}

/** Whether some token in [from, to) has its norm in `words`. */
function anyToken(t: Sentence['tokens'], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, from); i < to && i < t.length; i++) if (words.has(t[i]!.norm)) return true;
  return false;
}

/** Whether every token in [from, to) has its norm in `words`. */
function allTokens(t: Sentence['tokens'], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, from); i < to && i < t.length; i++) if (!words.has(t[i]!.norm)) return false;
  return true;
}

/** "north-eastern", "northern", "far": words of direction between a possessive country and its region. */
function allDirectionWords(t: Sentence['tokens'], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!DIRECTIONS.has(t[i]!.norm) && t[i]!.text !== '-' && t[i]!.pos !== 'ADJ' && !/^(north|south|east|west)/.test(t[i]!.norm)) return false;
  return true;
}

/** "both countries", "the three states", "the two juntas" between two token positions. */
function pluralStates(t: Sentence['tokens'], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i + 1 < to; i++) {
    if (!['countries', 'states', 'juntas', 'governments', 'nations'].includes(t[i + 1]!.norm)) continue;
    if (['both', 'two', 'three', 'four', 'five'].includes(t[i]!.norm)) return true;
  }
  return false;
}

/** The first list of two or more states named before token k ("Mali, Burkina Faso and Niger"), for a plural "they". */
function stateList(s: Sentence, ms: readonly ResolvedMention[], k: number): ResolvedMention[] {
  const t = s.tokens;
  const states = ms.filter((m) => m.cls === 'Country' && m.kind === 'name' && m.to <= k);
  for (let i = 0; i < states.length; i++) {
    const list = [states[i]!];
    for (let j = i + 1; j < states.length; j++) {
      const gap = t.slice(list[list.length - 1]!.to, states[j]!.from);
      if (gap.length && gap.length <= 2 && gap.every((x) => x.text === ',' || x.norm === 'and')) list.push(states[j]!);
      else break;
    }
    if (list.length >= 2) return list;
  }
  return [];
}

/** The last token before the verb at k that is no auxiliary or adverb ("had also helped"): where its subject ends, not before `floor`. */
function beforeVerbGroup(t: Sentence['tokens'], k: number, floor = 0): number {
  let b = k - 1;
  while (b > floor && (t[b]!.pos === 'AUX' || t[b]!.pos === 'ADV')) b--;
  return b;
}

/** Whether a verb lies in [from, to). */
function anyVerb(t: Sentence['tokens'], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to && i < t.length; i++) if (t[i]!.pos === 'VERB') return true;
  return false;
}

/** "the town of Kidal": a place named after a settlement or region noun and "of". */
function namedByNoun(t: Sentence['tokens'], m: ResolvedMention): boolean {
  return t[m.from - 1]?.norm === 'of' && (SETTLEMENT_NOUNS.has(t[m.from - 2]?.norm ?? '') || REGION_NOUNS.has(t[m.from - 2]?.norm ?? ''));
}

/**
 * The subject a verb after the comma at `comma` takes when that comma closes a relative clause on it:
 * "The CSP, whose main member is the CMA, controls …" is the CSP's.
 */
function beforeRelative(s: Sentence, pool: readonly ResolvedMention[], comma: number): ResolvedMention | undefined {
  const t = s.tokens;
  // (past the commas of a list the relative clause holds: "The CMA, which groups the MNLA, the HCUA and a wing of the MAA,
  // controls Kidal")
  let commas = 0;
  for (let i = comma - 1; i > 0; i--) {
    if (t[i]!.text !== ',') continue;
    if (['whose', 'which', 'who'].includes(t[i + 1]?.norm ?? '')) return antecedentBefore(s, pool, i);
    if (++commas > 3 || !(t[i + 1]?.pos === 'DET' || t[i + 1]?.pos === 'PROPN' || t[i + 1]?.norm === 'and')) return undefined;
  }
  return undefined;
}

/** The first token from `from` (inclusive) to `to` (exclusive) whose lemma is one of `lemmas`, or -1. */
function findLemma(t: Sentence['tokens'], lemmas: ReadonlySet<string>, from: number, to: number): number {
  for (let i = from; i < to; i++) if (lemmas.has(t[i]!.lemma)) return i;
  return -1;
}

/** The parties listed right before token `end` ("Mali, Niger and Chad, …"), last first: countries or actors, no persons. */
function listedBefore(t: Sentence['tokens'], ms: readonly ResolvedMention[], end: number): ResolvedMention[] {
  const listed: ResolvedMention[] = [];
  for (let q = ms.length - 1; q >= 0; q--) {
    const o = ms[q]!;
    if (o.to > end) continue;
    if (o.to !== end || !(o.cls === 'Country' || !isPlaceClass(o.cls)) || o.cls === 'Person') break;
    listed.push(o);
    end = o.from - 1;
    if (!(t[end]?.text === ',' || t[end]?.norm === 'and')) break;
  }
  return listed;
}

/** Whether a punctuation mark lies in [from, to). */
function anyPunct(t: Sentence['tokens'], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to && i < t.length; i++) if (t[i]!.pos === 'PUNCT') return true;
  return false;
}

/** Whether a punctuation mark or a verb lies in [from, to). */
function anyPunctOrVerb(t: Sentence['tokens'], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to && i < t.length; i++) if (t[i]!.pos === 'PUNCT' || t[i]!.pos === 'VERB' || t[i]!.pos === 'AUX') return true;
  return false;
}

/** Whether every token in [from, to) is tagged `pos`. */
function allTags(t: Sentence['tokens'], from: number, to: number, pos: string): boolean {
  for (let i = Math.max(0, from); i < to && i < t.length; i++) if (t[i]!.pos !== pos) return false;
  return true;
}

/**
 * The antecedent of the relative pronoun at `r`, among `pool`: the mention right before it, else the head of
 * the apposition it closes ("Yevgeny Prigozhin, the Russian businessman who …", "the group, which …").
 */
function relativeAntecedent(s: Sentence, pool: readonly ResolvedMention[], r: number): ResolvedMention | undefined {
  const t = s.tokens;
  if (t[r - 1]?.text === ',') return antecedentBefore(s, pool, r - 1);
  const right = nounBeforeRelative(s, pool, r);
  if (right) return right;
  const comma = t[r - 1]?.pos === 'NOUN' ? appositionStart(t, r - 1, 6) : -1;
  if (t[comma]?.text === ',') return antecedentBefore(s, pool, comma);
  // ("ISGS, a faction led by Adnan Abu Walid al-Sahrawi that pledged …": past a participle phrase in the apposition)
  let c = r - 1;
  while (c > 0 && c > r - 12 && t[c]!.text !== ',' && t[c]!.pos !== 'AUX' && !(t[c]!.pos === 'VERB' && !/(ed|en)$/.test(t[c]!.norm))) c--;
  return t[c]?.text === ',' && t.slice(c + 1, r).some((x) => x.pos === 'VERB' && /(ed|en)$/.test(x.norm)) ? antecedentBefore(s, pool, c) : undefined;
}

/** The "where" that opens the clause of token k ("Kamboinsin, where … are stationed"), or -1. */
function where(s: Sentence, from: number, k: number): number {
  for (let i = k - 1; i >= Math.max(0, from - 1, k - 10); i--) if (s.tokens[i]!.norm === 'where') return s.tokens[i - 1]?.text === ',' ? i - 1 : i;
  return -1;
}

function prepBefore(s: Sentence, k: number): string {
  const t = s.tokens;
  // (a pronoun right after a fronted date is the subject: "and in 2018 they had fought")
  if (t[k]?.pos === 'PRON' && t[k - 1]?.pos === 'NUM') return '';
  for (let i = k - 1; i >= 0 && i >= k - 4; i--) {
    if (t[i]!.pos === 'ADP') return t[i]!.norm;
    // ("In 2014 the MNLA formed …", "In August the army …")
    if (afterFrontedPhrase(t, i)) return '';
  }
  return '';
}

