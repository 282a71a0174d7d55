// Placeholder until the `kg serve` command lands; owned by its issue.
import type { Command } from 'commander';

export function registerServe(program: Command): void {
  program.command('serve').description('(not yet available)').action(() => {
    throw new Error('kg serve is not implemented yet');
  });
}
