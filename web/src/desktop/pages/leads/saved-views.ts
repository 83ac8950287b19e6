/** The lists whose views the server keeps, by the page that shows them. */
const OBJECTS: Record<string, 'leads' | 'pool_public' | 'pool_mine' | 'pool_team'> = {
  '/leads': 'leads',
  '/pool/public': 'pool_public',
  '/pool/mine': 'pool_mine',
  '/pool/team': 'pool_team',
};

export type ViewObject = (typeof OBJECTS)[string];

export function viewObjectOf(pathname: string): ViewObject {
  return OBJECTS[pathname] ?? 'leads';
}

/** Where views lived before the server kept them: { [pathname]: [{ name, query }] }. */
export const LEGACY_KEY = 'groundwork.savedViews';

export interface LegacyView {
  name: string;
  query: string;
}

/**
 * The views this browser kept for a page, cleaned to what the server accepts (named, 40
 * characters at most, no leading "?"); anything unreadable counts as none.
 */
export function legacyViews(stored: string | null, pathname: string): LegacyView[] {
  try {
    const all = JSON.parse(stored ?? '{}') as Record<string, unknown>;
    const views = all[pathname];
    if (!Array.isArray(views)) return [];
    return views
      .filter(
        (v): v is LegacyView =>
          typeof v === 'object' && v !== null && typeof v.name === 'string' && typeof v.query === 'string',
      )
      .map((v) => ({ name: v.name.trim().slice(0, 40), query: v.query.replace(/^\?/, '') }))
      .filter((v) => v.name !== '');
  } catch {
    return [];
  }
}

/** The stored map without one page's views (null: nothing left to keep). */
export function withoutPage(stored: string | null, pathname: string): string | null {
  try {
    const all = JSON.parse(stored ?? '{}') as Record<string, unknown>;
    delete all[pathname];
    return Object.keys(all).length > 0 ? JSON.stringify(all) : null;
  } catch {
    return null;
  }
}

/** Query strings compare by their parameters, not their order. */
export function sameQuery(a: string, b: string): boolean {
  const norm = (q: string) =>
    [...new URLSearchParams(q).entries()]
      .map(([k, v]) => `${k}=${v}`)
      .sort()
      .join('&');
  return norm(a) === norm(b);
}
