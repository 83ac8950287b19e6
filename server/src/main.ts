import pino from 'pino';
import { buildApp } from './app.ts';
import { systemClock } from './clock.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createDb } from './db/database.ts';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './db/embedded.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedDemo } from './demo/seed.ts';
import { startJobRunner } from './jobs/runner.ts';
import { ensurePlatform } from './platform/tenants/service.ts';

function banner(lines: string[]) {
  const width = Math.max(...lines.map((line) => line.length)) + 4;
  process.stdout.write(
    `\n${'='.repeat(width)}\n${lines.map((l) => `  ${l}`).join('\n')}\n${'='.repeat(width)}\n\n`,
  );
}

async function main() {
  const config = loadConfig();
  const log = pino({ level: config.logLevel });

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir, {
      info: (msg) => log.debug(msg),
      warn: (msg) => log.warn(msg),
      error: (msg) => log.error(msg),
    });
    databaseUrl = embedded.url;
  }

  await migrateToLatest(databaseUrl, (msg) => log.info(msg));
  const db = createDb(databaseUrl);
  const app = await buildApp({ db, config, clock: systemClock, loggerInstance: log });

  const platform = await ensurePlatform(app.deps, config.adminPassword);
  if (platform.created && platform.generated) {
    banner([
      'Platform administrator created (shown once):',
      `  tenant: platform   username: admin   password: ${platform.password}`,
      'Set GROUNDWORK_ADMIN_PASSWORD to choose it yourself.',
    ]);
  }
  if (config.seedDemo) {
    const demo = await seedDemo(app.deps, { password: config.demoPassword });
    if (demo) {
      banner([
        `Demo tenant "${demo.tenant}" created with ${demo.leads} stores of Beijing. Every demo user has the password: ${demo.password}`,
        ...demo.users.map((u) => `  ${u.username.padEnd(10)} ${u.role}`),
        'Set GROUNDWORK_DEMO_PASSWORD to choose it, GROUNDWORK_DEMO=false to skip the demo.',
      ]);
    }
  }

  // Always started: with GROUNDWORK_JOBS=false this instance only queues work for the others.
  const jobs = await startJobRunner(app.deps, { connectionString: databaseUrl, workers: config.jobs });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing requests in flight');
    try {
      await app.close();
      // Imports stop after their current chunk; the database must outlive them.
      await jobs.stop();
      await db.destroy();
      await embedded?.stop();
      log.info('stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info(`Groundwork is running at http://${shown}:${port} (API reference: /api/docs)`);
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
  } else {
    process.stderr.write(
      `Groundwork failed to start: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`,
    );
  }
  process.exit(1);
});
