/**
 * Generates src/api/schema.d.ts from the server's OpenAPI document (`write`), or fails when the
 * committed file differs from what the server describes now (`check`, run by `npm test`).
 * The document is printed by the server's own export script, so no database is needed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const serverDir = fileURLToPath(new URL('../../server/', import.meta.url));
const target = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));
const mode = process.argv[2] ?? 'write';

const document = execFileSync(process.execPath, ['--import', 'tsx', 'src/openapi-export.ts'], {
  cwd: serverDir,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const ast = await openapiTS(JSON.parse(document));
const generated =
  "// Generated from the server's OpenAPI document by `npm run api -w @groundwork/web`. Do not edit.\n" +
  astToString(ast);

if (mode === 'check') {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== generated) {
    console.error(
      'web/src/api/schema.d.ts is stale: the server API changed. Run `npm run api -w @groundwork/web` and commit it.',
    );
    process.exit(1);
  }
  console.log('API client is up to date with the server OpenAPI document.');
} else {
  writeFileSync(target, generated);
  console.log(`wrote ${target}`);
}
