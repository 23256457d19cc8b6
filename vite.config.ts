import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphDataPlugin } from './src/build/graphDataPlugin';

export default defineConfig({
  base: './',
  plugins: [react(), graphDataPlugin('graph-data')],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
});
