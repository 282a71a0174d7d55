// `kg serve`: the explorer of a built graph and a read-only SPARQL endpoint, on loopback by default.
import type { Command } from 'commander';
import type { AddressInfo } from 'node:net';
import { UsageError } from '../errors.ts';

interface ServeFlags {
  out: string;
  port: string;
  host: string;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the explorer of a built graph and a SPARQL endpoint at /sparql')
    .option('-o, --out <dir>', 'folder written by `kg build`', 'out')
    .option('-p, --port <n>', 'TCP port (0 picks a free one)', '8080')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port);
      if (!/^\d+$/.test(flags.port) || port > 65535) throw new UsageError(`kg serve: --port must be a number between 0 and 65535, got "${flags.port}"`);
      // Loaded here, not at start-up: the other commands need neither the server nor the SPARQL engine.
      const { startServer } = await import('../view/server.ts');
      const server = await startServer({ outDir: flags.out, port, host: flags.host });
      const { port: bound } = server.address() as AddressInfo;
      const host = flags.host.includes(':') ? `[${flags.host}]` : flags.host;
      process.stdout.write(`Explorer: http://${host}:${bound}/\nSPARQL:   http://${host}:${bound}/sparql\n(Ctrl-C to stop)\n`);
      if (!['127.0.0.1', 'localhost', '::1'].includes(flags.host)) {
        process.stderr.write(`kg serve: listening on ${flags.host}, reachable from other machines; the graph and its sources are readable by anyone who can connect.\n`);
      }
      const stop = (): void => {
        server.close(() => process.exit(0));
        setTimeout(() => process.exit(0), 2000).unref();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
