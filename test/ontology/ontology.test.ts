// Checks the ontology files (ontology/*.ttl): they parse, declare every term the code uses with a label
// and a comment, build the class trees the evaluation follows, and hold no entity instances.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Parser, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { NS } from '../../src/iris.ts';
import { ENTITY_CLASSES, EVENT_CLASSES, PLACE_CLASSES, RELATIONS, SYMMETRIC_RELATIONS } from '../../src/types.ts';

const ONTOLOGY_DIR = fileURLToPath(new URL('../../ontology/', import.meta.url));
const FILES = readdirSync(ONTOLOGY_DIR).filter((f) => f.endsWith('.ttl')).sort();
const ACLED = 'https://w3id.org/sahel-kg/acled#';
const CAMEO = 'https://w3id.org/sahel-kg/cameo#';

const parse = (file: string): Quad[] => new Parser({ format: 'text/turtle' }).parse(readFileSync(path.join(ONTOLOGY_DIR, file), 'utf8'));
const byFile = new Map(FILES.map((f) => [f, parse(f)]));
const all = [...byFile.values()].flat();
const kgQuads = byFile.get('kg.ttl') ?? [];

const kg = (local: string): string => NS.kg + local;
const RDF_TYPE = `${NS.rdf}type`;
const objects = (quads: Quad[], s: string, p: string): string[] =>
  quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
const has = (s: string, p: string, o: string): boolean => objects(all, s, p).includes(o);

const superOf = new Map<string, string[]>();
for (const q of all) {
  if (q.predicate.value === `${NS.rdfs}subClassOf` && q.object.termType === 'NamedNode') {
    superOf.set(q.subject.value, [...(superOf.get(q.subject.value) ?? []), q.object.value]);
  }
}
const ancestors = (cls: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(cls)) return seen;
  seen.add(cls);
  for (const sup of superOf.get(cls) ?? []) ancestors(sup, seen);
  return seen;
};

const declaredInKg = new Set(kgQuads.filter((q) => q.predicate.value === RDF_TYPE).map((q) => q.subject.value));

/** Properties of docs/graph-model.md, besides the relations. */
const OBJECT_PROPERTIES = ['mention', 'accordingTo', 'participant', 'agent', 'target', 'place', 'evidence', 'claimant', 'country'];
const DATATYPE_PROPERTIES = [
  'anchorText', 'start', 'end', 'sentence', 'evidenceText', 'rule', 'confidence', 'trigger', 'date', 'cue', 'claimText',
  'sourceFile', 'length', 'toolVersion', 'gazetteerVersion', 'acronym', 'demonym',
];
const OTHER_CLASSES = ['Actor', 'Place', 'Event', 'Claim', 'Mention', 'Evidence', 'Document', 'Organization'];

describe('ontology files', () => {
  it.each(FILES)('%s parses as Turtle', (file) => {
    expect(byFile.get(file)!.length).toBeGreaterThan(0);
  });

  it('has an owl:Ontology header with version, title, description and license', () => {
    const onto = 'https://w3id.org/sahel-kg/ontology';
    expect(has(onto, RDF_TYPE, `${NS.owl}Ontology`)).toBe(true);
    expect(objects(kgQuads, onto, `${NS.owl}versionInfo`)).toEqual(['0.4.0']);
    for (const p of ['title', 'description', 'license']) expect(objects(kgQuads, onto, NS.dcterms + p)).toHaveLength(1);
  });

  it('holds no instance of an actor or place class at the top level', () => {
    const instances = all
      .filter((q) => q.predicate.value === RDF_TYPE)
      .filter((q) => {
        const chain = ancestors(q.object.value);
        return chain.has(kg('Actor')) || chain.has(kg('Place'));
      })
      .map((q) => q.subject.value);
    expect(instances).toEqual([]);
  });

  it('uses only kg: terms that kg.ttl declares', () => {
    const used = new Set(all.flatMap((q) => [q.subject, q.predicate, q.object]).filter((t) => t.termType === 'NamedNode' && t.value.startsWith(NS.kg)).map((t) => t.value));
    expect([...used].filter((t) => !declaredInKg.has(t))).toEqual([]);
  });
});

describe('classes', () => {
  const classes = [...new Set<string>([...ENTITY_CLASSES, ...EVENT_CLASSES, ...OTHER_CLASSES])];

  it.each(classes)('kg:%s is an owl:Class with a label and a comment', (c) => {
    expect(has(kg(c), RDF_TYPE, `${NS.owl}Class`)).toBe(true);
    expect(objects(kgQuads, kg(c), `${NS.rdfs}label`).length).toBeGreaterThan(0);
    expect(objects(kgQuads, kg(c), `${NS.rdfs}comment`).length).toBeGreaterThan(0);
  });

  it.each([...ENTITY_CLASSES])('entity class kg:%s reaches the right top class', (c) => {
    const chain = ancestors(kg(c));
    const top = PLACE_CLASSES.includes(c) ? 'Place' : 'Actor';
    expect(chain.has(kg(top))).toBe(true);
    expect(chain.has(kg(top === 'Place' ? 'Actor' : 'Place'))).toBe(false);
  });

  it.each([...EVENT_CLASSES])('event class kg:%s reaches kg:Event', (c) => {
    expect(ancestors(kg(c)).has(kg('Event'))).toBe(true);
  });

  it('nests the organisation, place and event subclasses as designed', () => {
    const sub = (c: string, parent: string) => objects(kgQuads, kg(c), `${NS.rdfs}subClassOf`).includes(parent.includes(':') ? parent : kg(parent));
    for (const c of ['StateForce', 'ArmedGroup', 'PrivateMilitaryCompany', 'Government', 'InternationalOrganization']) expect(sub(c, 'Organization')).toBe(true);
    for (const c of ['Organization', 'Person', 'EthnicGroup']) expect(sub(c, 'Actor')).toBe(true);
    for (const c of ['Country', 'Region', 'Settlement', 'Site']) expect(sub(c, 'Place')).toBe(true);
    const pairs = [['Ambush', 'Attack'], ['Airstrike', 'RemoteViolence'], ['Shelling', 'RemoteViolence'], ['Bombing', 'RemoteViolence'], ['Massacre', 'ViolenceAgainstCivilians'],
      ['Abduction', 'ViolenceAgainstCivilians'], ['Advance', 'Deployment'], ['Ceasefire', 'Agreement'], ['Suspension', 'Sanction']];
    for (const [c, p] of pairs) expect(sub(c!, p!)).toBe(true);
    expect(sub('Actor', `${NS.prov}Agent`)).toBe(true);
    for (const c of ['Claim', 'Evidence', 'Mention', 'Document']) expect(sub(c, `${NS.prov}Entity`)).toBe(true);
  });
});

describe('properties', () => {
  it.each([...RELATIONS])('relation kg:%s is an object property with label, comment, domain and range', (r) => {
    expect(has(kg(r), RDF_TYPE, `${NS.owl}ObjectProperty`)).toBe(true);
    for (const p of ['label', 'comment', 'domain', 'range']) expect(objects(kgQuads, kg(r), NS.rdfs + p).length).toBeGreaterThan(0);
  });

  it('declares exactly the symmetric relations of SYMMETRIC_RELATIONS as owl:SymmetricProperty', () => {
    const symmetric = RELATIONS.filter((r) => has(kg(r), RDF_TYPE, `${NS.owl}SymmetricProperty`));
    expect(new Set(symmetric)).toEqual(new Set(SYMMETRIC_RELATIONS));
  });

  it('declares the sub-properties and the transitive kg:locatedIn', () => {
    const subProp = `${NS.rdfs}subPropertyOf`;
    expect(has(kg('attacked'), subProp, kg('opposes'))).toBe(true);
    expect(has(kg('agent'), subProp, kg('participant'))).toBe(true);
    expect(has(kg('target'), subProp, kg('participant'))).toBe(true);
    expect(has(kg('claimant'), subProp, `${NS.prov}wasAttributedTo`)).toBe(true);
    expect(has(kg('locatedIn'), RDF_TYPE, `${NS.owl}TransitiveProperty`)).toBe(true);
  });

  it.each(OBJECT_PROPERTIES)('kg:%s is an object property with label, comment, domain and range', (p) => {
    expect(has(kg(p), RDF_TYPE, `${NS.owl}ObjectProperty`)).toBe(true);
    for (const x of ['label', 'comment', 'domain', 'range']) expect(objects(kgQuads, kg(p), NS.rdfs + x).length).toBeGreaterThan(0);
  });

  it.each(DATATYPE_PROPERTIES)('kg:%s is a datatype property with label, comment and range', (p) => {
    expect(has(kg(p), RDF_TYPE, `${NS.owl}DatatypeProperty`)).toBe(true);
    for (const x of ['label', 'comment', 'range']) expect(objects(kgQuads, kg(p), NS.rdfs + x).length).toBeGreaterThan(0);
  });
});

describe('mappings', () => {
  const mappings = byFile.get('mappings.ttl') ?? [];
  const MATCH = ['closeMatch', 'broadMatch', 'narrowMatch', 'relatedMatch', 'exactMatch'].map((m) => NS.skos + m);
  const links = mappings.filter((q) => MATCH.includes(q.predicate.value) && q.subject.value.startsWith(NS.kg));

  it('maps only terms that kg.ttl declares', () => {
    expect(links.length).toBeGreaterThan(0);
    expect(links.map((q) => q.subject.value).filter((s) => !declaredInKg.has(s))).toEqual([]);
  });

  it('gives every minted ACLED and CAMEO concept a label', () => {
    const targets = new Set(links.map((q) => q.object.value).filter((o) => o.startsWith(ACLED) || o.startsWith(CAMEO)));
    expect(targets.size).toBeGreaterThan(20);
    expect([...targets].filter((t) => objects(mappings, t, `${NS.rdfs}label`).length === 0)).toEqual([]);
  });

  it('maps every event class except the root to ACLED or CAMEO', () => {
    const mapped = new Set(links.map((q) => q.subject.value));
    expect(EVENT_CLASSES.filter((c) => c !== 'Event' && !mapped.has(kg(c)))).toEqual([]);
  });

  it('uses the right CAMEO codes for the core classes', () => {
    const close = (c: string) => objects(mappings, kg(c), `${NS.skos}closeMatch`).filter((o) => o.startsWith(CAMEO)).map((o) => o.slice(CAMEO.length));
    expect(close('Airstrike')).toContain('195');
    expect(close('Shelling')).toContain('194');
    expect(close('Abduction')).toContain('181');
    expect(close('Ceasefire')).toContain('0871');
    expect(close('Agreement')).toContain('057');
    expect(close('Mediation')).toContain('045');
    expect(close('Massacre')).toContain('202');
    expect(close('Arrest')).toContain('173');
    expect(objects(mappings, `${CAMEO}195`, `${NS.rdfs}label`)).toContain('Employ aerial weapons');
  });

  it('maps the conflict and cooperation relations to CAMEO quad classes', () => {
    expect(has(kg('opposes'), `${NS.skos}broadMatch`, `${CAMEO}QuadClass4`)).toBe(true);
    expect(has(kg('alliedWith'), `${NS.skos}broadMatch`, `${CAMEO}QuadClass2`)).toBe(true);
  });
});
