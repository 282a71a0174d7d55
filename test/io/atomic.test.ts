import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KgError } from '../../src/errors.ts';
import { writeFileAtomic, writeFilesAtomic } from '../../src/io/atomic.ts';

const root = mkdtempSync(join(tmpdir(), 'kg-atomic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = (): string => {
  const dir = join(root, `case-${++n}`);
  mkdirSync(dir);
  return dir;
};

describe('writeFileAtomic', () => {
  it('writes a string', async () => {
    const dir = freshDir();
    await writeFileAtomic(join(dir, 'graph.ttl'), '<a> <b> <c> .\n');
    expect(readFileSync(join(dir, 'graph.ttl'), 'utf8')).toBe('<a> <b> <c> .\n');
  });
  it('writes bytes', async () => {
    const dir = freshDir();
    await writeFileAtomic(join(dir, 'x.bin'), new Uint8Array([0, 1, 2]));
    expect([...readFileSync(join(dir, 'x.bin'))]).toEqual([0, 1, 2]);
  });
  it('replaces an existing file and leaves no temporary file', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'graph.ttl'), 'old');
    await writeFileAtomic(join(dir, 'graph.ttl'), 'new');
    expect(readFileSync(join(dir, 'graph.ttl'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['graph.ttl']);
  });
  it('creates the missing folder', async () => {
    const dir = freshDir();
    await writeFileAtomic(join(dir, 'out', 'graph.ttl'), 'x');
    expect(readFileSync(join(dir, 'out', 'graph.ttl'), 'utf8')).toBe('x');
  });
  it('fails with a KgError naming the file and removes its temporary file', async () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'graph.ttl')); // a folder where the file should go: the rename fails
    const err = await writeFileAtomic(join(dir, 'graph.ttl'), 'x').then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(KgError);
    expect(err!.message).toContain('graph.ttl');
    expect(readdirSync(dir)).toEqual(['graph.ttl']);
  });
});

describe('writeFilesAtomic', () => {
  it('writes every file, including ones in sub-folders', async () => {
    const dir = join(freshDir(), 'out');
    await writeFilesAtomic(dir, { 'graph.ttl': 'g', 'explorer/data.json': '{}' });
    expect(readFileSync(join(dir, 'graph.ttl'), 'utf8')).toBe('g');
    expect(readFileSync(join(dir, 'explorer/data.json'), 'utf8')).toBe('{}');
  });
  it('leaves the old output untouched and no temporary file when one write fails', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'graph.ttl'), 'old');
    writeFileSync(join(dir, 'blocker'), 'a file, so blocker/ cannot be a folder');
    const err = await writeFilesAtomic(dir, { 'graph.ttl': 'new', 'blocker/x.json': '{}', 'a.json': '[]' }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(KgError);
    expect(readFileSync(join(dir, 'graph.ttl'), 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['blocker', 'graph.ttl']);
  });
  it('removes the folders it created when a write fails', async () => {
    const dir = freshDir();
    const bad = 42 as unknown as string; // not writable data: the last write fails after a/b/ was made
    await expect(writeFilesAtomic(join(dir, 'out'), { 'a/b/c.txt': 'x', zz: bad })).rejects.toBeInstanceOf(KgError);
    expect(readdirSync(dir)).toEqual([]);
  });
  it('refuses names outside the folder', async () => {
    const dir = freshDir();
    await expect(writeFilesAtomic(dir, { '../escape.txt': 'x' })).rejects.toBeInstanceOf(KgError);
    expect(readdirSync(root)).not.toContain('escape.txt');
  });
});
