import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The replica of the filing console, served under /__replica__/ at the console's own origin by test/e2e/replica-server.ts.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/__replica__/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../.output/replica', import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: false,
  },
});
