import { useCallback, useState } from 'react';

/**
 * Keyset paging for `{items, nextCursor}` lists: the cursors of the pages seen so far, so the
 * user can go back without the server counting or skipping rows (no OFFSET, DESIGN §10).
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | undefined)[] }>({
    key: resetKey,
    cursors: [undefined],
  });
  // New filters start again at the first page.
  const cursors = state.key === resetKey ? state.cursors : [undefined];
  const page = cursors.length;
  const next = useCallback(
    (nextCursor: string | null | undefined) => {
      if (nextCursor) setState({ key: resetKey, cursors: [...cursors, nextCursor] });
    },
    [cursors, resetKey],
  );
  const previous = useCallback(() => {
    if (cursors.length > 1) setState({ key: resetKey, cursors: cursors.slice(0, -1) });
  }, [cursors, resetKey]);
  return { cursor: cursors.at(-1), page, next, previous };
}
