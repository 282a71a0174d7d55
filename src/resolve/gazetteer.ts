// Reads the gazetteer (ontology/gazetteer/*.ttl) into plain entries: the known actors and places with
// their names, acronyms and links. parseGazetteer is pure; loadGazetteer adds the file reading.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'n3';
import type { Quad } from 'n3';
import { InputError } from '../errors.ts';
import { NS, localName } from '../iris.ts';
import { ENTITY_CLASSES, type EntityClass, type Gazetteer, type GazetteerEntry } from '../types.ts';

/** The gazetteer shipped with the project, found from this module so that it works from any cwd. */
export const DEFAULT_GAZETTEER_DIR = fileURLToPath(new URL('../../ontology/gazetteer/', import.meta.url));

/** Version reported when no file carries an owl:versionInfo. */
export const UNVERSIONED = 'unversioned';

const RDF_TYPE = `${NS.rdf}type`;
const P = {
  prefLabel: `${NS.skos}prefLabel`,
  altLabel: `${NS.skos}altLabel`,
  label: `${NS.rdfs}label`,
  acronym: `${NS.kg}acronym`,
  demonym: `${NS.kg}demonym`,
  country: `${NS.kg}country`,
  locatedIn: `${NS.kg}locatedIn`,
  memberOf: `${NS.kg}memberOf`,
  leads: `${NS.kg}leads`,
  alliedWith: `${NS.kg}alliedWith`,
  orientation: `${NS.kg}orientation`,
  capitalOf: `${NS.kg}capitalOf`,
  foundingDate: `${NS.schema}foundingDate`,
  dissolutionDate: `${NS.schema}dissolutionDate`,
  versionInfo: `${NS.owl}versionInfo`,
} as const;
const OWL_ONTOLOGY = `${NS.owl}Ontology`;
const KNOWN_CLASSES: ReadonlySet<string> = new Set(ENTITY_CLASSES);

/** What is gathered about one subject across all files before it becomes an entry. */
interface Draft {
  id: string;
  /** The file that first described it, named in error messages. */
  source: string;
  classes: Set<string>;
  canonical: string[];
  otherPrefLabels: string[];
  rdfsLabels: string[];
  aliases: string[];
  acronyms: string[];
  demonyms: string[];
  country: string[];
  locatedIn: string[];
  memberOf: string[];
  leads: string[];
  alliedWith: string[];
  orientation: string[];
  capitalOf: string[];
  from: string[];
  until: string[];
}

/**
 * Parses gazetteer Turtle (one text or several, e.g. one per file) into entries sorted by id.
 * `version` overrides the owl:versionInfo found in the texts; `sources` names each text in error messages.
 * Throws InputError on malformed Turtle, an unknown class, a missing label or a link to an unknown entry.
 */
export function parseGazetteer(turtle: string | readonly string[], version?: string, sources?: readonly string[]): Gazetteer {
  const texts = typeof turtle === 'string' ? [turtle] : turtle;
  const drafts = new Map<string, Draft>();
  const versions = new Set<string>();

  texts.forEach((text, i) => {
    const source = sources?.[i] ?? (texts.length === 1 ? 'gazetteer' : `gazetteer[${i}]`);
    let quads: Quad[];
    try {
      quads = new Parser({ format: 'text/turtle' }).parse(text);
    } catch (err) {
      const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0];
      throw new InputError(`kg/gazetteer: ${source} is not valid Turtle: ${reason}`);
    }
    const ontologies = new Set(
      quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === OWL_ONTOLOGY).map((q) => q.subject.value),
    );
    for (const q of quads) {
      if (q.predicate.value === P.versionInfo && ontologies.has(q.subject.value)) versions.add(q.object.value);
      if (q.subject.termType !== 'NamedNode' || !q.subject.value.startsWith(NS.ent)) continue;
      addQuad(drafts, q, source);
    }
  });

  const entries = [...drafts.values()].map(toEntry).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  checkLinks(entries, drafts);
  return { version: version ?? ([...versions].sort().join('+') || UNVERSIONED), entries };
}

/** Reads every `*.ttl` file of `dir` (in name order, so the result does not depend on the file system). */
export function loadGazetteer(dir: string = DEFAULT_GAZETTEER_DIR): Gazetteer {
  let files: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.ttl'))
      .sort()
      .map((f) => path.join(dir, f));
  } catch {
    throw new InputError(`kg/gazetteer: ${dir} is not a readable directory`);
  }
  const texts = files.map((f) => {
    try {
      return readFileSync(f, 'utf8');
    } catch {
      throw new InputError(`kg/gazetteer: ${f} cannot be read`);
    }
  });
  return parseGazetteer(texts, undefined, files);
}

/* ------------------------------------------------------------------ internals */

function addQuad(drafts: Map<string, Draft>, q: Quad, source: string): void {
  const id = q.subject.value.slice(NS.ent.length);
  let d = drafts.get(id);
  if (!d) {
    d = {
      id, source, classes: new Set(), canonical: [], otherPrefLabels: [], rdfsLabels: [],
      aliases: [], acronyms: [], demonyms: [], country: [], locatedIn: [], memberOf: [], leads: [], alliedWith: [], orientation: [], capitalOf: [], from: [], until: [],
    };
    drafts.set(id, d);
  }
  const o = q.object;
  const p = q.predicate.value;
  if (p === RDF_TYPE) {
    // Only types in our namespace decide the class; schema:Place or owl:NamedIndividual may sit beside them.
    if (o.value.startsWith(NS.kg)) d.classes.add(localName(o.value));
    return;
  }
  if (o.termType === 'Literal') {
    const value = o.value.trim();
    if (!value) return;
    // The canonical name is the untagged or English prefLabel; other languages' prefLabels are aliases.
    if (p === P.prefLabel) (o.language === '' || /^en\b/i.test(o.language) ? d.canonical : d.otherPrefLabels).push(value);
    else if (p === P.altLabel) d.aliases.push(value);
    else if (p === P.label) d.rdfsLabels.push(value);
    else if (p === P.acronym) d.acronyms.push(value);
    else if (p === P.demonym) d.demonyms.push(value);
    else if (p === P.orientation) d.orientation.push(value.toLowerCase());
    else if (p === P.foundingDate) d.from.push(value);
    else if (p === P.dissolutionDate) d.until.push(value);
    return;
  }
  if (o.termType === 'NamedNode' && o.value.startsWith(NS.ent)) {
    const target = o.value.slice(NS.ent.length);
    if (p === P.country) d.country.push(target);
    else if (p === P.locatedIn) d.locatedIn.push(target);
    else if (p === P.memberOf) d.memberOf.push(target);
    else if (p === P.leads) d.leads.push(target);
    else if (p === P.alliedWith) d.alliedWith.push(target);
    else if (p === P.capitalOf) d.capitalOf.push(target);
  }
}

function toEntry(d: Draft): GazetteerEntry {
  const where = `${d.source}: ent:${d.id}`;
  const classes = [...d.classes];
  if (classes.length === 0) throw new InputError(`kg/gazetteer: ${where} has no rdf:type in the kg: namespace`);
  const unknown = classes.filter((c) => !KNOWN_CLASSES.has(c));
  if (unknown.length) throw new InputError(`kg/gazetteer: ${where} has unknown class kg:${unknown[0]}`);
  if (classes.length > 1) throw new InputError(`kg/gazetteer: ${where} has several classes (${classes.sort().join(', ')})`);

  // rdfs:label stands in for a missing skos:prefLabel, so hand-written entries in either style load.
  const canonical = unique(d.canonical.length ? d.canonical : d.rdfsLabels);
  if (canonical.length === 0) throw new InputError(`kg/gazetteer: ${where} has no skos:prefLabel`);
  if (canonical.length > 1) throw new InputError(`kg/gazetteer: ${where} has several skos:prefLabel values`);
  const label = canonical[0]!;
  const single = (values: string[], name: string): string | undefined => {
    const u = unique(values);
    if (u.length > 1) throw new InputError(`kg/gazetteer: ${where} has several ${name} values`);
    return u[0];
  };

  const entry: GazetteerEntry = {
    id: d.id,
    cls: classes[0] as EntityClass,
    label,
    aliases: sorted(unique([...d.aliases, ...d.otherPrefLabels, ...(d.canonical.length ? d.rdfsLabels : [])]).filter((a) => a !== label)),
    acronyms: sorted(unique(d.acronyms)),
    demonyms: sorted(unique(d.demonyms)),
    memberOf: sorted(unique(d.memberOf)),
  };
  if (d.leads.length) entry.leads = sorted(unique(d.leads));
  if (d.alliedWith.length) entry.alliedWith = sorted(unique(d.alliedWith));
  const country = single(d.country, 'kg:country');
  const locatedIn = single(d.locatedIn, 'kg:locatedIn');
  if (country !== undefined) entry.country = country;
  if (locatedIn !== undefined) entry.locatedIn = locatedIn;
  const capitalOf = single(d.capitalOf, 'kg:capitalOf');
  if (capitalOf !== undefined) entry.capitalOf = capitalOf;
  const orientation = single(d.orientation, 'kg:orientation');
  if (orientation !== undefined) entry.orientation = orientation;
  // The years a body existed ("the junta" of a 2012 article is the 2012 one): ISO dates or years.
  for (const [values, name, key] of [[d.from, 'schema:foundingDate', 'from'], [d.until, 'schema:dissolutionDate', 'until']] as const) {
    const v = single(values, name);
    if (v === undefined) continue;
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new InputError(`kg/gazetteer: ${where} has ${name} "${v}", not a YYYY, YYYY-MM or YYYY-MM-DD date`);
    entry[key] = v;
  }
  return entry;
}

/** A link to an entry that does not exist is a typo in the data: report it where it was written. */
function checkLinks(entries: GazetteerEntry[], drafts: Map<string, Draft>): void {
  const ids = new Set(entries.map((e) => e.id));
  for (const e of entries) {
    const links: [string, string | undefined][] = [
      ['kg:country', e.country],
      ['kg:locatedIn', e.locatedIn],
      ...e.memberOf.map((m): [string, string] => ['kg:memberOf', m]),
      ...(e.leads ?? []).map((m): [string, string] => ['kg:leads', m]),
      ...(e.alliedWith ?? []).map((m): [string, string] => ['kg:alliedWith', m]),
    ];
    for (const [name, target] of links) {
      if (target !== undefined && !ids.has(target)) {
        throw new InputError(`kg/gazetteer: ${drafts.get(e.id)!.source}: ent:${e.id} ${name} links to unknown entry ent:${target}`);
      }
    }
  }
}

const unique = (values: string[]): string[] => [...new Set(values)];
const sorted = (values: string[]): string[] => values.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
