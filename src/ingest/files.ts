// Finding and reading input files: folders walked in a fixed order, and every file checked to be
// readable UTF-8 text (not missing, empty, binary or too big) before any format reader sees it.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.ts';

/** A file to read: its absolute path, and the path shown to users and recorded as the source. */
export interface InputFile {
  path: string;
  source: string;
}

/** The path as users name it: relative to the working directory when inside it, with `/` separators. */
export function toSource(path: string): string {
  const abs = resolve(path);
  const rel = relative(process.cwd(), abs);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
  return shown.split(sep).join('/');
}

const fail = (message: string): never => {
  throw new InputError(`kg/ingest: ${message}`);
};

const problem = (err: unknown): string => {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(err)})`;
};

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Expands inputs (files or folders) into the files to read, in input order, each folder's files
 * sorted by path (code-unit order, independent of locale). In folders, hidden entries and files with
 * other extensions are skipped; a file named explicitly must have one of `extensions`.
 * A file reached twice is read once.
 */
export async function listInputFiles(inputs: readonly string[], extensions: readonly string[]): Promise<InputFile[]> {
  if (inputs.length === 0) fail('no input given: name article files or folders');
  const known = (name: string): boolean => extensions.includes(extname(name).toLowerCase());
  const seen = new Set<string>();
  const files: InputFile[] = [];
  const add = async (path: string): Promise<void> => {
    const real = await realpath(path);
    if (seen.has(real)) return;
    seen.add(real);
    files.push({ path: resolve(path), source: toSource(path) });
  };

  for (const input of inputs) {
    const info = await stat(input).catch((err: unknown) => fail(`${toSource(input)} ${problem(err)}`));
    if (info.isDirectory()) {
      const found = await walk(resolve(input), known, new Set());
      if (found.length === 0) {
        fail(`${toSource(input)} contains no article (${extensions.join(', ')} files)`);
      }
      for (const path of found.sort(compare)) await add(path);
    } else if (!info.isFile()) {
      fail(`${toSource(input)} is not a regular file or folder`);
    } else if (!known(input)) {
      const ext = extname(input) || 'no extension';
      fail(`${toSource(input)} has an unsupported type (${ext}); expected ${extensions.join(', ')}`);
    } else {
      await add(input);
    }
  }
  return files;
}

// Recursive walk; `visited` holds real paths of folders so that symlink loops end.
async function walk(dir: string, known: (name: string) => boolean, visited: Set<string>): Promise<string[]> {
  const real = await realpath(dir);
  if (visited.has(real)) return [];
  visited.add(real);
  const entries = await readdir(dir).catch((err: unknown) => fail(`${toSource(dir)} ${problem(err)}`));
  const out: string[] = [];
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined); // dangling links are skipped like hidden files
    if (info?.isDirectory()) out.push(...(await walk(path, known, visited)));
    else if (info?.isFile() && known(name)) out.push(path);
  }
  return out;
}

// Bytes that do not occur in text files: C0 controls other than tab, newlines, vertical tab,
// form feed, carriage return and escape, plus DEL.
const isControl = (b: number): boolean => (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) || b === 0x7f;

/** Share of control bytes in the sample above which a file without NULs still counts as binary. */
const CONTROL_SHARE = 0.1;
const SAMPLE = 64 * 1024;

/**
 * Checks that bytes are text and decodes them (pure; `source` is only for messages): never empty, no
 * NUL, few control bytes, valid UTF-8, not only whitespace. A UTF-8 byte order mark is dropped;
 * nothing else is changed (CRLF, quotes and every other character stay as they are).
 */
export function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) fail(`${source} is empty`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    fail(`${source} is UTF-16 text; save it as UTF-8`);
  }
  if (bytes.includes(0)) fail(`${source} is binary, not text`);
  const sample = bytes.subarray(0, SAMPLE);
  let controls = 0;
  for (const b of sample) if (isControl(b)) controls++;
  if (controls > sample.length * CONTROL_SHARE) fail(`${source} is binary, not text`);
  let text = '';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    fail(`${source} is not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') fail(`${source} contains only whitespace`);
  return text;
}

/** Reads one input file as text, refusing files over `maxBytes` before reading them. */
export async function readTextFile(file: InputFile, maxBytes: number): Promise<string> {
  const info = await stat(file.path).catch((err: unknown) => fail(`${file.source} ${problem(err)}`));
  if (info.size > maxBytes) {
    fail(`${file.source} is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit`);
  }
  const bytes = await readFile(file.path).catch((err: unknown) => fail(`${file.source} ${problem(err)}`));
  return decodeText(bytes, file.source);
}

const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} bytes`;
