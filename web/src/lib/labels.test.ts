import { describe, expect, it } from 'vitest';
import { CATEGORY_CODES, codeLabel, humanizeCode } from './labels.ts';

const translate = (code: string) => `[${code}]`;

describe('labels of stored codes', () => {
  it('translates a known code', () => {
    expect(codeLabel('restaurant', CATEGORY_CODES, translate)).toEqual({ text: '[restaurant]', data: false });
  });

  it('makes an unknown code readable rather than showing it raw', () => {
    expect(codeLabel('pet_grooming', CATEGORY_CODES, translate)).toEqual({
      text: 'Pet grooming',
      data: false,
    });
    expect(humanizeCode('ktv')).toBe('Ktv');
  });

  it('shows what a person typed as data', () => {
    expect(codeLabel('火锅', CATEGORY_CODES, translate)).toEqual({ text: '火锅', data: true });
    expect(codeLabel('Hot Pot', CATEGORY_CODES, translate)).toEqual({ text: 'Hot Pot', data: true });
  });

  it('has nothing to say of no code', () => {
    expect(codeLabel(null, CATEGORY_CODES, translate)).toBeNull();
    expect(codeLabel('', CATEGORY_CODES, translate)).toBeNull();
  });
});
