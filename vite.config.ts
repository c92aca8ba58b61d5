import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Relative base: the built app also works opened from a folder or a file share, with no server path assumed.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true },
});
