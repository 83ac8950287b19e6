/**
 * Prints the OpenAPI document without a database, for the web app's generated API client
 * (`npm run api -w @groundwork/web`). Building the app only reads the database for the token and
 * field secrets, so fixed throwaway secrets are given and the pool is never connected.
 */
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createDb } from './db/database.ts';

const config = loadConfig({
  GROUNDWORK_JWT_SECRET: 'openapi-export-only-never-signs-a-real-token',
  GROUNDWORK_ENCRYPTION_KEY: Buffer.alloc(32).toString('base64'),
  GROUNDWORK_LOG_LEVEL: 'silent',
});
const db = createDb('postgres://openapi-export@127.0.0.1:1/none');
const app = await buildApp({ db, config });
await app.ready();
process.stdout.write(`${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
await db.destroy();
