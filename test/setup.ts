import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * One simulated "today" for every test, whatever the real date: the app reads the clock for the
 * income year it advises, the campaign it expects, the taxation switch of late July… so a test
 * that read the real one would change its answer on some future morning. Each test starts at
 * the same moment of the same day (the browser tests use the same day: TODAY in
 * test/browser/helpers.ts), in the time zone of the collectivités.
 *
 * Only `Date` is simulated, and it runs on from that moment: timers stay real, so React,
 * user-event and Testing Library's waits behave as in a browser. A test may still set its own
 * time with `vi.setSystemTime`.
 */
export const SIMULATED_NOW = new Date('2026-12-02T10:00:00+01:00');
process.env.TZ = 'Europe/Paris';
vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
vi.setSystemTime(SIMULATED_NOW);
beforeEach(() => {
  vi.setSystemTime(SIMULATED_NOW);
});

if (typeof window !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react');
  // findBy… and waitFor give up after 1 s by default. Rendering a step of the app (its code is
  // loaded on demand) takes longer than that when the machine is busy: the test then fails on
  // "Unable to find role=heading" although the heading would come. A wait that truly fails
  // still fails, within the test's own timeout (see vite.config.ts).
  configure({ asyncUtilTimeout: 20_000 });
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });
  // jsdom lays nothing out, so it has no scrolling to do.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, @typescript-eslint/unbound-method -- jsdom has no scrollIntoView, whatever the DOM types say; the stub is put on the prototype, not called
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
  window.scrollTo = () => {};
  // jsdom's Blob has no text() yet; browsers all have it.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, @typescript-eslint/unbound-method -- jsdom's Blob has no text(), whatever the DOM types say; the stand-in is put on the prototype, not called
  Blob.prototype.text ??= function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
      reader.readAsText(this);
    });
  };
}
