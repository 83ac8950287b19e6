import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { ApiError } from './client.ts';
import { errorMessage, KNOWN_ERROR_CODES } from './errors.ts';

const en = i18n.getFixedT('en-US');
const zh = i18n.getFixedT('zh-CN');

describe('error messages', () => {
  afterEach(() => vi.restoreAllMocks());

  it('translates every known problem code in both languages', () => {
    for (const code of KNOWN_ERROR_CODES) {
      const problem = new ApiError({ status: 409, code, detail: 'server words' });
      expect(errorMessage(problem, en)).not.toBe('server words');
      expect(errorMessage(problem, zh)).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('explains a pool refusal in the user language', () => {
    const error = new ApiError({ status: 409, code: 'pool_cap_reached', detail: 'You hold 200 of 200' });
    expect(errorMessage(error, zh)).toBe('私海已满，请先释放或签约部分门店');
    expect(errorMessage(error, en)).toMatch(/private pool is full/);
  });

  it('falls back to the server detail for a code it does not know', () => {
    expect(
      errorMessage(new ApiError({ status: 409, code: 'brand_new_rule', detail: 'New rule says no' }), en),
    ).toBe('New rule says no');
    expect(errorMessage(new ApiError({ status: 418, code: 'teapot' }), en)).toBe(
      'The request failed (HTTP 418).',
    );
  });

  it('names the field of a validation failure', () => {
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      errors: [{ path: '/body/phone', message: 'must match pattern' }],
    });
    expect(errorMessage(error, en)).toBe('Invalid input (phone): must match pattern');
  });

  it('adds the waiting time of a lockout', () => {
    const error = new ApiError({ status: 429, code: 'account_locked', retryAfterSeconds: 600 });
    expect(errorMessage(error, en)).toMatch(/Try again in 10 min/);
  });

  it('says something useful about a failure that is not an API answer', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(errorMessage(new TypeError('x is undefined'), en)).toBe('Something went wrong. Please try again.');
  });
});
