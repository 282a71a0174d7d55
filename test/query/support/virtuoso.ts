// A throwaway Virtuoso 7.2 (Debian's virtuoso-opensource-7-bin) on 127.0.0.1 for integration tests:
// a generated ini with free ports and a temporary database folder, started in the foreground and
// stopped (and deleted) after the tests.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Virtuoso {
  /** The SPARQL endpoint. */
  sparql: string;
  /** The Graph Store endpoint with Digest authentication (user dba, password dba). */
  graphStore: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}

/** Whether `virtuoso-t` is on the PATH. */
export const hasVirtuoso = (): boolean => spawnSync('sh', ['-c', 'command -v virtuoso-t'], { encoding: 'utf8' }).status === 0;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const ini = (dir: string, sqlPort: number, httpPort: number): string => `
[Database]
DatabaseFile = ${dir}/virtuoso.db
ErrorLogFile = ${dir}/virtuoso.log
LockFile = ${dir}/virtuoso.lck
TransactionFile = ${dir}/virtuoso.trx
xa_persistent_file = ${dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = ${dir}/virtuoso-temp.db
TransactionFile = ${dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 0
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ServerThreads = 10
DirsAllowed = ., ${dir}
VADInstallDir = ${dir}/vad

[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${dir}/www
MaxClientConnections = 10
ServerThreads = 10
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
`;

/** Starts Virtuoso and resolves once its SPARQL endpoint answers (or rejects with its log's tail). */
export async function startVirtuoso(timeoutMs = 90_000): Promise<Virtuoso> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-virtuoso-'));
  mkdirSync(join(dir, 'www'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  writeFileSync(join(dir, 'virtuoso.ini'), ini(dir, sqlPort, httpPort));
  const child: ChildProcess = spawn('virtuoso-t', ['+foreground', '+configfile', join(dir, 'virtuoso.ini')], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const base = `http://127.0.0.1:${httpPort}`;
  const stop = async (): Promise<void> => {
    if (!exited) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exit;
      clearTimeout(killer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const log = (): string => {
    try {
      return readFileSync(join(dir, 'virtuoso.log'), 'utf8').split('\n').slice(-15).join('\n');
    } catch {
      return '(no log)';
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) {
      const tail = log();
      await stop();
      throw new Error(`virtuoso-t exited during start-up:\n${tail}`);
    }
    try {
      const res = await fetch(`${base}/sparql?query=${encodeURIComponent('ASK {}')}`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) {
        await res.body?.cancel();
        return { sparql: `${base}/sparql`, graphStore: `${base}/sparql-graph-crud-auth`, user: 'dba', password: 'dba', stop };
      }
      await res.body?.cancel();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const tail = log();
  await stop();
  throw new Error(`virtuoso-t did not answer within ${timeoutMs} ms:\n${tail}`);
}
