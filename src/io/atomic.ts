// Atomic output: every file is written under a temporary name in its own folder, flushed to disk and
// only then renamed over the target, so readers never see a half-written file and a failed build
// leaves the previous output (or nothing) behind, never a partial one.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, normalize, relative, sep } from 'node:path';
import { KgError } from '../errors.ts';

const tempName = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);

const writeFailure = (path: string, err: unknown): KgError => {
  const e = err as NodeJS.ErrnoException;
  const error = new KgError(`kg/io: cannot write ${path}: ${e.code ?? e.message ?? String(err)}`);
  error.cause = err;
  return error;
};

// Writes and fsyncs `data` to a new file at `temp`; removes it again if anything fails.
async function writeTemp(temp: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw err;
  }
  await handle.close();
}

// Makes the rename durable where the platform allows it (Linux, macOS); elsewhere it is best effort.
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}

// Creates `dir` and its missing parents; returns the folders it created, deepest first.
async function makeDir(dir: string): Promise<string[]> {
  const first = await mkdir(dir, { recursive: true });
  if (!first) return [];
  const created = [first];
  for (const part of relative(first, dir).split(sep).filter(Boolean)) created.push(join(created.at(-1)!, part));
  return created.reverse();
}

/** Writes one file atomically (temp file in the same folder, fsync, rename), creating its folder if needed. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = tempName(path);
  try {
    await makeDir(dirname(path));
    await writeTemp(temp, data);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw writeFailure(path, err);
  }
  await syncDir(dirname(path));
}

/**
 * Writes several files under `dir` as one unit: all are written to temporary names first and renamed
 * only once every write succeeded; on failure the temporaries (and folders this call created) are
 * removed and the existing files are untouched. Names are relative paths inside `dir` (`data/graph.json`).
 */
export async function writeFilesAtomic(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  const names = Object.keys(files).sort();
  for (const name of names) {
    const norm = normalize(name);
    if (!name || isAbsolute(name) || norm === '.' || norm === '..' || norm.startsWith(`..${sep}`)) {
      throw new KgError(`kg/io: output name ${name} must be a relative path inside ${dir}`);
    }
  }
  const temps: { temp: string; path: string }[] = [];
  const createdDirs: string[] = [];
  let current = dir;
  try {
    createdDirs.push(...(await makeDir(dir)));
    for (const name of names) {
      current = join(dir, name);
      createdDirs.unshift(...(await makeDir(dirname(current))));
      const temp = tempName(current);
      await writeTemp(temp, files[name]!);
      temps.push({ temp, path: current });
    }
  } catch (err) {
    await Promise.all(temps.map(({ temp }) => rm(temp, { force: true })));
    for (const d of createdDirs) await rmdir(d).catch(() => undefined); // only if still empty
    throw writeFailure(current, err);
  }
  // Renames cannot fail for lack of space; if one fails anyway, the remaining temporaries are removed.
  for (const [i, { temp, path }] of temps.entries()) {
    try {
      await rename(temp, path);
    } catch (err) {
      await Promise.all(temps.slice(i).map((t) => rm(t.temp, { force: true })));
      throw writeFailure(path, err);
    }
  }
  for (const d of new Set(temps.map((t) => dirname(t.path)))) await syncDir(d);
}
