// Reported speech: "X said/claimed/reported that …", "“…,” he reported", "according to X, …".
// Each becomes a Claim with its claimant; facts found inside the claimed span are attributed to it.
import type { Claim, Sentence } from '../types.ts';
import type { ResolvedMention } from '../resolve/entities.ts';
import { isPlaceClass } from '../types.ts';
import { actors, afterFrontedPhrase, antecedentBefore, clauseAround, coordinated, governingPreposition, pastModifiers, RELATIVES, sinceAsAdverb } from './clause.ts';
import { isTitleAt, REPORTING, TITLES, stems, wordId, wordIds, wordTable } from './lexicon.ts';
import { hashId } from '../hash.ts';

/** A claim and the token range of what is claimed, so that facts inside it can point to it. */
export interface ClaimSpan {
  claim: Claim;
  from: number;
  to: number;
}

const QUOTES = /[“”"«»]/;
const ACCORDING = wordId('according'), TO = wordId('to');
/** 1 for the words of REPORTING, by word id. */
const REPORTING_WORD = wordTable(0);
for (const w of REPORTING) REPORTING_WORD[wordId(w)] = 1;
/** A stem of the word is a reporting verb ("reoccupies" is not; "alleges" is). (A loop: no callback per stem.) */
function reportingStem(norm: string): boolean {
  const st = stems(norm);
  for (let i = 0; i < st.length; i++) if (REPORTING.has(st[i]!)) return true;
  return false;
}

/**
 * Finds the claims of one sentence. `rule` ids say which pattern fired. `previousSpeaker` is the claimant of the
 * last claim of the sentences just before, for "The statement said …" (the document speaks for who issued it).
 */
export function extractClaims(docId: string, s: Sentence, mentions: ResolvedMention[], previousSpeaker?: ResolvedMention): ClaimSpan[] {
  const t = s.tokens;
  const out: ClaimSpan[] = [];
  const actorMs = actors(mentions);
  const speakers = mentions.filter((m) => !isPlaceClass(m.cls) || (m.cls === 'Country' && m.kind === 'name'));

  // "according to X, …" / "…, according to X."
  // (over the sentence's word ids: no token object is read for the words that are not "according")
  const ids = wordIds(s).norm;
  for (let i = 0; i + 1 < t.length; i++) {
    if (ids[i] !== ACCORDING || ids[i + 1] !== TO) continue;
    // The source is the noun phrase right after "according to" ("according to Western governments,
    // though Bamako insists…" names no actor: Bamako is someone else).
    const who = actorMs.filter((m) => m.from > i + 1 && m.from <= i + 7 && !t.slice(i + 2, m.from).some((x) => /^[,;:]$/.test(x.text) || x.pos === 'VERB' || x.pos === 'SCONJ' || x.norm === 'though')).slice(0, 1);
    // ("…, regretted the decision, according to his office": a person's office speaks for him, the sentence's subject)
    if (!who.length && (t[i + 2]?.norm === 'his' || t[i + 2]?.norm === 'her') && SPOKESPEOPLE.has(t[i + 3]?.norm ?? '')) {
      const person = mentions.find((m) => m.cls === 'Person' && m.to <= i && !['to', 'by', 'with', 'for', 'from', 'of', 'in', 'on', 'against'].includes(prepOf(s, m)));
      if (person) who.push(person);
    }
    if (!who.length) continue;
    // ("according to the U.N. refugee agency UNHCR": the name a descriptor leads to is the source, not the name inside it)
    const head = actorMs.find((m) => m.from > who[0]!.to && m.from <= who[0]!.to + 4 && t.slice(who[0]!.to, m.from).every((x) => x.pos === 'NOUN' || x.pos === 'ADJ'));
    if (head) who[0] = head;
    const comma = t.findIndex((x, k) => k > who[0]!.to - 1 && x.text === ',');
    const [from, to] = i <= 1 && comma > 0 ? [comma + 1, t.length] : [0, i];
    make(out, docId, s, coordinated(who[0]!, actorMs, s), i, 'according to', from, to, 'claim.according-to', 0.9);
  }

  // Reporting verbs with their subject: the closest actor before the verb, with those coordinated to it.
  const lemmaIds = wordIds(s).lemma;
  for (let k = 0; k < t.length; k++) {
    const tok = t[k]!;
    const lemma = tok.lemma;
    // (only a verb, an adjective, "assessment" or "said" can be a reporting verb below: most tokens stop here)
    const pos = tok.pos;
    if (pos === 'NOUN' ? lemma !== 'assessment' && tok.norm !== 'said' : pos !== 'VERB' && pos !== 'ADJ' && tok.norm !== 'said') continue;
    // The tagger sometimes reads "said" as an adjective ("Human Rights Watch said soldiers …").
    // The tagger sometimes reads a reporting verb as an adjective ("X said soldiers …", "X alleged that …").
    const mistagged = tok.pos === 'ADJ' && t[k - 1]?.pos !== 'DET' && (tok.norm === 'said' || t[k + 1]?.norm === 'that' || /^[“"«]$/.test(t[k + 1]?.text ?? ''));
    const isVerb = tok.pos === 'VERB' || (tok.pos === 'NOUN' && lemma === 'assessment') || (tok.norm === 'said' && t[k - 1]?.pos !== 'DET') || mistagged;
    // ("puts the number of girls taken at 276", "put the death toll at 40": a figure given is a claim)
    if (!isVerb) continue;
    // ("gave a toll of 24 soldiers killed", "issued a provisional figure of 40 dead")
    const figure = (lemma === 'put' && t.slice(k + 1, k + 5).some((x) => FIGURES.has(x.norm)))
      || (FIGURE_GIVERS.has(lemma) && !NEGATIONS.has(t[k + 1]?.norm ?? '') && t.slice(k + 1, k + 4).some((x, i) => FIGURES.has(x.norm) && t[k + 2 + i]?.norm === 'of'));
    // ("appealed to Malians not to …", "appealed for calm": an appeal is what the speaker asks; "appealed the verdict" is not)
    const asking = (ASKING.has(lemma) && asksAt(t, k)) || (lemma === 'appeal' && (t[k + 1]?.norm === 'to' || t[k + 1]?.norm === 'for'));
    // (the stems last: the word's own tests are cheaper)
    if (!(REPORTING_WORD[lemmaIds[k]!] || tok.norm === 'said' || figure || asking || reportingStem(tok.norm))) continue;
    const next = t[k + 1]?.norm;
    // "called for", "called on"; and "called the decision “short-sighted”", "called the killings a cowardly act":
    // a verdict the speaker gives. (Not "a group called X", "so-called".)
    const verdict = lemma === 'call' && tok.pos === 'VERB' && t[k - 1]?.pos !== 'DET' && ['the', 'it', 'them', 'this', 'that'].includes(next ?? '')
      && t.slice(k + 2, k + 8).some((x, i) => /^[“"«]$/.test(x.text) || ((x.norm === 'a' || x.norm === 'an') && t[k + 1 + i]?.pos === 'NOUN'));
    // ("which Human Rights Watch called the worst atrocity of the conflict", "what the army called a terrorist base": the
    // object fronted as a relative, the verdict right after the verb)
    const fronted = lemma === 'call' && tok.pos === 'VERB' && ['the', 'a', 'an'].includes(next ?? '') && t.slice(Math.max(0, k - 7), k).some((x) => x.norm === 'which' || x.norm === 'what');
    if (lemma === 'call' && next !== 'for' && next !== 'on' && !verdict && !fronted) continue;
    // ("recognised that the checkpoints …" reports; "recognised the junta", "concluded its operation", "recalled its
    // ambassador", "countered the attack" are acts; "speaks of 77 dead" reports)
    if (THAT_ONLY.has(lemma) && next !== 'that' && !/^[“"«:]$/.test(t[k + 1]?.text ?? '')) continue;
    if (lemma === 'speak' && next !== 'of') continue;
    // ("attributed the killings to the Katiba Macina": whom the act is put down to is what is claimed)
    if (lemma === 'attribute' && !t.slice(k + 1, k + 9).some((x) => x.norm === 'to')) continue;
    if (lemma === 'record' && !QUOTES.test(s.text)) continue;
    // The speaker: the subject right before the verb, or right after it in "…,” said the army".
    // "The attackers were believed to be …": a passive report has no speaker.
    // ("The army was accused by Human Rights Watch of killing 223 villagers": unless its by-phrase names one, who claims the
    // whole clause)
    if (['was', 'were', 'is', 'are', 'been', 'be'].includes(t[k - 1]?.norm ?? '')) {
      const by = PASSIVE_CLAIMS.has(lemma) && t[k + 1]?.norm === 'by'
        ? actorMs.find((m) => m.from === k + 2 || (m.from === k + 3 && t[k + 2]!.pos === 'DET')) : undefined;
      if (by && !negatedBefore(t, k - 1)) make(out, docId, s, [by], k, tok.text, clauseAround(s, k)[0], t.length, `claim.passive.${lemma}`, 0.8);
      continue;
    }
    // "He did not comment": a negated report reports nothing.
    if (negatedBefore(t, k)) continue;
    // "“…,” said the army": the speaker follows the verb right after a closing quote.
    const afterQuote = /^[“”"«»]$/.test(t[k - 1]?.text ?? '') || (t[k - 1]?.text === ',' && /^[“”"«»]$/.test(t[k - 2]?.text ?? ''))
      // "Fighters withdrew from Boni, said the CSP.": the same inversion without quotes, at the end (past the speaker's own
      // words: "…, said a local official in Tassara, the nearest administrative town.")
      // (not when no clause comes before the comma to be reported: "X, Cameroon's communication minister, said the attackers
      // had fled")
      || (t[k - 1]?.text === ',' && (t.length - k <= 6 || (INVERTING.has(lemma) && !t.slice(k + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX')))
        && t.slice(0, k - 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX'));
    let subject = afterQuote ? actorMs.find((m) => m.from > k && m.from <= k + 3) : undefined;
    // A noun cue ("gave … an assessment") takes the subject of its verb.
    const verbAt = tok.pos === 'NOUN' ? t.slice(Math.max(0, k - 6), k).map((x, i) => (x.pos === 'VERB' ? k - 6 + i + (k < 6 ? 6 - k : 0) : -1)).filter((i) => i >= 0).pop() ?? k : k;
    // ("quoted a statement from the Defence Headquarters which said that …": a relative's antecedent speaks, or the one
    // who issued the document it is)
    if (!subject && RELATIVES.has(t[k - 1]?.norm ?? '')) subject = relativeSpeaker(s, k - 1, actorMs);
    // ("Guterres was outraged by the killings, his spokesman said.": a tag naming the spokesperson of the one the
    // sentence is about speaks for that one, and the claim is what comes before the tag)
    const tag = !subject ? spokespersonTag(s, k, actorMs) : undefined;
    if (tag) subject = tag;
    // ("Tiani was quoted as saying that …", "officials of the CNSP were quoted by local media as welcoming …": the one quoted
    // speaks, not the medium that quotes)
    if (!subject && t[k - 1]?.norm === 'as' && tok.norm.endsWith('ing')) {
      const quoted = t.findLastIndex((x, i) => i < k - 1 && i >= k - 8 && x.lemma === 'quote' && x.norm === 'quoted');
      if (quoted > 0 && ['was', 'were', 'is', 'are', 'been'].includes(t[quoted - 1]!.norm)) subject = subjectBefore(s, quoted - 1, mentions);
      if (quoted > 0 && !subject) continue;
    }
    subject ??= subjectBefore(s, verbAt, mentions);
    // ("The Malian government announced the measures in a statement. The statement said Bamako remained open to
    // dialogue": a document named again speaks for the one who issued it, the speaker before)
    // ("The statement also said …": past an adverb)
    const doc = t[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
    if (!subject && previousSpeaker && DOCUMENTS.has(t[doc]?.norm ?? '') && ['the', 'this', 'that', 'its', 'their'].includes(t[doc - 1]?.norm ?? '')) subject = previousSpeaker;
    // ("X went on state television to announce that …": the purpose's speaker is the subject of the verb before)
    if (!subject && t[k - 1]?.norm === 'to') {
      let v = k - 2;
      while (v >= 0 && t[v]!.pos !== 'VERB' && t[v]!.text !== ',' ) v--;
      if (v >= 0 && t[v]!.pos === 'VERB') subject = subjectBefore(s, v, mentions);
    }
    // ", saying …", ", dismissing it as …": a participle after a comma speaks for the main clause's subject.
    // (the clause it hangs on is the one right before the comma: "When the bloc lifted the sanctions, Benin reopened its side,
    // but Niamey kept the border shut, accusing Cotonou of …" is Niamey's; its verb a finite one, not "of executing")
    if (!subject && t[k - 1]?.text === ',' && /ing$/.test(tok.norm)) {
      const b = t.findLastIndex((x, q) => q < k - 1 && (x.text === ',' || x.text === ';' || (x.pos === 'CCONJ' && (x.norm === 'but' || x.norm === 'and'))));
      const first = t.findIndex((x, q) => q > b && q < k - 1 && x.pos === 'VERB' && !x.norm.endsWith('ing') && t[q - 1]?.norm !== 'to' && !mentions.some((m) => q >= m.from && q < m.to));
      const own = first >= 0 ? subjectBefore(s, first, mentions) : undefined;
      const mainVerb = t.findIndex((x) => x.pos === 'VERB');
      subject = (own && !isPlaceClass(own.cls) ? own : undefined)
        ?? actorMs.find((m) => m.to <= Math.min(k, mainVerb < 0 ? k : mainVerb) && !['to', 'by', 'with', 'for', 'from', 'of', 'in', 'on', 'against'].includes(prepOf(s, m)));
    }
    if (!subject) continue;
    // What is claimed: the quotation if there is one, else what follows the verb ("that …").
    let from = k + 1;
    let to = t.length;
    // A quotation is the claim when it is the verb's own: right before it ("…,” he said) or after it.
    const q = quoteRange(s, k);
    // ("said that the army had killed “dozens of terrorists” …": the that-clause, quote and all)
    // ("“We will not negotiate,” Prime Minister Choguel Maïga told parliament": or right before the speaker's name and title)
    if (q && ((q[0] > k && q[0] <= k + 3) || (q[1] <= k && k - q[1] <= 4) || (q[1] < subject.from && subject.from - q[1] <= 5 && subject.to >= k - 1 && !t.slice(q[1] + 1, subject.from).some((x) => x.pos === 'VERB')))) [from, to] = q;
    else if (t[from]?.norm === 'that') from++;
    // "highlighted on social networks that …": the claim is the that-clause.
    else if (t.slice(from, from + 6).some((x) => x.norm === 'that') && !t.slice(from, from + 6).some((x) => x.pos === 'VERB')) {
      from = t.findIndex((x, i) => i >= from && x.norm === 'that') + 1;
    }
    // ("told reporters that the council had concluded …": past the addressee, whatever comes after the "that")
    else if (ADDRESSING.has(tok.lemma) && pastAddressee(t, from) > from) from = pastAddressee(t, from);
    // "told VOA that …": the addressee is not part of what was said.
    else if (mentions.some((m) => m.from === from) && t[(mentions.find((m) => m.from === from)!).to]?.norm === 'that') from = mentions.find((m) => m.from === from)!.to + 1;
    // "Fighters withdrew from Boni, the army said (in a statement)": the statement is what came before.
    const tagComma = (() => { for (let i = k - 1; i >= 0 && i >= k - 9; i--) if (t[i]!.text === ',') return i; return -1; })();
    // (only when the speaker itself stands after that comma: "The CSP, an alliance …, highlighted" is no tag)
    // (not the comma of a dateline: "BAMAKO, Sept. 18, 2024 - Mali's military authorities said …")
    const dash = t.findIndex((x, i) => i < k && (x.text === '—' || x.text === '–' || (x.text === '-' && t[i - 1] !== undefined && t[i - 1]!.end < x.start)));
    if (!q && tagComma > 2 && tagComma > dash && subject.from > tagComma && !t.slice(tagComma + 1, k).some((x) => x.pos === 'VERB' || ['where', 'which', 'who', 'when', 'while', 'as'].includes(x.norm)) && t[k + 1]?.norm !== 'that'
      && (t.length - k <= 8 || ['on', 'in', 'at', ','].includes(t[k + 1]?.norm ?? '') || (afterQuote && subject.from <= k + 3))
      // ("In a statement on Sunday, the prosecutor said he had ordered an inquiry": a clause after the verb is what was said)
      && !t.slice(k + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) [from, to] = [dash + 1, tagComma + 1];
    if (tag) [from, to] = [0, k - 3];
    // ("Chadian units, he said, had pursued the insurgents": a speaker's parenthesis claims the whole sentence)
    else if (!q && t[k + 1]?.text === ',' && subject.to === k && t[subject.from - 1]?.text === ',') [from, to] = [0, t.length];
    if (to - from < 2) [from, to] = [0, t.length];
    // (states named with the speaker speak with it: "Chad and Mauritania said")
    make(out, docId, s, coordinated(subject, speakers, s), k, tok.text, from, to, `claim.reporting-verb.${lemma}`, 0.85);
  }
  return out;
}

/** Adds the claims of the claimants (one per claimant and sentence) of what tokens [from, to) say; the whole sentence when the span is empty. */
function make(out: ClaimSpan[], docId: string, s: Sentence, claimants: ResolvedMention[], cueAt: number, cue: string, from: number, to: number, rule: string, confidence: number): void {
  const t = s.tokens;
  if (from >= to) { from = 0; to = t.length; }
  const text = s.text.slice(t[from]!.start - s.start, t[to - 1]!.end - s.start);
  for (const c of claimants) {
    if (out.some((o) => o.claim.claimant === c.entity)) continue;
    const id = hashId(docId, s.index, c.entity, cueAt);
    out.push({
      from, to,
      claim: {
        id, claimant: c.entity, text, cue,
        evidence: { doc: docId, sentence: s.index, start: s.start, end: s.end, text: s.text, rule, confidence: c.kind === 'name' || c.kind === 'acronym' ? confidence : confidence - 0.15 },
      },
    });
  }
}

/** Is there a negation in the three tokens before `k`? */
function negatedBefore(t: readonly Sentence['tokens'][number][], k: number): boolean {
  // (not past a comma: "The refugees were not harmed, said a local official" negates what is said, not the saying)
  for (let i = k - 1; i >= 0 && i >= k - 3 && t[i]!.text !== ','; i--) if (NEGATIONS.has(t[i]!.norm)) return true;
  return false;
}
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
/** Verbs of speech written before their speaker at a sentence's end ("…, said a local official in Tassara, …"). */
/** Verbs of speech whose object is who is spoken to: "told reporters that …". */
const ADDRESSING = new Set(['tell', 'inform', 'assure', 'remind', 'brief', 'notify']);

/** Past the "that" after an addressee of at most three words from `from` ("reporters", "the deputies", "AFP"); else `from`. */
function pastAddressee(t: Sentence['tokens'], from: number): number {
  for (let i = from; i < from + 4 && i < t.length; i++) {
    if (t[i]!.norm === 'that' && i > from) return i + 1;
    if (!(t[i]!.pos === 'NOUN' || t[i]!.pos === 'PROPN' || t[i]!.pos === 'PRON' || t[i]!.pos === 'DET')) return from;
  }
  return from;
}

const INVERTING = new Set(['say', 'add', 'tell']);
/** Reporting verbs whose passive names its speaker in a by-phrase: "was accused by Amnesty International of …". */
const PASSIVE_CLAIMS = new Set(['accuse', 'criticize', 'criticise', 'condemn', 'denounce', 'report', 'confirm', 'deny', 'document']);

/** Documents that speak for who issued them, as the subject of a reporting verb ("The report said …"; not events.ts's
 * media of a statement, looked for anywhere in a sentence, where "release" and "text" mislead). */
const DOCUMENTS = new Set(['statement', 'communique', 'communiqué', 'report', 'letter', 'declaration', 'message', 'text', 'release', 'memo']);

const ISSUED_BY = new Set(['from', 'of', 'by']);

/** The antecedent of the relative pronoun at `r` as a speaker: an actor no preposition governs, or the issuer of a document. */
function relativeSpeaker(s: Sentence, r: number, actorMs: readonly ResolvedMention[]): ResolvedMention | undefined {
  const t = s.tokens;
  const m = actorMs.find((x) => x.to === r);
  if (!m) return undefined;
  const prep = prepOf(s, m);
  if (prep === '') return m;
  // (the document right before the preposition's noun phrase: "a statement from the …")
  let p = m.from - 1;
  while (p >= 0 && t[p]!.pos !== 'ADP') p--;
  return ISSUED_BY.has(prep) && DOCUMENTS.has(t[p - 1]?.norm ?? '') ? m : undefined;
}

/** Reporting verbs that report only with a that-clause or a quotation. */
const THAT_ONLY = new Set(['find', 'recognise', 'recognize', 'concede', 'conclude', 'observe', 'recall', 'counter', 'disclose', 'testify', 'repeat', 'reiterate', 'reply', 'respond']);
/** Verbs that report only a question they raise ("questioned in public why travellers had been kept outside"). */
const ASKING = new Set(['question', 'ask', 'wonder']);
const WH = new Set(['why', 'whether', 'how', 'if']);
/** Whether a wh-word opens a clause within a few tokens after `k` ("asked on Monday whether …"). */
const asksAt = (t: Sentence['tokens'], k: number): boolean => {
  for (let i = k + 1; i <= k + 4 && i < t.length; i++) if (WH.has(t[i]!.norm)) return true;
  return false;
};

/** What one "puts at" a number, or "gives" of one. */
const FIGURES = new Set(['number', 'toll', 'figure', 'tally', 'count']);
/** Verbs that give a figure ("gave a toll of 24 dead"). */
const FIGURE_GIVERS = new Set(['give', 'issue', 'publish', 'release', 'announce', 'provide']);

/** Words after which a new clause, and its subject, begins. */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but', 'and', 'as', 'when', 'although', 'though']);

/** Who speaks for a person: "according to his office". */
const SPOKESPEOPLE = new Set(['office', 'aides', 'aide', 'spokesman', 'spokeswoman', 'spokesperson', 'entourage', 'camp', 'lawyer', 'lawyers', 'family', 'party', 'cabinet']);

/**
 * The one a closing tag ", his spokesman said." speaks for: the sentence's subject, the first actor before the tag that no
 * preposition governs — a person for "his"/"her", a body for "its".
 */
function spokespersonTag(s: Sentence, k: number, actorMs: readonly ResolvedMention[]): ResolvedMention | undefined {
  const t = s.tokens;
  const owner = t[k - 2]?.norm;
  if (!SPOKESPEOPLE.has(t[k - 1]?.norm ?? '') || t[k - 3]?.text !== ',' || (owner !== 'his' && owner !== 'her' && owner !== 'its')
    // (at the end, or before the next clause: "…, his spokesman said, and urged …")
    || (t.length - k > 4 && t[k + 1]?.text !== ',')) return undefined;
  return actorMs.find((m) => m.to <= k - 3 && prepOf(s, m) === '' && (m.cls === 'Person') === (owner !== 'its'));
}

function prepOf(s: Sentence, m: { from: number }): string {
  for (let i = m.from - 1; i >= 0 && i >= m.from - 4; i--) {
    const tok = s.tokens[i]!;
    if (tok.pos === 'ADP') return tok.norm;
    if (!['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN'].includes(tok.pos)) return '';
    // ("On 7 January the Malian army backed …")
    if (afterFrontedPhrase(s.tokens, i)) return '';
  }
  return '';
}

const SKIP_POS = new Set(['ADV', 'AUX', 'PART']);
/** Words that open a relative clause set off by commas. */
const RELATIVE_OPENERS = new Set(['which', 'who']);
/** Participles that put a body under a person: "the colonels led by X". */
const LEADING = new Set(['led', 'headed', 'commanded', 'chaired']);
/** The body a person mention is the leader of in "the colonels led by X" (the body speaks, not he), if any. */
function ledBody(t: Sentence['tokens'], mentions: readonly ResolvedMention[], m: ResolvedMention): ResolvedMention | undefined {
  if (m.cls !== 'Person') return undefined;
  // ("the Yobe state government of Governor Ibrahim Gaidam said": the government named after its head)
  let b = m.from - 1;
  while (b > 0 && TITLES.has(t[b]!.norm)) b--;
  if (t[b]?.norm === 'of') return mentions.find((x) => x.to === b && x.cls === 'Government');
  if (t[m.from - 1]?.norm !== 'by' || !LEADING.has(t[m.from - 2]?.norm ?? '')) return undefined;
  return mentions.find((x) => x.to === m.from - 2 && !isPlaceClass(x.cls) && x.cls !== 'Person');
}
const SKIP_WORDS = new Set(['also', 'later', 'both', 'then', 'all', 'each', 'quickly', 'again', 'had', 'has', 'have']);

/**
 * The subject noun phrase before a verb, if it is a mention: walks back over adverbs, parentheses and
 * comma-enclosed asides ("The army, which moved towards Kidal …, recorded"). Another noun in the way
 * means the speaker is not an entity ("both camps said", "another elected official said").
 */
/** The participle ("issued", "released") opening a short phrase of place or time that ends at token `end`, after a noun; or -1. */
function participleBefore(t: Sentence['tokens'], end: number): number {
  for (let q = end; q > end - 6 && q > 0; q--) {
    const x = t[q]!;
    if (x.pos === 'VERB' && /(ed|en)$/.test(x.norm)) return t[q - 1]!.pos === 'NOUN' && q < end ? q : -1;
    if (!['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ'].includes(x.pos)) return -1;
  }
  return -1;
}

function subjectBefore(s: Sentence, k: number, mentions: readonly ResolvedMention[], depth = 0): ResolvedMention | undefined {
  const t = s.tokens;
  let i = k - 1;
  let asides = 0;
  let pastAside = false;
  while (i >= 0) {
    const m = mentions.find((x) => i >= x.from && i < x.to);
    // ("the defence ministry in Paris said": a place in a prepositional phrase locates the speaker)
    if (m && isPlaceClass(m.cls) && t[m.from - 1]?.pos === 'ADP' && m.from >= 2) { i = m.from - 2; continue; }
    const led = m && ledBody(t, mentions, m);
    if (led) return led;
    // (a state named before an aside speaks: "Chad and Mauritania, the last two members of the G5 Sahel, said")
    // (and a state a count stands for: "Mali and Niger quit the bloc. The two juntas said …")
    if (m) return isPlaceClass(m.cls) && !((pastAside || m.counted) && m.cls === 'Country' && m.kind === 'name' && !governingPreposition(s, m)) ? undefined : m;
    const tok = t[i]!;
    // "President X, who …, visited the scene and said …": a second verb speaks with the first one's subject.
    // (the chain's first verb: "MINUSMA, sent troops to Ogossagou to evacuate the wounded and said …")
    // ("The authorities did not comment on X but described the assailants as …": past "but" too)
    if ((tok.norm === 'and' || tok.norm === 'but') && tok.pos === 'CCONJ' && depth < 2) {
      const v = t.findIndex((x, q) => q < i && x.pos === 'VERB' && t[q - 1]?.norm !== 'to' && !mentions.some((o) => q >= o.from && q < o.to));
      return v >= 0 ? subjectBefore(s, v, mentions, depth + 1) : undefined;
    }
    if (SKIP_POS.has(tok.pos) || SKIP_WORDS.has(tok.norm) || /^[“”"«»]$/.test(tok.text)) { i--; continue; }
    // ("The army has since said …")
    if (i === k - 1 && sinceAsAdverb(t, i)) { i--; continue; }
    // "The DoD inquiry … found": an organisation's inquiry, report or statement speaks for it.
    // ("The army general staff said": through a word or two of the noun phrase)
    if (tok.pos === 'NOUN') {
      // ("the government's spokesman said", "a statement from the army's general staff": through a possessive)
      // (a person's own office or spokesman speaks for him: "Zulum's office said"; not his kin or his party's men)
      const owner = mentions.find((x) => (x.to === i || (x.to === i - 1 && (['NOUN', 'ADJ'].includes(t[i - 1]!.pos) || /^['’]s?$/.test(t[i - 1]!.text))))
        && !isPlaceClass(x.cls) && (x.cls !== 'Person' || (x.to === i - 1 && /^['’]s?$/.test(t[i - 1]!.text) && SPOKESPEOPLE.has(tok.norm) && i === k - 1)));
      if (owner) return owner;
    }
    if (tok.text === ',') {
      // "the French Minister of the Armed Forces, Florence Parly, announced": the part between the
      // commas is the speaker itself when it is one whole mention.
      // ("Bazoum's party, the Nigerien Party for Democracy and Socialism (PNDS-Tarayya), said": past its bracketed
      // short name and its article)
      let e = i;
      if (t[e - 1]?.text === ')') { while (e > 0 && t[e - 1]!.text !== '(') e--; e--; }
      const whole = mentions.find((x) => (x.to === i || x.to === e) && opensAside(s, x) && !isPlaceClass(x.cls));
      if (whole) return whole;
      // ("Rights groups, the CISC among them, have accused …": the one named among the speakers speaks)
      if (t[i - 1]?.norm === 'them' && t[i - 2]?.norm === 'among') {
        const among = mentions.find((x) => x.to === i - 2 && !isPlaceClass(x.cls) && opensAside(s, x));
        if (among) return among;
      }
      // ("The confederation, which brings together Mali, Burkina Faso and Niger, said": a relative clause holding a list
      // speaks for its antecedent)
      for (let r = i - 2; r > 0 && r >= i - 16; r--) {
        if (!RELATIVE_OPENERS.has(t[r]!.norm) || t[r - 1]!.text !== ',') continue;
        if (t.slice(r + 1, i).some((x) => x.pos === 'VERB')) {
          const head = antecedentBefore(s, mentions.filter((x) => !isPlaceClass(x.cls)), r - 1);
          if (head) return ledBody(t, mentions, head) ?? head;
        }
        break;
      }
      // Skip a comma-enclosed aside ("The army, which moved …, recorded"); several in a row too
      // ("France, the former colonial power, which has troops in Niger, said").
      let j = i - 1;
      while (j >= 0 && t[j]!.text !== ',') j--;
      if (j < 0) return undefined;
      i = j - 1;
      // (an aside, not the rest of a list: "which brings together Mali, Burkina Faso and Niger, said")
      pastAside = t[j + 1]?.pos !== 'PROPN';
      // (an aside may end in a mention that is a prepositional object: "Fahad Ag Almahmoud, secretary general of
      // the GATIA, a pillar of the Platform, affirmed" — the GATIA is not the one who speaks)
      const ending = mentions.find((x) => i >= x.from && i < x.to);
      const ledBy = ending && ledBody(t, mentions, ending);
      if (ledBy) return ledBy;
      if (i >= 0 && (!ending || prepOf(s, ending) !== '') && t.slice(0, i).some((x) => x.text === ',') && asides++ < 3) {
        let h = i;
        while (h >= 0 && t[h]!.text !== ',') h--;
        if (h >= 0 && mentions.some((x) => h - 1 >= x.from && h - 1 < x.to)) i = h;
      }
      continue;
    }
    // ("Paris and its European partners accuse …": the first of the speakers speaks)
    if (tok.pos === 'NOUN' && i === k - 1) {
      let h = i - 1;
      while (h > i - 4 && (t[h]?.pos === 'ADJ' || t[h]?.pos === 'PROPN')) h--;
      if ((t[h]?.norm === 'its' || t[h]?.norm === 'their') && t[h - 1]?.norm === 'and') { i = h - 2; continue; }
      // ("the Chadian authorities and local officials blamed …": past speakers no mention names)
      if (t[h]?.norm === 'and' && mentions.some((x) => x.to === h && !isPlaceClass(x.cls))) { i = h - 1; continue; }
    }
    // "for his part", "in a statement": a short prepositional phrase before the verb.
    if (tok.pos === 'NOUN' && ['his', 'her', 'its', 'their', 'a', 'the'].includes(t[i - 1]?.norm ?? '') && t[i - 2]?.pos === 'ADP') {
      i -= 3;
      continue;
    }
    // "JNIM, the Sahel branch of al-Qaida, which said …": a relative pronoun speaks for its antecedent,
    // the head of an apposition chain.
    if (RELATIVE_OPENERS.has(tok.norm) && t[i - 1]?.text === ',') return antecedentBefore(s, mentions.filter((x) => !isPlaceClass(x.cls)), i - 1);
    if (tok.text === ')') {
      while (i >= 0 && t[i]!.text !== '(') i--;
      i--;
      continue;
    }
    // ("A government statement issued on Thursday evening described …": past a participle phrase after the subject's noun)
    const participle = participleBefore(t, i);
    if (participle > 0) { i = participle - 1; continue; }
    return undefined;
  }
  return undefined;
}

/** The mention opens what stands between two commas (or the sentence), past its title words, adjectives or description. */
function opensAside(s: Sentence, x: ResolvedMention): boolean {
  const t = s.tokens;
  // ("the government spokesman, Colonel Abdoulaye Maïga, announced": past the person's own title words)
  // ("the Chief of Defence Staff, Air Chief Marshal Alex Badeh, told": "Air" is a title before another)
  let f = x.from;
  while (f > 0 && (TITLES.has(t[f - 1]!.norm) || isTitleAt(s.norms, f - 1))) f--;
  // ("The head of MINUSMA, the Chadian Mahamat Saleh Annadif, condemned": an adjective or two after the article)
  const g = pastModifiers(t, f);
  // (or a clause of its own: "…, while Fahad Ag Almahmoud, secretary general of the GATIA, affirmed")
  // ("His main challenger, the opposition candidate Atiku Abubakar, accused": a description before the name)
  let h = f;
  while (h > 0 && h > f - 4 && (t[h - 1]!.pos === 'NOUN' || t[h - 1]!.pos === 'ADJ')) h--;
  return f === 0 || t[f - 1]!.text === ',' || (t[g - 1]?.pos === 'DET' && t[g - 2]?.text === ',') || CLAUSE_OPENERS.has(t[f - 1]!.norm)
    || (h < f && t[h - 1]?.pos === 'DET' && t[h - 2]?.text === ',');
}

/**
 * The quotation of a sentence: from its first quote mark to its last, or, when the sentence holds several
 * quotations, the one that ends just before the verb at `k` or opens just after it ("“I abducted your girls,” he
 * says, before threatening to sell them “in the market”").
 */
function quoteRange(s: Sentence, k: number): [number, number] | undefined {
  // (the tokens that hold a quotation mark, by a loop: this runs for every reporting verb; none when the text has none)
  if (!QUOTES.test(s.text)) return undefined;
  const idx: number[] = [];
  for (let i = 0; i < s.tokens.length; i++) if (QUOTES.test(s.tokens[i]!.text)) idx.push(i);
  if (idx.length < 2) return undefined;
  if (idx.length >= 4 && idx.length % 2 === 0) {
    for (let p = 0; p + 1 < idx.length; p += 2) {
      const a = idx[p]!, b = idx[p + 1]!;
      if ((b < k && k - b <= 4) || (a > k && a <= k + 3)) return [a + 1, b];
    }
  }
  return [idx[0]! + 1, idx[idx.length - 1]!];
}
