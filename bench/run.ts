// `npm run bench`: every benchmark of this folder, each in its own process so that one failing bench does
// not stop the others. Benchmarks print numbers and assert nothing; this exits non-zero if one crashed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCHES = ['build.ts', 'stages.ts', 'query.ts', 'explorer.ts'];
const failed: string[] = [];
for (const name of BENCHES) {
  const file = fileURLToPath(new URL(name, import.meta.url));
  if (!existsSync(file)) continue;
  console.log(`\n== bench/${name}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed.push(name);
    console.log(`bench/${name} failed (${r.signal ?? `exit ${r.status}`})`);
  }
}
if (failed.length) process.exitCode = 1;
