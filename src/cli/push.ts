// Placeholder until the `kg push` command lands; owned by its issue.
import type { Command } from 'commander';

export function registerPush(program: Command): void {
  program.command('push').description('(not yet available)').action(() => {
    throw new Error('kg push is not implemented yet');
  });
}
