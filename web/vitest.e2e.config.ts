import { defineConfig } from 'vitest/config';

// End-to-end: a real server on a free port and Debian's Chromium. One browser flow at a time:
// the machine has two cores and the server needs one of them.
export default defineConfig({
  test: {
    // The server's reporter: one closing 'N passed, N failed' line that CI logs understand.
    reporters: ['default', '../server/test/summary-reporter.ts'],
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
