/**
 * Loaded into the server under test with `--import` (bench only, never in production): once a second
 * it writes the process's own memory figures to the file named by GROUNDWORK_BENCH_HEAP_FILE, which
 * the bench reads. The V8 heap cannot be seen from /proc, and the server has no metrics route.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const file = process.env.GROUNDWORK_BENCH_HEAP_FILE;
if (file) {
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
    // Written aside and renamed: the reader never sees half a file. A failed write must not take
    // the server down: the sample is only missing then.
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(
        `${file}.tmp`,
        JSON.stringify({
          at: Date.now(),
          rss: mb(m.rss),
          heapUsed: mb(m.heapUsed),
          heapTotal: mb(m.heapTotal),
          external: mb(m.external),
        }),
      );
      renameSync(`${file}.tmp`, file);
    } catch {
      // next second
    }
  }, 1_000);
  timer.unref();
}
