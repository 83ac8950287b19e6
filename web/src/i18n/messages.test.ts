import { describe, expect, it } from 'vitest';
import { enUS } from './locales/en-US/index.ts';
import { zhCN } from './locales/zh-CN/index.ts';

function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    leaves(inner, path ? `${path}.${key}` : key),
  );
}

const CJK = /[\u3400-\u9fff\uff00-\uffef]/;

describe('translations', () => {
  it('has every message in both languages, none empty', () => {
    const zh = new Map(leaves(zhCN));
    const en = new Map(leaves(enUS));
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, text] of [...zh, ...en]) expect(text.trim(), key).not.toBe('');
  });

  it('has no Chinese left in the English messages', () => {
    for (const [key, text] of leaves(enUS)) expect(CJK.test(text), `${key}: ${text}`).toBe(false);
  });

  it('uses the same placeholders in both languages', () => {
    const en = new Map(leaves(enUS));
    for (const [key, text] of leaves(zhCN)) {
      const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(names(en.get(key) ?? ''), key).toEqual(names(text));
    }
  });
});
