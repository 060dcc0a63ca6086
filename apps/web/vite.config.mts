/// <reference types='vitest' />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { nxViteTsPaths } from '@nx/vite/plugins/nx-tsconfig-paths.plugin';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  server: {
    port: 4200,
    host: 'localhost',
    // `npm run dev`: the API runs on PORT (3000) and Vite proxies /api to it.
    proxy: { '/api': `http://localhost:${process.env.PORT ?? 3000}` },
  },
  preview: { port: 4300, host: 'localhost' },
  plugins: [react(), nxViteTsPaths()],
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: true,
    sourcemap: false,
    rolldownOptions: {
      // @spoor/domain's Poortwachter working days use date-holidays (~1 MB of every country's holidays). The web
      // never computes a timeline (the API does), but the package's modules count as having side effects, so
      // they would be bundled unused. Declared side-effect free, they are kept only where something calls them.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('date-holidays') },
    },
  },
}));
