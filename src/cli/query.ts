// Placeholder until the `kg query` command lands; owned by its issue.
import type { Command } from 'commander';

export function registerQuery(program: Command): void {
  program.command('query').description('(not yet available)').action(() => {
    throw new Error('kg query is not implemented yet');
  });
}
