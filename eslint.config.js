// ESLint for the whole code: type-aware TypeScript, React hooks, accessibility of the JSX, and the
// architecture the README describes, stated as import boundaries. `npm run lint` fails on any
// warning; a disable comment must say why, on its line.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/** The parts of src/ and what each may import. */
const ELEMENTS = [
  { type: 'domain', pattern: 'src/domain', mode: 'folder' },
  { type: 'ui', pattern: 'src/ui', mode: 'folder' },
  { type: 'feature', pattern: 'src/features/*', mode: 'folder', capture: ['name'] },
  { type: 'routes', pattern: 'src/routes', mode: 'folder' },
  { type: 'app', pattern: 'src/app', mode: 'folder' },
  { type: 'main', pattern: 'src/main.tsx', mode: 'file' },
  { type: 'route-tree', pattern: 'src/route-tree.gen.ts', mode: 'file' },
  { type: 'declarations', pattern: 'src/*.d.ts', mode: 'file' },
];

export default tseslint.config(
  {
    ignores: ['dist/', 'dist-documents/', 'coverage/', 'test-results/', 'playwright-report/', 'reports/', '.stryker-tmp/', 'node_modules/', 'pw-*.config.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Numbers and booleans in French messages read naturally in templates.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `void promise` marks a promise deliberately not awaited (a download, a navigation).
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true, ignoreVoidOperator: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // In tests and scripts, `value!` states what must be there: a missing value throws and fails
    // the test or the script at once, which is what they want.
    files: ['test/**', 'scripts/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/**/*.tsx', 'test/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // The architecture: the domain is pure and imports nothing of the app; ui imports only the
    // domain; a feature uses the domain, ui and other features through their public entry
    // (index.ts); routes and the app shell compose them. Tests may reach inside what they test.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': ELEMENTS,
      'boundaries/include': ['src/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
    },
    rules: {
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          rules: [
            { from: 'domain', allow: ['domain'] },
            { from: 'ui', allow: ['domain', 'ui'] },
            { from: 'feature', allow: ['domain', 'ui', 'feature'] },
            { from: 'routes', allow: ['domain', 'ui', 'feature', 'app'] },
            { from: 'app', allow: ['domain', 'ui', 'feature', 'app', 'route-tree'] },
            { from: 'route-tree', allow: ['routes'] },
            { from: 'main', allow: ['app', 'feature', 'ui', 'domain'] },
          ],
        },
      ],
      // Another feature is reached only through its public entries: index.ts, and a few more
      // where a page must load only its own part (each wizard step for its route; the review's
      // remarks, DPO page and draft list; storage's validated reading and the dossier being edited, which bring zod, and its start-up entry).
      'boundaries/entry-point': [
        'error',
        {
          default: 'allow',
          rules: [
            { target: ['feature'], disallow: ['**'] },
            { target: ['feature'], allow: ['index.ts'] },
            { target: [['feature', { name: 'wizard' }]], allow: ['steps/*/*-step.tsx'] },
            { target: [['feature', { name: 'review' }]], allow: ['remarks.ts', 'dpo.ts', 'drafts.ts'] },
            // The vendors' batch generates documents outside the documents page, loading them lazily as that page does.
            { target: [['feature', { name: 'documents' }]], allow: ['generate.ts', 'browser-assets.ts'] },
            { target: [['feature', { name: 'storage' }]], allow: ['dossier-repository.ts', 'start-up.ts', 'editing.ts'] },
          ],
        },
      ],
      'boundaries/no-unknown-files': 'error',
    },
  },
);
