// Entry of the `kg` command: one sub-command per module in this folder, typed errors to one-line messages.
import { Command } from 'commander';
import { KgError } from '../errors.ts';
import { VERSION } from '../version.ts';
import { registerBuild } from './build.ts';
import { registerQuery } from './query.ts';
import { registerServe } from './serve.ts';
import { registerExport } from './export.ts';
import { registerPush } from './push.ts';

const program = new Command('kg')
  .description('Turn conflict news articles into an evidence-backed knowledge graph; explore and query it.')
  .version(VERSION)
  .showHelpAfterError();

registerBuild(program);
registerQuery(program);
registerServe(program);
registerExport(program);
registerPush(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof KgError) {
    // Messages name their module already ("kg/ingest: …"); others get the command's name.
    process.stderr.write(`${/^kg[/ :]/.test(err.message) ? err.message : `kg: ${err.message}`}\n`);
    process.exit(err.exitCode);
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`kg: unexpected error: ${message}\n`);
  if (process.env.KG_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exit(70);
}
