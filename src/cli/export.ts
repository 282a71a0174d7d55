// Placeholder until the `kg export` command lands; owned by its issue.
import type { Command } from 'commander';

export function registerExport(program: Command): void {
  program.command('export').description('(not yet available)').action(() => {
    throw new Error('kg export is not implemented yet');
  });
}
