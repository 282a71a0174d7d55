// Every namespace the project reads or writes, in one place (as N3.js keeps them in IRIs.js).

export const BASE = 'https://w3id.org/sahel-kg/';

export const NS = {
  kg: `${BASE}ontology#`,
  ent: `${BASE}id/entity/`,
  ev: `${BASE}id/event/`,
  claim: `${BASE}id/claim/`,
  stmt: `${BASE}id/statement/`,
  mention: `${BASE}id/mention/`,
  doc: `${BASE}id/document/`,
  run: `${BASE}id/run/`,
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  prov: 'http://www.w3.org/ns/prov#',
  schema: 'https://schema.org/',
  dcterms: 'http://purl.org/dc/terms/',
} as const;

export type Prefix = keyof typeof NS;

/** The prefixes written at the top of every Turtle file, in a fixed order. */
export const PREFIXES: Record<string, string> = { ...NS };

export const kg = (local: string): string => NS.kg + local;
export const rdf = (local: string): string => NS.rdf + local;
export const rdfs = (local: string): string => NS.rdfs + local;
export const xsd = (local: string): string => NS.xsd + local;
export const skos = (local: string): string => NS.skos + local;
export const prov = (local: string): string => NS.prov + local;
export const schema = (local: string): string => NS.schema + local;
export const owl = (local: string): string => NS.owl + local;
export const dcterms = (local: string): string => NS.dcterms + local;

/** Local name of an IRI: the part after the last '#' or '/'. */
export const localName = (iri: string): string => iri.replace(/^.*[#/]/, '');
