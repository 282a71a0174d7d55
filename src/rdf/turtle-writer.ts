// Turtle for the graphs the builder makes (named subjects, IRI or literal objects, the default graph),
// written byte for byte as n3's Writer writes them (test/rdf/turtle-writer.test.ts holds the two together).
// n3 matches every IRI against a regex of all the prefixes and slices the match, for each of a
// build's million quads; here each distinct vocabulary IRI is encoded once. Anything outside that
// shape returns undefined, and the caller hands it to n3.
import type { Literal, Quad, Term } from '@rdfjs/types';
import { rdf, xsd } from '../iris.ts';

// n3's escaping for Turtle: the short escapes, \uXXXX for other control characters, \UXXXXXXXX for
// characters outside the Basic Multilingual Plane.
const ESCAPE = /["\\\t\n\r\b\f\u0000-\u0019\ud800-\udbff]/;
const ESCAPE_ALL = /["\\\t\n\r\b\f\u0000-\u0019]|[\ud800-\udbff][\udc00-\udfff]/g;
const SHORT: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f' };
const escapeChar = (c: string): string => {
  const short = SHORT[c];
  if (short) return short;
  if (c.length === 1) return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return `\\U${((c.charCodeAt(0) - 0xd800) * 0x400 + c.charCodeAt(1) + 0x2400).toString(16).padStart(8, '0')}`;
};
const escape = (s: string): string => (ESCAPE.test(s) ? s.replace(ESCAPE_ALL, escapeChar) : s);

/** The local names n3 writes after a prefix; anything else is written as a full IRI. */
const LOCAL = /^[_a-zA-Z0-9](?:\.?[-_a-zA-Z0-9])*$/;
const LOCAL_FROM = /[_a-zA-Z0-9](?:\.?[-_a-zA-Z0-9])*$/y;
/** Whether `s` from index `i` to its end is a local name (LOCAL without slicing it off). */
const isLocalFrom = (s: string, i: number): boolean => {
  LOCAL_FROM.lastIndex = i;
  return LOCAL_FROM.test(s);
};
const TYPE = rdf('type');
// Running a regular expression on a string flattens it (in V8), whatever the expression.
const FLAT = /^/;
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?\d*\.\d+$/;
const DOUBLE = /^[+-]?(?:\d+\.\d*|\.?\d+)[eE][+-]?\d+$/;
const XSD_STRING = xsd('string'), XSD_BOOLEAN = xsd('boolean'), XSD_INTEGER = xsd('integer'), XSD_DECIMAL = xsd('decimal'), XSD_DOUBLE = xsd('double');

/** Writes quads (already in the order wanted) as Turtle with the given prefixes, or undefined if they fall outside the shape. */
export function writeBuiltTurtle(quads: readonly Quad[], prefixes: Record<string, string>): string | undefined {
  // Text is appended to a chunk of ~16 KB, flattened as soon as it is full; every 32 chunks are joined
  // into a block, and blocks once at the end. Appending makes a rope node per piece: flattened at once,
  // they die young, where ropes kept to the end were copied by the collector (the old way, twice the
  // time); chunks die young too, and a block is large enough to be allocated where nothing is copied.
  const chunks: string[] = [];
  const blocks: string[] = [];
  let out = '';
  const spaces = Object.entries(prefixes);
  // An IRI that already reads as a prefixed name ("kg:x") is a case n3 treats apart: leave it to n3.
  const names = spaces.map(([p]) => `${p}:`);
  // A local name holds no '/' or '#', so an IRI's namespace is all of it up to the last of those: one
  // map lookup instead of trying every prefix (when every namespace ends so, as ours do).
  const byNamespace = spaces.every(([, ns]) => /[/#]$/.test(ns)) ? new Map(spaces.map(([p, ns]) => [ns, p])) : undefined;
  // Subjects come sorted, so most share the namespace of the one before: try it first. A namespace
  // with nothing to escape followed by a local name needs no escaping, and no slicing to find.
  let lastNamespace = '', lastPrefix = '';
  const encode = (value: string): string | undefined => {
    if (lastNamespace && value.startsWith(lastNamespace) && isLocalFrom(value, lastNamespace.length)) return lastPrefix + value.slice(lastNamespace.length);
    const v = escape(value);
    if (byNamespace) {
      const cut = Math.max(v.lastIndexOf('/'), v.lastIndexOf('#')) + 1;
      const ns = v.slice(0, cut);
      const p = byNamespace.get(ns);
      if (p !== undefined && LOCAL.test(v.slice(cut))) {
        if (!ESCAPE.test(ns)) (lastNamespace = ns), (lastPrefix = `${p}:`);
        return `${p}:${v.slice(cut)}`;
      }
    } else {
      for (const [p, ns] of spaces) if (v.startsWith(ns) && LOCAL.test(v.slice(ns.length))) return `${p}:${v.slice(ns.length)}`;
    }
    return names.some((n) => v.startsWith(n)) ? undefined : `<${v}>`;
  };
  /** A literal as written, or undefined if its datatype cannot be. */
  const literal = (l: Literal): string | undefined => {
    // A number or boolean written bare holds nothing to escape: test it before scanning for escapes.
    if (!l.language) {
      switch (l.datatype.value) {
        case XSD_STRING: return `"${escape(l.value)}"`;
        case XSD_BOOLEAN: if (l.value === 'true' || l.value === 'false') return l.value; break;
        case XSD_INTEGER: if (INTEGER.test(l.value)) return l.value; break;
        case XSD_DECIMAL: if (DECIMAL.test(l.value)) return l.value; break;
        case XSD_DOUBLE: if (DOUBLE.test(l.value)) return l.value; break;
      }
    }
    const v = escape(l.value);
    if (l.language) return `"${v}"@${l.language}${l.direction ? `--${l.direction}` : ''}`;
    const dt = object(l.datatype);
    return dt === undefined ? undefined : `"${v}"^^${dt}`;
  };
  // Classes, entities, documents, offsets, rules and sentence texts recur as objects, and the builder
  // shares one term for each: remember what each term wrote, by identity (no string to hash). Output
  // is grouped by kind of node, so when the memory fills, what it holds is stale: start again.
  const written = new Map<Term, string>();
  const object = (o: Term): string | undefined => {
    let w = written.get(o);
    if (w !== undefined) return w;
    w = o.termType === 'Literal' ? literal(o) : o.termType === 'NamedNode' ? encode(o.value) : undefined;
    if (w === undefined) return undefined;
    if (written.size === 100_000) written.clear();
    written.set(o, w);
    return w;
  };
  // What starts a predicate: after a subject, or after the previous predicate of the same subject.
  const predicates = new Map<string, [first: string, next: string] | undefined>();
  const predicate = (p: string): [first: string, next: string] | undefined => {
    if (predicates.has(p)) return predicates.get(p);
    const e = p === TYPE ? 'a' : encode(p);
    const out: [string, string] | undefined = e === undefined ? undefined : [` ${e} `, `;\n    ${e} `];
    predicates.set(p, out);
    return out;
  };

  for (const [p, ns] of spaces) out += `@prefix ${p}: <${ns}>.\n`;
  if (spaces.length) out += '\n';
  let subject: string | undefined;
  let lastPredicate: string | undefined;
  for (const q of quads) {
    if (q.graph.termType !== 'DefaultGraph' || q.subject.termType !== 'NamedNode' || q.predicate.termType !== 'NamedNode') return undefined;
    const p = q.predicate.value;
    if (q.subject.value === subject) {
      if (p === lastPredicate) out += ', ';
      else {
        const pe = predicate(p);
        if (pe === undefined) return undefined;
        out += pe[1];
      }
    } else {
      const se = encode(q.subject.value);
      const pe = predicate(p);
      if (se === undefined || pe === undefined) return undefined;
      if (subject !== undefined) {
        out += '.\n';
        if (out.length > 1 << 14) {
          FLAT.test(out);
          chunks.push(out);
          out = '';
          if (chunks.length === 32) blocks.push(chunks.splice(0).join(''));
        }
      }
      out += se;
      out += pe[0];
      subject = q.subject.value;
    }
    const o = object(q.object);
    if (o === undefined) return undefined;
    out += o;
    lastPredicate = p;
  }
  if (subject !== undefined) out += '.\n';
  chunks.push(out);
  blocks.push(chunks.join(''));
  return blocks.join('');
}
