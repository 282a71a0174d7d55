// Turtle for the graphs the builder makes (named subjects, IRI or literal objects, the default graph),
// written byte for byte as n3's Writer writes them (test/rdf/turtle-writer.test.ts holds the two together).
// n3 matches every IRI against a regex of all the prefixes and slices the match, for each of a
// build's million quads; here each distinct vocabulary IRI is encoded once. Anything outside that
// shape returns undefined, and the caller hands it to n3.
import type { Literal, Quad } from '@rdfjs/types';
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
const XSD_STRING = xsd('string'), XSD_BOOLEAN = xsd('boolean'), XSD_INTEGER = xsd('integer'), XSD_DECIMAL = xsd('decimal'), XSD_DOUBLE = xsd('double');

/** Writes quads (already in the order wanted) as Turtle with the given prefixes, or undefined if they fall outside the shape. */
export function writeBuiltTurtle(quads: readonly Quad[], prefixes: Record<string, string>): string | undefined {
  // Text is appended to a chunk of a few tens of KB, and chunks are joined once at the end: one string
  // for everything would keep a rope of millions of small pieces alive until the end, and one array of
  // every piece (the old way) cost more in joining and in the collector than the writing itself.
  const chunks: string[] = [];
  let out = '';
  const spaces = Object.entries(prefixes);
  // An IRI that already reads as a prefixed name ("kg:x") is a case n3 treats apart: leave it to n3.
  const names = spaces.map(([p]) => `${p}:`);
  // A local name holds no '/' or '#', so an IRI's namespace is all of it up to the last of those: one
  // map lookup instead of trying every prefix (when every namespace ends so, as ours do).
  const byNamespace = spaces.every(([, ns]) => /[/#]$/.test(ns)) ? new Map(spaces.map(([p, ns]) => [ns, p])) : undefined;
  const encode = (value: string): string | undefined => {
    const v = escape(value);
    if (byNamespace) {
      const cut = Math.max(v.lastIndexOf('/'), v.lastIndexOf('#')) + 1;
      const p = byNamespace.get(v.slice(0, cut));
      if (p !== undefined && LOCAL.test(v.slice(cut))) return `${p}:${v.slice(cut)}`;
    } else {
      for (const [p, ns] of spaces) if (v.startsWith(ns) && LOCAL.test(v.slice(ns.length))) return `${p}:${v.slice(ns.length)}`;
    }
    return names.some((n) => v.startsWith(n)) ? undefined : `<${v}>`;
  };
  // Predicates, classes and the entities events point to recur: encode each once. Subjects come one
  // block each and are not remembered.
  const encoded = new Map<string, string>();
  const iri = (value: string): string | undefined => {
    let out = encoded.get(value);
    if (out === undefined && (out = encode(value)) !== undefined && encoded.size < 100_000) encoded.set(value, out);
    return out;
  };
  /** Appends a literal to `out` (no string built for it); false if its datatype cannot be written. */
  const literal = (l: Literal): boolean => {
    const v = escape(l.value);
    if (l.language) { out += `"${v}"@${l.language}${l.direction ? `--${l.direction}` : ''}`; return true; }
    switch (l.datatype.value) {
      case XSD_STRING: out += `"${v}"`; return true;
      case XSD_BOOLEAN: if (v === 'true' || v === 'false') { out += v; return true; } break;
      case XSD_INTEGER: if (INTEGER.test(v)) { out += v; return true; } break;
      case XSD_DECIMAL: if (DECIMAL.test(v)) { out += v; return true; } break;
      case XSD_DOUBLE: if (DOUBLE.test(v)) { out += v; return true; } break;
    }
    const dt = iri(l.datatype.value);
    if (dt === undefined) return false;
    out += `"${v}"^^${dt}`;
    return true;
  };
  const object = (o: Quad['object']): boolean => {
    if (o.termType === 'Literal') return literal(o);
    const e = o.termType === 'NamedNode' ? iri(o.value) : undefined;
    if (e !== undefined) out += e;
    return e !== undefined;
  };

  for (const [p, ns] of spaces) out += `@prefix ${p}: <${ns}>.\n`;
  if (spaces.length) out += '\n';
  let subject: string | undefined;
  let predicate: string | undefined;
  for (const q of quads) {
    if (q.graph.termType !== 'DefaultGraph' || q.subject.termType !== 'NamedNode' || q.predicate.termType !== 'NamedNode') return undefined;
    const p = q.predicate.value;
    if (q.subject.value === subject) {
      if (p === predicate) out += ', ';
      else {
        const pe = p === TYPE ? 'a' : iri(p);
        if (pe === undefined) return undefined;
        out += `;\n    ${pe} `;
      }
    } else {
      const se = encode(q.subject.value);
      const pe = p === TYPE ? 'a' : iri(p);
      if (se === undefined || pe === undefined) return undefined;
      if (subject !== undefined) {
        out += '.\n';
        if (out.length > 1 << 16) { chunks.push(out); out = ''; }
      }
      out += `${se} ${pe} `;
      subject = q.subject.value;
    }
    if (!object(q.object)) return undefined;
    predicate = p;
  }
  if (subject !== undefined) out += '.\n';
  chunks.push(out);
  return chunks.join('');
}
