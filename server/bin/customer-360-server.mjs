#!/usr/bin/env node
// The command line of the reference server (src/cli.ts), run from its TypeScript source by tsx.
import {register} from 'tsx/esm/api';

register();
const {main} = await import('../src/cli.ts');
const code = await main(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
