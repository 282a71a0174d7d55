// Domain types of the pipeline, and the one list of ontology terms that the extractor, the RDF
// writer, the explorer legend and the query helpers all read.

/* ------------------------------------------------------------------ vocabulary */

/** Entity classes (local names in the ontology namespace) with the branch they belong to. */
export const ENTITY_CLASSES = [
  'StateForce',
  'ArmedGroup',
  'PrivateMilitaryCompany',
  'Government',
  'InternationalOrganization',
  'Organization',
  'Person',
  'EthnicGroup',
  'Country',
  'Region',
  'Settlement',
  'Site',
  'Place',
] as const;
export type EntityClass = (typeof ENTITY_CLASSES)[number];

export const PLACE_CLASSES: readonly EntityClass[] = ['Country', 'Region', 'Settlement', 'Site', 'Place'];
export const isPlaceClass = (c: EntityClass): boolean => PLACE_CLASSES.includes(c);

/** Event classes; ACLED-aligned where ACLED has one. Parents are declared in the ontology. */
export const EVENT_CLASSES = [
  'Event',
  'ArmedClash',
  'Attack',
  'Ambush',
  'Killing',
  'RemoteViolence',
  'Airstrike',
  'Shelling',
  'Bombing',
  'ViolenceAgainstCivilians',
  'Massacre',
  'Abduction',
  'Capture',
  'Withdrawal',
  'Deployment',
  'Advance',
  'Operation',
  'Disruption',
  'Blockade',
  'Agreement',
  'Ceasefire',
  'Declaration',
  'Coup',
  'Uprising',
  'Arrest',
  'LegalProceeding',
  'Trial',
  'Sanction',
  'DiplomaticRecall',
  'Suspension',
  'Dissolution',
  'Mediation',
  'Resignation',
  'Election',
  'Vote',
  'Appointment',
  'Formation',
  'Pledge',
  'Release',
  'Escape',
  'Protest',
  'Meeting',
  'Visit',
  'Investigation',
  'Evacuation',
  'Displacement',
  'HumanitarianAid',
  'Statement',
] as const;
export type EventClass = (typeof EVENT_CLASSES)[number];

/** Relations between two entities. `symmetric` ones are owl:SymmetricProperty. */
export const RELATIONS = [
  'opposes',
  'attacked',
  'alliedWith',
  'supports',
  'withdrewFrom',
  'splitFrom',
  'controls',
  'captured',
  'memberOf',
  'leads',
  'locatedIn',
  'near',
  'mediates',
  'suspended',
  'sanctions',
  'overthrew',
] as const;
export type RelationType = (typeof RELATIONS)[number];

export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(['opposes', 'alliedWith', 'near']);

/** Display colours, read by the explorer legend; kept beside the terms so that both change together. */
export const CLASS_COLORS: Record<EntityClass | 'Event' | 'Claim', string> = {
  StateForce: '#2f6db5',
  ArmedGroup: '#c0392b',
  PrivateMilitaryCompany: '#8e44ad',
  Government: '#1f8a70',
  InternationalOrganization: '#2aa1c9',
  Organization: '#7f8c8d',
  Person: '#e67e22',
  EthnicGroup: '#b9770e',
  Country: '#5d6d7e',
  Region: '#7d8f69',
  Settlement: '#58a55c',
  Site: '#a3b18a',
  Place: '#6c9a6c',
  Event: '#f1c40f',
  Claim: '#d35400',
};

export const RELATION_COLORS: Record<RelationType, string> = {
  opposes: '#d64541',
  attacked: '#a93226',
  alliedWith: '#27ae60',
  supports: '#52be80',
  withdrewFrom: '#9b59b6',
  splitFrom: '#c39bd3',
  controls: '#2c3e50',
  captured: '#784212',
  memberOf: '#2980b9',
  leads: '#1a5276',
  locatedIn: '#95a5a6',
  near: '#bdc3c7',
  mediates: '#16a085',
  suspended: '#ca6f1e',
  sanctions: '#e67e22',
  overthrew: '#6e2c00',
};

/* ------------------------------------------------------------------ documents and text */

/** One article, as read from a file or a corpus line. `date` is an ISO day (YYYY-MM-DD) when known. */
export interface Document {
  id: string;
  text: string;
  source: string;
  title?: string;
  date?: string;
  url?: string;
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, ADP, …). */
  pos: string;
  /** Lower-cased, accent-free normal form with straight apostrophes (see nlp/segment.ts `fold`). */
  norm: string;
  lemma: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** The tokens' norms in order, made once for every rule that compares words. */
  norms: string[];
}

export interface Segmented {
  doc: Document;
  sentences: Sentence[];
}

/* ------------------------------------------------------------------ extraction */

export type MentionKind = 'name' | 'acronym' | 'description' | 'pronoun';

/** A span of text that names or describes an entity. Offsets are in the document's text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** Id of the document the offsets refer to. */
  doc: string;
  kind: MentionKind;
  /** Key of the entity it refers to (gazetteer id or a minted slug). */
  entity: string;
}

/** One real-world entity of a document (or of several, once merged). */
export interface Entity {
  /** Stable identifier: the gazetteer id, or a slug of the canonical name. Becomes the IRI's local name. */
  id: string;
  cls: EntityClass;
  label: string;
  altLabels: string[];
  mentions: Mention[];
  /** Gazetteer entry it was matched to, if any. */
  known: boolean;
  docs: string[];
}

/** Where a fact comes from: the sentence, its offsets, the rule that fired and how sure it is. */
export interface Evidence {
  doc: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  rule: string;
  confidence: number;
  /** Id of the claim this fact is reported in, when the article attributes it to a party. */
  claim?: string;
}

export interface Relation {
  subject: string;
  predicate: RelationType;
  object: string;
  evidence: Evidence[];
}

export type ParticipantRole = 'agent' | 'target' | 'participant';

export interface EventFact {
  id: string;
  cls: EventClass;
  trigger: string;
  participants: { entity: string; role: ParticipantRole }[];
  place?: string;
  /** xsd:date, xsd:gYearMonth or xsd:gYear lexical form. */
  date?: string;
  evidence: Evidence[];
}

export interface Claim {
  id: string;
  claimant: string;
  /** The reported content, verbatim. */
  text: string;
  /** The reporting verb or phrase: said, claimed, according to … */
  cue: string;
  evidence: Evidence;
}

/** Everything extracted from a set of documents: the input of the RDF writer. */
export interface Extraction {
  documents: Document[];
  entities: Entity[];
  relations: Relation[];
  events: EventFact[];
  claims: Claim[];
}

/* ------------------------------------------------------------------ gazetteer */

/** A known actor or place, read from `ontology/gazetteer/*.ttl`. */
export interface GazetteerEntry {
  /** Local name of its IRI in the `ent:` namespace, e.g. `fama`. */
  id: string;
  cls: EntityClass;
  /** skos:prefLabel: the canonical name. */
  label: string;
  /** skos:altLabel: other full names, spellings, translations. */
  aliases: string[];
  /** kg:acronym: short forms matched case-sensitively (FAMa, CSP, MNLA). */
  acronyms: string[];
  /** kg:demonym: adjectives naming the country's people or state (Malian, Nigerien), places only. */
  demonyms: string[];
  /** kg:country: the country a state force, government or place belongs to (entity id). */
  country?: string;
  /** kg:locatedIn: the enclosing place (region of a town, country of a region). */
  locatedIn?: string;
  /** kg:memberOf: coalitions or parent organisations (entity ids). */
  memberOf: string[];
  /** kg:leads: the bodies a person led or leads (entity ids): said of an article that names both in one sentence. */
  leads?: string[];
  /** kg:alliedWith: lasting partners in arms (entity ids): said of an article that names both in one sentence. */
  alliedWith?: string[];
  /** kg:capitalOf: the country whose capital this city is ("Bamako said" speaks for Mali's government). */
  capitalOf?: string;
  /** kg:orientation: an armed group's (separatist, jihadist, militia) or a junta's: lets "the rebels", "the junta" find it. */
  orientation?: string;
  /** schema:foundingDate / schema:dissolutionDate: when the body came into being and ended (YYYY[-MM[-DD]]). */
  from?: string;
  until?: string;
}

export interface Gazetteer {
  /** Version string of the gazetteer files (owl:versionInfo), recorded in the run's provenance. */
  version: string;
  entries: GazetteerEntry[];
}
