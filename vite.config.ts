import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { tanstackRouter } from '@tanstack/router-plugin/vite';

// `base: './'` keeps every asset URL relative, so the built site works from any
// folder of any static host (e.g. https://example.org/outil-habilitation/).
export default defineConfig({
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
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The benchmark reads it to tell the first page's files from the lazily loaded ones.
    manifest: true,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
  },
});
