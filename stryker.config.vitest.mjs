import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of src/domain (see stryker.config.mjs): the domain's
// own tests, in Node, with the app's simulated "today" (test/setup.ts). The component (jsdom) and
// property tests under test/unit stay out, as they would make every run far slower for little
// more of the domain covered.

/**
 * How many cases a property test (fast-check) tries against a mutant, at most. `npm test` tries
 * 150 to 400 random dossiers, bodies or texts per property, a new draw each time, to find what
 * nobody thought of; that costs up to 2 s a property, paid again by every mutant the property
 * covers, and a mutant that survives runs them all: the three properties of verdict.test.ts alone
 * were more than half of the whole domain's run. Against a mutant, a property only has to notice
 * a change, which almost always shows in the first cases, so it tries 30, always the same ones
 * (a fixed seed: a mutant killed by a lucky draw one day and surviving the next would make the
 * score and the incremental file churn), and stops at the first failure instead of shrinking it
 * (a shrink can take longer than Stryker's timeout, and only the failure matters here).
 * Fewer cases can only let more mutants survive, never fewer: the score is not flattered.
 */
export const PROPERTY_RUNS = 30;
const PROPERTY_SEED = 20_261_202;

const FAST_CHECK = '\0fast-check-for-mutation';
const NO_DOM_MATCHERS = '\0no-dom-matchers';

/** `fast-check`, as the domain's tests import it, with the limits above. */
function propertiesForMutation() {
  return {
    name: 'properties-for-mutation',
    enforce: 'pre',
    resolveId(source, importer) {
      // test/setup.ts (the simulated "today", kept in one place) also adds jest-dom's matchers for
      // the component tests. The domain's tests run without a DOM and use none of them, and loading
      // them is a quarter of what each mutant's run costs before any test starts (0.1-0.2 s of CPU
      // out of 0.45-0.55 s, measured on an empty test file).
      if (source === '@testing-library/jest-dom/vitest') return NO_DOM_MATCHERS;
      // The stand-in itself imports the real fast-check.
      return source === 'fast-check' && importer !== FAST_CHECK ? FAST_CHECK : null;
    },
    load(id) {
      if (id === NO_DOM_MATCHERS) return 'export {};';
      if (id !== FAST_CHECK) return null;
      return `
        import * as fc from 'fast-check';
        export * from 'fast-check';
        fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: ${PROPERTY_SEED}, endOnFailure: true });
        export function assert(property, params) {
          return fc.assert(property, { ...params, numRuns: Math.min(params?.numRuns ?? 100, ${PROPERTY_RUNS}) });
        }
        export default { ...fc, assert };
      `;
    },
  };
}

// The collectivités' time zone, as test/setup.ts sets it. Stryker runs Vitest in worker threads, and a
// thread's assignment to process.env.TZ does not reach the process's clock: set on this main thread,
// before the threads start, it does.
process.env.TZ = 'Europe/Paris';

export default defineConfig({
  plugins: [propertiesForMutation()],
  test: {
    include: ['src/domain/**/*.test.ts'],
    environment: 'node',
    // The domain keeps no state between calls, so its modules are loaded once per run rather than
    // once per test file: a run of one mutant's tests then takes half a second instead of several.
    isolate: false,
    setupFiles: ['test/setup.ts'],
    // Same generous limits as vite.config.ts: the machine is shared, and a mutant that loops
    // forever is caught by Stryker's own timeout, not by Vitest's.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
