import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The server's reporter: one closing 'N passed, N failed' line that CI logs understand.
    reporters: ['default', '../server/test/summary-reporter.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
  },
});
