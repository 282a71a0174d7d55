#!/usr/bin/env node
// The `kg` command: loads the TypeScript CLI through tsx so the package runs from source with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
