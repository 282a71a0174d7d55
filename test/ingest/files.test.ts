import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rejection } from '../support/rejection.ts';
import { InputError } from '../../src/errors.ts';
import { decodeText, listInputFiles, readTextFile, toSource } from '../../src/ingest/files.ts';

const EXT = ['.txt', '.md', '.html', '.htm', '.jsonl'];
const DIR = 'test/fixtures/ingest';
const tmp = mkdtempSync(join(tmpdir(), 'kg-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));


const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('listInputFiles', () => {
  it('walks a folder recursively in path order, skipping hidden files and unknown types', async () => {
    const files = await listInputFiles([`${DIR}/good`], EXT);
    expect(files.map((f) => f.source)).toEqual([
      `${DIR}/good/article.html`,
      `${DIR}/good/article.md`,
      `${DIR}/good/corpus.jsonl`,
      `${DIR}/good/quotes.txt`,
      `${DIR}/good/sub/gao-2024-01-05.txt`,
    ]);
  });
  it('keeps the order of the inputs', async () => {
    const files = await listInputFiles([`${DIR}/good/quotes.txt`, `${DIR}/good/article.md`], EXT);
    expect(files.map((f) => f.source)).toEqual([`${DIR}/good/quotes.txt`, `${DIR}/good/article.md`]);
  });
  it('reads a file reached twice only once', async () => {
    const files = await listInputFiles([`${DIR}/good/quotes.txt`, `${DIR}/good`], EXT);
    expect(files.filter((f) => f.source.endsWith('quotes.txt'))).toHaveLength(1);
  });
  it('reads an explicitly named hidden file', async () => {
    const files = await listInputFiles([`${DIR}/good/.hidden.txt`], EXT);
    expect(files).toHaveLength(1);
  });
  it('rejects an explicitly named file of unknown type, naming it', async () => {
    const err = await rejection(listInputFiles([`${DIR}/bad/notes.rst`], EXT));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain('bad/notes.rst');
  });
  it('rejects a missing path, naming it', async () => {
    const err = await rejection(listInputFiles([`${DIR}/nowhere.txt`], EXT));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain('nowhere.txt');
  });
  it('rejects a folder with no article, naming it', async () => {
    const err = await rejection(listInputFiles([`${DIR}/no-articles`], EXT));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain('no-articles');
  });
  it('rejects an empty folder', async () => {
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    expect(await rejection(listInputFiles([empty], EXT))).toBeInstanceOf(InputError);
  });
  it('rejects an empty list of inputs', async () => {
    expect(await rejection(listInputFiles([], EXT))).toBeInstanceOf(InputError);
  });
  it('ends on a symlink loop', async () => {
    const dir = join(tmp, 'loop');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), 'A.');
    symlinkSync(dir, join(dir, 'again'));
    expect((await listInputFiles([dir], EXT)).map((f) => f.path)).toEqual([join(dir, 'a.txt')]);
  });
});

describe('toSource', () => {
  it('shows a path inside the working directory relative, with / separators', () => {
    expect(toSource(join(process.cwd(), 'seeds', 'a.txt'))).toBe('seeds/a.txt');
    expect(toSource('./seeds/../seeds/a.txt')).toBe('seeds/a.txt');
  });
});

describe('decodeText', () => {
  it('drops a UTF-8 byte order mark and nothing else', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('“a”\r\n')]), 'a.txt')).toBe('“a”\r\n');
  });
  it('rejects bytes with NULs as binary', () => {
    expect(() => decodeText(new Uint8Array([65, 0, 66]), 'a.bin.txt')).toThrow(InputError);
  });
  it('rejects text with a high share of control characters as binary', () => {
    expect(() => decodeText(new Uint8Array([1, 2, 3, 65, 66, 4, 5, 6]), 'ctl.txt')).toThrow(/ctl\.txt/);
  });
  it('rejects UTF-16 text', () => {
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 65, 0]), 'u16.txt')).toThrow(InputError);
  });
});

describe('readTextFile', () => {
  const read = (name: string, maxBytes = 1e6) =>
    readTextFile({ path: join(process.cwd(), DIR, 'bad', name), source: `${DIR}/bad/${name}` }, maxBytes);

  it('rejects a binary file, naming it', async () => {
    const err = await rejection(read('binary.txt'));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain('bad/binary.txt');
  });
  it('rejects a file that is not UTF-8, naming it', async () => {
    const err = await rejection(read('latin1.txt'));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain('bad/latin1.txt');
  });
  it('rejects an empty file, naming it', async () => {
    const err = await rejection(read('empty.txt'));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain('bad/empty.txt');
  });
  it('rejects a whitespace-only file, naming it', async () => {
    const err = await rejection(read('blank.txt'));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain('bad/blank.txt');
  });
  it('rejects a file over maxBytes before reading it, naming it', async () => {
    const seed = 'seeds/kidal-2023-11-12.txt';
    const err = await rejection(readTextFile({ path: join(process.cwd(), seed), source: seed }, 100));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain('seeds/kidal-2023-11-12.txt');
  });
  it('gives a one-line message starting with the module name', async () => {
    const err = await rejection(read('binary.txt'));
    expect(err.message).toMatch(/^kg\/ingest: [^\n]+$/);
  });
});
