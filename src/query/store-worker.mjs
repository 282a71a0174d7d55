// The oxigraph store in a worker thread. oxigraph's query() is synchronous WASM that cannot be
// interrupted, so the store lives here and the main thread terminates this worker to enforce a
// timeout. Plain JavaScript on purpose: a worker does not inherit tsx's loader.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import oxigraph from 'oxigraph';

const store = new oxigraph.Store();
const started = performance.now();

/** @param {unknown} err */
const messageOf = (err) => (err instanceof Error ? err.message : String(err));

/** @type {string | undefined} */
let current;
try {
  for (const file of /** @type {{ path: string, format: string }[]} */ (workerData.files)) {
    current = file.path;
    store.load(readFileSync(file.path), {
      format: file.format,
      base_iri: pathToFileURL(file.path).href,
      no_transaction: true,
    });
  }
  parentPort?.postMessage({ type: 'ready', size: store.size, loadMs: performance.now() - started });
} catch (err) {
  parentPort?.postMessage({ type: 'error', file: current, message: messageOf(err) });
}

parentPort?.on('message', (/** @type {{ id: number, query?: string, format?: string, dump?: string }} */ job) => {
  const t0 = performance.now();
  try {
    const body =
      job.dump !== undefined
        ? store.dump({ format: job.dump })
        : store.query(/** @type {string} */ (job.query), { results_format: job.format });
    parentPort?.postMessage({ id: job.id, ok: true, body, ms: performance.now() - t0 });
  } catch (err) {
    parentPort?.postMessage({ id: job.id, ok: false, message: messageOf(err) });
  }
});
