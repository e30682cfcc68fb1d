/**
 * Copies the CDN build (dist/cdn/*.js, without source maps) into the Shopify theme app
 * extension's assets/, replacing the previous copy. Run after `npm run build`.
 */
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const from = 'dist/cdn';
const to = 'integrations/shopify/assets';
if (!existsSync(join(from, 'returnless.js'))) {
  console.error('dist/cdn is not built: run `npm run build` first.');
  process.exit(1);
}
for (const file of readdirSync(to)) if (file.endsWith('.js')) rmSync(join(to, file));
const files = readdirSync(from).filter((f) => f.endsWith('.js'));
for (const file of files) copyFileSync(join(from, file), join(to, file));
console.log(`Copied ${files.length} files from ${from} to ${to}.`);
