import { useEffect, useRef, useState } from 'react';

/**
 * Brings an element into view and gives it focus, once the render that follows `reveal()` is
 * on screen: after a call, the answer may be far below the button that sent it. The scroll is
 * instant for those who ask their system for less motion. The element needs tabIndex={-1}.
 */
export function useReveal<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [requests, setRequests] = useState(0);

  useEffect(() => {
    const element = ref.current;
    if (requests === 0 || !element) return;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- jsdom, where the tests run, has no matchMedia
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    // Focus first, without the browser's own jump, so that the scroll below is the only one.
    element.focus({ preventScroll: true });
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- jsdom, where the tests run, has no scrollIntoView
    element.scrollIntoView?.({
      behavior: reduceMotion ? 'auto' : 'smooth',
      block: 'start',
    });
  }, [requests]);

  return { ref, reveal: () => setRequests((n) => n + 1) };
}
