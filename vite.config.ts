import { configDefaults, defineConfig } from 'vitest/config';
import { loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicyPlugin, parseSandboxHosts } from './config/content-security-policy.ts';

// `base: './'` keeps every asset URL relative, so the built site works from any folder of any
// static host (e.g. https://example.org/outil-habilitation/).
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  return {
    base: './',
    plugins: [
      // The router plugin must come before the React plugin.
      tanstackRouter({
        target: 'react',
        autoCodeSplitting: true,
        routesDirectory: 'src/routes',
        generatedRouteTree: 'src/route-tree.gen.ts',
        quoteStyle: 'single',
      }),
      react(),
      // Offline use: every file of the build is precached by a service worker after the first
      // visit; a new version waits until the user chooses to reload (see app/update-notice.tsx).
      VitePWA({
        registerType: 'prompt',
        injectRegister: false,
        manifest: false,
        workbox: {
          globPatterns: ['**/*.{html,js,css,ttf}'],
          // The PDF code (pdf-lib and fontkit) is the largest file, and must work offline too.
          maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
          cleanupOutdatedCaches: true,
          navigateFallback: null,
        },
      }),
      contentSecurityPolicyPlugin(parseSandboxHosts(env.SANDBOX_HOSTS)),
    ],
    build: {
      target: 'es2022',
      sourcemap: true,
      // The benchmark reads it to tell the first page's files from the lazily loaded ones.
      manifest: true,
      // Every browser the tool supports preloads modules itself (Chrome 66, Firefox 115, Safari 17).
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: {
          // React, its DOM renderer and the router in one file: the first page needs all of them, one file compresses
          // better than three (1.7 KB less gzip), and it changes only when they are upgraded, so it stays cached across versions.
          codeSplitting: { groups: [{ name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|@tanstack|use-sync-external-store)[\\/]/ }] },
        },
      },
    },
    test: {
      projects: [
        // The domain keeps no state between calls: its test files share their loaded modules
        // instead of loading them again for each file (74 s → 15 s for its 82 files here). Its
        // mutation runs already run them so.
        { extends: true, test: { name: 'domaine', include: ['src/domain/**/*.test.ts'], isolate: false } },
        {
          extends: true,
          test: {
            name: 'application',
            include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}', 'config/**/*.test.ts'],
            exclude: [...configDefaults.exclude, 'src/domain/**'],
          },
        },
      ],
      environment: 'node',
      setupFiles: ['test/setup.ts'],
      // The component tests render the whole app (router, lazily loaded steps, forms) in jsdom and
      // type into it, and the property tests run hundreds of cases: a second or two each on an
      // idle machine, ten times that when the CPU is shared (with two busy processes on this
      // two-core machine, single tests took up to 18 s, and 43 s for the longest property test).
      // Vitest's default of 5 s then failed them for no fault of the app, so every test and hook
      // gets two minutes; test/setup.ts likewise lengthens Testing Library's waits.
      testTimeout: 120_000,
      hookTimeout: 120_000,
    },
  };
});
