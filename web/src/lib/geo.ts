import type { TFunction } from 'i18next';

export interface Position {
  lat: number;
  lng: number;
  /** Metres; absent for a position typed in by hand. */
  accuracy?: number;
}

/** The server's sphere (earthdistance's radius), so the distances shown match the stored ones. */
const EARTH_RADIUS_M = 6_378_168;

export function distanceM(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function formatDistance(metres: number, t: TFunction): string {
  if (metres < 1000) return t('units.metres', { value: Math.round(metres) });
  return t('units.kilometres', { value: (metres / 1000).toFixed(metres < 10_000 ? 1 : 0) });
}

export class LocationError extends Error {
  constructor(readonly reason: 'unsupported' | 'denied' | 'unavailable' | 'timeout') {
    super(reason);
  }
}

/** The device's position, or a LocationError the screen turns into the manual fallback. */
export function currentPosition(timeoutMs = 10_000): Promise<Position> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new LocationError('unsupported'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude, accuracy: p.coords.accuracy }),
      (e) =>
        reject(
          new LocationError(
            e.code === e.PERMISSION_DENIED ? 'denied' : e.code === e.TIMEOUT ? 'timeout' : 'unavailable',
          ),
        ),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 30_000 },
    );
  });
}

/** Parses "39.98, 116.31" (what a rep copies from a map app) into a position. */
export function parseLatLng(text: string): Position | null {
  const match = text.trim().match(/^(-?\d{1,2}(?:\.\d+)?)\s*[,，\s]\s*(-?\d{1,3}(?:\.\d+)?)$/);
  if (!match) return null;
  const lat = Number(match[1]);
  const lng = Number(match[2]);
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { lat, lng };
}
