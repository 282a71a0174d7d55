#!/usr/bin/env node
// The `kg` command: loads the TypeScript CLI through tsx so the package runs from source with no build step.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// TurboFan inlines Array.prototype.map with a result of another elements kind than the builtin's (holey,
// not packed), so optimised rules that read such arrays deoptimise and are compiled again, one site at a
// time; without that inlining a cold 3 MB build spends a quarter less CPU (docs/design-choices.md).
setFlagsFromString('--no-turbo-inline-array-builtins');

register();
await import('../src/cli/main.ts');
