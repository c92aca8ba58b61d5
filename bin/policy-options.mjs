#!/usr/bin/env node
// The command-line tool runs the same TypeScript core as the app, through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/entry.ts');
