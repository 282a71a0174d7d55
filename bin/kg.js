#!/usr/bin/env node
// The `kg` command: runs the CLI compiled at install (bin/compile.js, dist/kg/) when it matches the sources, else
// loads the TypeScript CLI through tsx, so the package also runs from source with no build step. Compiled, a
// command starts in about two thirds of the time: tsx resolves and transforms each of sixty modules on every run.
import { setFlagsFromString } from 'node:v8';
import { compiledEntry } from './compile.js';

// TurboFan inlines Array.prototype.map with a result of another elements kind than the builtin's (holey,
// not packed), so optimised rules that read such arrays deoptimise and are compiled again, one site at a
// time; without that inlining a cold 3 MB build spends a quarter less CPU (docs/design-choices.md).
setFlagsFromString('--no-turbo-inline-array-builtins');

const compiled = compiledEntry();
if (compiled) await import(compiled);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
