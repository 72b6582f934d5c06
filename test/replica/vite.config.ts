import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The replicas of the filing console (index.html) and of MIIT's SMS page (miit.html), served under /__replica__/ at
// their real origins by test/e2e/replica-server.ts.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/__replica__/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../.output/replica', import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        miit: fileURLToPath(new URL('miit.html', import.meta.url)),
      },
    },
  },
});
