import type { RefObject } from 'react';

let firstPage = true;

/**
 * After a navigation inside the app, moves focus to the new page's heading so that keyboard and
 * screen-reader users start reading there (the router does not do it). The page loaded first
 * keeps the browser's own starting point.
 */
export function focusHeadingAfterNavigation(heading: RefObject<HTMLElement | null>): void {
  if (firstPage) {
    firstPage = false;
    return;
  }
  heading.current?.focus();
}
