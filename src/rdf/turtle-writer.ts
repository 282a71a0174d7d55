// Turtle for the graphs the builder makes (named subjects, IRI or literal objects, the default graph),
// written byte for byte as n3's Writer writes them (test/rdf/turtle.test.ts holds the two together).
// n3 matches every IRI against a regex of all the prefixes and slices the match, for each of a
// build's million quads; here each distinct vocabulary IRI is encoded once. Anything outside that
// shape returns undefined, and the caller hands it to n3.
import type { Literal, NamedNode, Quad } from '@rdfjs/types';
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
const TYPE = rdf('type');
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?\d*\.\d+$/;
const DOUBLE = /^[+-]?(?:\d+\.\d*|\.?\d+)[eE][+-]?\d+$/;

/** Writes quads (already in the order wanted) as Turtle with the given prefixes, or undefined if they fall outside the shape. */
export function writeBuiltTurtle(quads: readonly Quad[], prefixes: Record<string, string>): string | undefined {
  const spaces = Object.entries(prefixes);
  // An IRI that already reads as a prefixed name ("kg:x") is a case n3 treats apart: leave it to n3.
  const names = spaces.map(([p]) => `${p}:`);
  const encoded = new Map<string, string>();
  const encode = (value: string): string | undefined => {
    const v = escape(value);
    for (const [p, ns] of spaces) if (v.startsWith(ns) && LOCAL.test(v.slice(ns.length))) return `${p}:${v.slice(ns.length)}`;
    return names.some((n) => v.startsWith(n)) ? undefined : `<${v}>`;
  };
  // Predicates, classes and the entities events point to recur: encode each once. Subjects come one
  // block each and are not remembered.
  const iri = (value: string): string | undefined => {
    let out = encoded.get(value);
    if (out === undefined && (out = encode(value)) !== undefined && encoded.size < 100_000) encoded.set(value, out);
    return out;
  };
  const literal = (l: Literal): string | undefined => {
    const v = escape(l.value);
    if (l.language) return `"${v}"@${l.language}${l.direction ? `--${l.direction}` : ''}`;
    switch (l.datatype.value) {
      case xsd('string'): return `"${v}"`;
      case xsd('boolean'): if (v === 'true' || v === 'false') return v; break;
      case xsd('integer'): if (INTEGER.test(v)) return v; break;
      case xsd('decimal'): if (DECIMAL.test(v)) return v; break;
      case xsd('double'): if (DOUBLE.test(v)) return v; break;
    }
    const dt = iri(l.datatype.value);
    return dt === undefined ? undefined : `"${v}"^^${dt}`;
  };

  // Pieces gathered in one array and joined once: appending to a string would keep a rope of a million
  // small pieces alive until the end, and collecting that garbage was most of the cost.
  const out: string[] = spaces.map(([p, ns]) => `@prefix ${p}: <${ns}>.\n`);
  if (spaces.length) out.push('\n');
  let subject: string | undefined;
  let predicate: string | undefined;
  for (const q of quads) {
    if (q.graph.termType !== 'DefaultGraph' || q.subject.termType !== 'NamedNode' || q.predicate.termType !== 'NamedNode') return undefined;
    const o = q.object.termType === 'NamedNode' ? iri(q.object.value) : q.object.termType === 'Literal' ? literal(q.object) : undefined;
    if (o === undefined) return undefined;
    const p = q.predicate.value;
    if (q.subject.value === subject) {
      if (p === predicate) out.push(', ', o);
      else {
        const pe = p === TYPE ? 'a' : iri(p);
        if (pe === undefined) return undefined;
        out.push(';\n    ', pe, ' ', o);
      }
    } else {
      const se = encode((q.subject as NamedNode).value);
      const pe = p === TYPE ? 'a' : iri(p);
      if (se === undefined || pe === undefined) return undefined;
      out.push(subject === undefined ? '' : '.\n', se, ' ', pe, ' ', o);
      subject = q.subject.value;
    }
    predicate = p;
  }
  if (subject !== undefined) out.push('.\n');
  return out.join('');
}
