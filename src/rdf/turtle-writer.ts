// Turtle for the graphs the builder makes (named subjects, IRI or literal objects, the default graph),
// written byte for byte as n3's Writer writes them (test/rdf/turtle-writer.test.ts holds the two together).
// n3 matches every IRI against a regex of all the prefixes and slices the match, for each of a
// build's million quads; here each distinct term is written to text once (rdf/quad-table.ts numbers
// them) and the quads are joined from those texts. Anything outside that shape returns undefined,
// and the caller hands it to n3.
import type { Literal, Quad, Term } from '@rdfjs/types';
import { tabulateQuads, type QuadTable } from './quad-table.ts';
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
// Running a regular expression on a string flattens it (in V8), whatever the expression.
const FLAT = /^/;
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?\d*\.\d+$/;
const DOUBLE = /^[+-]?(?:\d+\.\d*|\.?\d+)[eE][+-]?\d+$/;
const XSD_STRING = xsd('string'), XSD_BOOLEAN = xsd('boolean'), XSD_INTEGER = xsd('integer'), XSD_DECIMAL = xsd('decimal'), XSD_DOUBLE = xsd('double');

/** Writes quads (already in the order wanted) as Turtle with the given prefixes, or undefined if they fall outside the shape. */
export function writeBuiltTurtle(quads: readonly Quad[], prefixes: Record<string, string>): string | undefined {
  const order = new Int32Array(quads.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return writeQuadTable(tabulateQuads(quads, termWriter(prefixes)), order, prefixes);
}

/** How a term is written in Turtle with the given prefixes, or undefined if this writer cannot write it. */
export function termWriter(prefixes: Record<string, string>): (term: Term) => string | undefined {
  const encode = encoder(prefixes);
  return (t) => {
    const w = t.termType === 'Literal' ? literal(t, encode) : t.termType === 'NamedNode' ? encode(t.value) : undefined;
    // Flat, as the pieces a chunk is made of are copied faster than ropes.
    if (w !== undefined) FLAT.test(w);
    return w;
  };
}

/**
 * Writes numbered quads in the given order (indices into the table's quads) as Turtle with the
 * given prefixes, or undefined if they fall outside the shape. The table's texts must be what
 * termWriter(prefixes) writes (or iriWriter, the same for the IRIs it is given): each term is written
 * once, and the loop over the quads only joins texts it finds by number.
 */
export function writeQuadTable(table: QuadTable, order: Int32Array, prefixes: Record<string, string>): string | undefined {
  return writeQuadTableParts(table, order, prefixes)?.join('');
}

/**
 * writeQuadTable, in parts of half a megabyte or so that make its text joined: a file can be written
 * from them without the text of a whole build ever being made (twice its length in memory).
 */
export function writeQuadTableParts(table: QuadTable, order: Int32Array, prefixes: Record<string, string>): string[] | undefined {
  const { terms, texts, subjectOf, predicateOf, objectOf } = table;
  if (!table.named) return undefined;
  const encode = encoder(prefixes);
  // What starts each predicate, by number: after a subject, or after the previous predicate of the
  // same subject. Made when the predicate is first met.
  const predicateFirst = new Array<string | undefined>(terms.length), predicateNext = new Array<string | undefined>(terms.length);
  const writePredicate = (p: number): string | undefined => {
    const iri = terms[p]!.value;
    const e = iri === TYPE ? 'a' : encode(iri);
    if (e !== undefined) predicateNext[p] = `;\n    ${e} `;
    return e === undefined ? undefined : (predicateFirst[p] = ` ${e} `);
  };

  // Text is appended to a chunk of ~16 KB, flattened as soon as it is full; every 32 chunks are joined
  // into a block, and blocks once at the end. Appending makes a rope node per piece: flattened at once,
  // they die young, where ropes kept to the end were copied by the collector (the old way, twice the
  // time); chunks die young too, and a block is large enough to be allocated where nothing is copied.
  // The blocks are the parts returned.
  const chunks: string[] = [];
  const blocks: string[] = [];
  let out = '';
  for (const p in prefixes) out += `@prefix ${p}: <${prefixes[p]}>.\n`;
  if (out) out += '\n';
  let subject = -1, predicate = -1;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const s = subjectOf[i]!, p = predicateOf[i]!;
    const pf = predicateFirst[p] ?? writePredicate(p);
    if (pf === undefined) return undefined;
    // Two numbers of one subject or predicate (two terms of one IRI, sorted together) are written as one, as n3 does.
    if (s === subject || (subject >= 0 && texts[s] === texts[subject])) {
      out += p === predicate || pf === predicateFirst[predicate] ? ', ' : predicateNext[p]!;
    } else {
      const st = texts[s];
      if (st === undefined) return undefined;
      if (subject >= 0) {
        out += '.\n';
        if (out.length > 1 << 14) {
          FLAT.test(out);
          chunks.push(out);
          out = '';
          if (chunks.length === 32) blocks.push(chunks.splice(0).join(''));
        }
      }
      out += st;
      out += pf;
      subject = s;
    }
    const ot = texts[objectOf[i]!];
    if (ot === undefined) return undefined;
    out += ot;
    predicate = p;
  }
  if (subject >= 0) out += '.\n';
  chunks.push(out);
  blocks.push(chunks.join(''));
  return blocks;
}

/**
 * An IRI as written with the given prefixes (a prefixed name, or in full between angle brackets),
 * or undefined for an IRI that already reads as a prefixed name ("kg:x"), a case n3 treats apart.
 */
export function encoder(prefixes: Record<string, string>): (value: string) => string | undefined {
  const spaces = Object.entries(prefixes);
  const names = spaces.map(([p]) => `${p}:`);
  const byNamespace = prefixNamespaces(prefixes);
  // The namespaces with nothing to escape, by length: an IRI made of one and a local name needs no
  // escaping, and its namespace is found by comparing it with the few of that length (no slice to hash).
  const plain = new Map<number, [namespace: string, name: string][]>();
  for (const [ns, name] of plainNamespaces(byNamespace)) plain.set(ns.length, [...(plain.get(ns.length) ?? []), [ns, name]]);
  return (value: string): string | undefined => {
    const cut = localNameStart(value);
    if (cut > 0) {
      const candidates = plain.get(cut);
      if (candidates !== undefined) for (const [ns, name] of candidates) if (value.startsWith(ns)) return name + value.slice(cut);
    }
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
}

/**
 * How the IRIs of a namespace are written with the given prefixes, by local name: what
 * `encoder(prefixes)` writes for `ns + local`, flat, without finding the namespace again in each IRI
 * when it is a prefix's (as for every IRI the builder mints, whose parts it knows).
 */
export function iriWriter(prefixes: Record<string, string>): (ns: string) => (local: string) => string | undefined {
  const encode = encoder(prefixes);
  const names = plainNamespaces(prefixNamespaces(prefixes));
  return (ns) => {
    const name = names.get(ns);
    return (local) => {
      // A local name holds no '/' or '#', so encode would cut the IRI after `ns` and find its prefix.
      if (name !== undefined && LOCAL.test(local)) return [name, local].join('');
      const w = encode([ns, local].join(''));
      if (w !== undefined) FLAT.test(w);
      return w;
    };
  };
}

/**
 * Each namespace's prefix, when every namespace ends in '/' or '#' (as ours do): a local name holds
 * neither, so an IRI's namespace is all of it up to the last of those, one map lookup away.
 */
const prefixNamespaces = (prefixes: Record<string, string>): Map<string, string> | undefined => {
  const spaces = Object.entries(prefixes);
  return spaces.every(([, ns]) => /[/#]$/.test(ns)) ? new Map(spaces.map(([p, ns]) => [ns, p])) : undefined;
};

/** Of those namespaces, the ones with nothing to escape, with the name written for them (`p:`). */
const plainNamespaces = (byNamespace: Map<string, string> | undefined): Map<string, string> =>
  new Map([...(byNamespace ?? [])].filter(([ns]) => !ESCAPE.test(ns)).map(([ns, p]) => [ns, `${p}:`]));

// The characters of a local name: LOCAL's classes, as a table read backwards from the end of an IRI.
const LOCAL_CHAR = new Uint8Array(128);
for (const c of '-_.0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') LOCAL_CHAR[c.charCodeAt(0)] = 1;
const DOT = 46, DASH = 45, SLASH = 47, HASH = 35;

/**
 * Where the local name of an IRI starts: after its last '/' or '#', if what follows is a local name
 * as LOCAL reads it (a letter, digit or '_' first, no '..', no '.' last); else -1.
 */
function localNameStart(iri: string): number {
  let next = DOT;
  for (let i = iri.length - 1; i >= 0; i--) {
    const c = iri.charCodeAt(i);
    if (c === SLASH || c === HASH) return next === DOT || next === DASH ? -1 : i + 1;
    if (c >= 128 || LOCAL_CHAR[c] === 0 || (c === DOT && next === DOT)) return -1;
    next = c;
  }
  return -1;
}

/** A literal as written, or undefined if its datatype cannot be. */
function literal(l: Literal, encode: (value: string) => string | undefined): string | undefined {
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
  const dt = encode(l.datatype.value);
  return dt === undefined ? undefined : `"${v}"^^${dt}`;
}
