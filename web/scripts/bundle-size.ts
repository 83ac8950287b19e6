/**
 * The compressed JavaScript a phone downloads to show the nearby page (the mobile entry, the
 * nearby route and everything they import statically), from the build manifest. Fails above the
 * budget of the issue: 300 KB.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

const BUDGET_BYTES = 300 * 1024;
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, 'utf8')) as Record<string, Chunk>;

function closure(keys: string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}

const roots = ['m/index.html', 'src/mobile/pages/Nearby.tsx'];
for (const root of roots) if (!manifest[root]) throw new Error(`${root} is not in the build manifest`);
const files = [...closure(roots)].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
const gzipped = files.map((file) => gzipSync(readFileSync(`${dist}${file}`), { level: 9 }).length);
const total = gzipped.reduce((sum, size) => sum + size, 0);

console.log(
  `mobile nearby page, first load: ${(total / 1024).toFixed(1)} KB of gzip-compressed JavaScript in ${files.length} files (budget ${BUDGET_BYTES / 1024} KB)`,
);
if (total > BUDGET_BYTES) {
  console.error('over budget: split a route or drop a dependency from the first load');
  process.exit(1);
}
