#!/usr/bin/env node
// The `clinic-elements` command: `npx clinic-elements render --procedure necklift > necklift.html`.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('clinic-elements: dist/cli.js is missing; run "npm run build" first.');
  process.exit(1);
}
const { run } = await import(cli.href);
process.exitCode = await run(
  process.argv.slice(2),
  (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  (text) => process.stderr.write(`${text}\n`),
);
