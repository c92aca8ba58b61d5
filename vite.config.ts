import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The built app may load nothing from another host: this policy makes the
 * browser refuse it. Build only, since the dev server injects inline scripts.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'policy-options:csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

// Relative base: the built app works under any path a local web server gives it.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  // One bundle of about 650 kB (190 kB gzipped), served from this machine, never over a wide-area network: no need to split it yet.
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1000 },
});
