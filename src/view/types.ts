// The plain JSON the explorer page reads (`graph-data.json`): the graph reshaped for display, no RDF left.

import type { EntityClass, ParticipantRole, RelationType } from '../types.ts';

/** Version of the data file's shape; the page refuses files of another version. */
export const EXPLORER_DATA_VERSION = 1;

/** A highlighted mention inside an evidence sentence: offsets relative to the sentence start, and the entity id. */
export type EvidenceMark = [start: number, end: number, entity: string];

/** One sentence backing a relation, an event or a claim. */
export interface ExplorerEvidence {
  /** The verbatim sentence. */
  text: string;
  /** Document id (key of `ExplorerData.documents`). */
  doc: string;
  /** Character offsets of the sentence in the document. */
  start: number;
  end: number;
  sentence?: number;
  rule?: string;
  confidence?: number;
  /** Claim id, when the fact is known only from what a party says. */
  claim?: string;
  /** Entity id of that claim's claimant. */
  claimant?: string;
  /** Entity mentions inside the sentence, sorted, non-overlapping. */
  marks: EvidenceMark[];
}

export interface ExplorerEntity {
  id: string;
  iri: string;
  label: string;
  altLabels: string[];
  cls: EntityClass;
  /** Number of distinct entities it is related to. */
  degree: number;
  docs: string[];
  x?: number;
  y?: number;
}

export interface ExplorerRelation {
  /** `source|predicate|target`; symmetric relations are stored once with sorted ends. */
  id: string;
  source: string;
  target: string;
  predicate: RelationType;
  symmetric: boolean;
  evidence: ExplorerEvidence[];
}

export interface ExplorerEvent {
  id: string;
  iri: string;
  /** Local name of its class (ArmedClash, Withdrawal…). */
  cls: string;
  label: string;
  trigger?: string;
  /** xsd:date, xsd:gYearMonth or xsd:gYear lexical form. */
  date?: string;
  /** Entity id of its place. */
  place?: string;
  participants: { entity: string; role: ParticipantRole }[];
  evidence: ExplorerEvidence[];
  x?: number;
  y?: number;
}

export interface ExplorerClaim {
  id: string;
  iri: string;
  /** Entity id of who says it. */
  claimant?: string;
  cue?: string;
  text: string;
  /** Entities the claim is about: ends of facts reported according to it, and entities mentioned in it. */
  about: string[];
  evidence: ExplorerEvidence[];
  x?: number;
  y?: number;
}

export interface ExplorerDocument {
  id: string;
  iri: string;
  title?: string;
  source?: string;
  date?: string;
  url?: string;
}

/** Everything the page shows. Arrays are sorted by id so that the same graph gives the same bytes. */
export interface ExplorerData {
  version: typeof EXPLORER_DATA_VERSION;
  entities: ExplorerEntity[];
  relations: ExplorerRelation[];
  events: ExplorerEvent[];
  claims: ExplorerClaim[];
  documents: ExplorerDocument[];
}

/** Node kinds of the display graph. */
export type NodeKind = 'entity' | 'event' | 'claim';
