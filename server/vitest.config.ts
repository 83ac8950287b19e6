import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Fails a file whose tests ran a statement without a tenant predicate (docs/scale-out.md).
    setupFiles: ['test/tenant-predicate-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Each file gets its own database cloned from the migrated template.
    fileParallelism: true,
  },
});
