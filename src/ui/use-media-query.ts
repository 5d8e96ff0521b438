import { useCallback, useSyncExternalStore } from 'react';

/**
 * What each media query matches, kept from the browser's "change" events. Asking the browser
 * (`matchMedia(query).matches`) at every render made it bring the page's style up to date first:
 * on a long step, typing paid for it at every keystroke.
 */
const matches = new Map<string, boolean>();
const lists = new Map<string, MediaQueryList | null>();

function listFor(query: string): MediaQueryList | null {
  let list = lists.get(query);
  if (list === undefined) {
    list = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
    lists.set(query, list);
  }
  return list;
}

function currentMatch(query: string): boolean {
  let value = matches.get(query);
  if (value === undefined) {
    value = listFor(query)?.matches ?? false;
    matches.set(query, value);
  }
  return value;
}

/** Whether a CSS media query matches now, kept current as the window is resized or zoomed. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = listFor(query);
      if (!list) return () => {};
      const listener = (event: MediaQueryListEvent) => {
        matches.set(query, event.matches);
        onChange();
      };
      list.addEventListener('change', listener);
      return () => list.removeEventListener('change', listener);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => currentMatch(query),
    () => false,
  );
}
