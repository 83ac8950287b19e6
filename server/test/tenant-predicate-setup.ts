import { afterAll } from 'vitest';
import { describeViolations, installRecorder, takeViolations } from './tenant-predicate-recorder.ts';

// Runs before every test file (vitest.config.ts setupFiles): a file whose tests made the
// application run a statement without a tenant predicate fails, naming the statement.
installRecorder();

afterAll(() => {
  const found = takeViolations();
  if (found.length > 0) throw new Error(describeViolations(found));
});
