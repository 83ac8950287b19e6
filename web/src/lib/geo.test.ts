import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { distanceM, formatDistance, parseLatLng } from './geo.ts';

const t = i18n.getFixedT('en-US');

describe('geo helpers', () => {
  it('measures great-circle distances on the server sphere', () => {
    // 0.001° of latitude is ~111.3 m on a sphere of radius 6,378,168 m.
    expect(distanceM({ lat: 39.9, lng: 116.3 }, { lat: 39.901, lng: 116.3 })).toBeCloseTo(111.32, 1);
    expect(distanceM({ lat: 39.9, lng: 116.3 }, { lat: 39.9, lng: 116.3 })).toBe(0);
  });

  it('shows metres under a kilometre, then kilometres', () => {
    expect(formatDistance(53.4, t)).toBe('53 m');
    expect(formatDistance(1234, t)).toBe('1.2 km');
    expect(formatDistance(23_456, t)).toBe('23 km');
    expect(formatDistance(850, i18n.getFixedT('zh-CN'))).toBe('850 米');
  });

  it('reads positions typed by hand, with Chinese or Latin commas', () => {
    expect(parseLatLng('39.98, 116.31')).toEqual({ lat: 39.98, lng: 116.31 });
    expect(parseLatLng(' 39.98，116.31 ')).toEqual({ lat: 39.98, lng: 116.31 });
    expect(parseLatLng('39.98 116.31')).toEqual({ lat: 39.98, lng: 116.31 });
    expect(parseLatLng('91, 10')).toBeNull();
    expect(parseLatLng('Wangjing')).toBeNull();
  });
});
