import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The web app lives in web/; the server serves web/dist. In development, /api goes to the server.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: process.env.MEEDOEN_WEB_DIST ?? 'dist', emptyOutDir: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' }, fs: { allow: ['..'] } },
});
