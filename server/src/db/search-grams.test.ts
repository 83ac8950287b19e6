import { describe, expect, it } from 'vitest';
import { prefixUpperBound, searchGrams } from './search-grams.ts';

describe('search grams', () => {
  it('asks for the 2-character substrings of a word, or its one character', () => {
    expect(searchGrams('海底捞')).toEqual(['海底', '底捞']);
    expect(searchGrams('火')).toEqual(['火']);
    expect(searchGrams('哈哈哈')).toEqual(['哈哈']);
  });

  it('bounds a prefix range above every name that starts with the prefix', () => {
    expect(prefixUpperBound('火锅')).toBe('火锆');
    expect('火锅店(望京店)' < prefixUpperBound('火锅')!).toBe(true);
    expect(prefixUpperBound('a\u{10ffff}')).toBe('b');
    expect(prefixUpperBound('\u{d7ff}')).toBe('\u{e000}');
    expect(prefixUpperBound('\u{10ffff}')).toBeNull();
  });
});
