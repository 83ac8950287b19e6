import { describe, expect, it } from 'vitest';
import { maskPhone } from './mask.ts';

describe('maskPhone', () => {
  it('hides at least four digits of every number, whatever its length', () => {
    expect(maskPhone('13912345678')).toBe('139****5678');
    expect(maskPhone('(010)88310550')).toBe('(010)88****50');
    expect(maskPhone('010-68118189')).toBe('010****8189');
    expect(maskPhone('4001877177')).toBe('400****177');
    expect(maskPhone('(010)68298783,(010)68298784')).toBe('(010)68****83,(010)68****84');
    expect(maskPhone(null)).toBeNull();
    for (const raw of ['13912345678', '88310550', '4001877177', '1234567', '010 6811 8189']) {
      const masked = maskPhone(raw)!;
      const hidden = raw.replace(/\D/g, '').length - masked.replace(/\D/g, '').length;
      expect(hidden, raw).toBeGreaterThanOrEqual(4);
    }
  });
});
