import { useCallback, useEffect, useState } from 'react';
import { currentPosition, LocationError, type Position } from '../lib/geo.ts';

export type PositionSource = 'gps' | 'manual';

export interface PositionState {
  position: Position | null;
  source: PositionSource | null;
  locating: boolean;
  failure: LocationError['reason'] | null;
}

const STORAGE_KEY = 'groundwork.position';
/** A GPS fix older than this is taken again when a screen opens; a manual one is kept. */
const FRESH_MS = 60_000;

interface Saved {
  position: Position;
  source: PositionSource;
  at: number;
}

function load(): Saved | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Saved) : null;
  } catch {
    return null;
  }
}

function save(position: Position, source: PositionSource) {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ position, source, at: Date.now() }));
}

/**
 * Where the rep stands: the browser's geolocation, or a position typed in by hand when it fails.
 * Shared by the nearby list, the check-in and the new-store form through sessionStorage.
 */
export function useDevicePosition(options: { forceGps?: boolean } = {}) {
  const saved = load();
  const [state, setState] = useState<PositionState>({
    position: saved?.position ?? null,
    source: saved?.source ?? null,
    locating: false,
    failure: null,
  });

  const locate = useCallback(async () => {
    setState((s) => ({ ...s, locating: true, failure: null }));
    try {
      const position = await currentPosition();
      save(position, 'gps');
      setState({ position, source: 'gps', locating: false, failure: null });
    } catch (error) {
      const failure = error instanceof LocationError ? error.reason : 'unavailable';
      setState((s) => ({ ...s, locating: false, failure }));
    }
  }, []);

  const setManual = useCallback((position: Position) => {
    save(position, 'manual');
    setState({ position, source: 'manual', locating: false, failure: null });
  }, []);

  const forceGps = options.forceGps ?? false;
  useEffect(() => {
    const current = load();
    const stale = !current || (current.source === 'gps' && Date.now() - current.at > FRESH_MS);
    if (forceGps ? current?.source !== 'manual' : stale) void locate();
  }, [locate, forceGps]);

  return { ...state, locate, setManual };
}
