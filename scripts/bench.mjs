#!/usr/bin/env node
/**
 * `npm run bench`: speed figures, printed (never asserted by tests). Each module in
 * scripts/bench/ (except lib.mjs) exports `run()` returning rows { name, value, unit, target? }.
 * Needs the CDN build: `npm run build` first.
 */
import { existsSync, readdirSync } from 'node:fs';

if (!existsSync('dist/cdn/returnless.js')) {
  console.error('bench: dist/cdn is missing; run `npm run build` first.');
  process.exit(1);
}
const only = process.argv[2];
const modules = readdirSync('scripts/bench')
  .filter((f) => f.endsWith('.mjs') && f !== 'lib.mjs')
  .filter((f) => !only || f.startsWith(only));
for (const file of modules) {
  const { run } = await import(`./bench/${file}`);
  const started = Date.now();
  const rows = await run();
  for (const row of rows) {
    const value =
      typeof row.value === 'number' ? (Number.isInteger(row.value) ? String(row.value) : row.value.toFixed(2)) : String(row.value);
    console.log(`${row.name.padEnd(56)} ${value.padStart(10)} ${row.unit ?? ''}${row.target ? `   (target ${row.target})` : ''}`);
  }
  console.log(`  (${file}: ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}
