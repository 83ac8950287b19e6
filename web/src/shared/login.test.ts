import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './login.ts';

describe('return after login', () => {
  it('goes back to the page the user came from', () => {
    expect(safeReturnPath('/leads/42?tab=visits', '/')).toBe('/leads/42?tab=visits');
  });

  it('never leaves the app or loops to the login', () => {
    expect(safeReturnPath('//evil.example/x', '/')).toBe('/');
    expect(safeReturnPath('https://evil.example/', '/')).toBe('/');
    expect(safeReturnPath('/login?from=/x', '/')).toBe('/');
    expect(safeReturnPath(null, '/nearby')).toBe('/nearby');
  });
});
