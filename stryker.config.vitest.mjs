import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of src/domain (see stryker.config.mjs): the domain's
// own tests, in Node, with the app's simulated "today" (test/setup.ts). No plugin is needed: the
// domain is plain TypeScript, and the component (jsdom) and property tests under test/unit stay
// out, as they would make every run far slower for little more of the domain covered.
export default defineConfig({
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
