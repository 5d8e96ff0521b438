// Mutation testing of the domain (issue 14): `npm run mutation`. Stryker changes one operator,
// condition or value of src/domain at a time and runs the domain's tests against each change;
// a change no test notices ("survivor") is either killed by a test or justified below.
// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/domain/**/*.ts', '!src/domain/**/*.test.ts', '!src/domain/**/*.fixture.ts'],
  testRunner: 'vitest',
  // Only the domain's tests, in Node (see that file for why the rest stays out).
  vitest: { configFile: 'stryker.config.vitest.mjs', related: true },
  coverageAnalysis: 'perTest',
  // Two test runners: this machine has two cores, shared with other work.
  concurrency: 2,
  // A later run re-tests only the mutants whose code or tests changed.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  thresholds: { high: 90, low: 85, break: 85 },
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // What the tests never read is not copied into Stryker's sandbox (another run's sandbox, builds).
  ignorePatterns: ['/.stryker-tmp*', '/dist', '/dist-*', '/test-results', '/playwright-report'],
  // A mutant that makes a loop endless is stopped after its tests' usual time × 1.5 + 5 s.
  timeoutMS: 5_000,
  // A "static" mutant changes a value computed once when its module loads (the catalogue's
  // tables, the labels, the Zod schemas): Stryker must then reload every module and run every
  // domain test for it, some 30 s each, and there are 2,173 of them. They are left out of the
  // run and of the score (reported as "Ignored"); what those tables say is checked by the tests
  // that read them (datapass-replay, scopes, every-schema-speaks-french…).
  ignoreStatic: true,
  // Equivalent and out-of-reach mutants are marked where they are, on the line above, each with
  // its reason: `// Stryker disable next-line <mutator>: why no behaviour can differ`. They are
  // left out of the score ("Ignored"). Where one marker would also have hidden a mutant the tests
  // kill, the line was rewritten to say the same thing without the needless part instead.
};
