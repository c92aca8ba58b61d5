import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type Plugin } from 'vite';

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

const CATALOGUE = 'virtual:bundled-scenarios';
const DEV_CATALOGUE_URL = '/@policy-options/scenarios.json';
const DEV_SOURCES_URL = '/@policy-options/scenario-sources.json';

/**
 * Every file in scenarios/ is read and checked here, with the app's own
 * loader, and the result (each scenario, its content hash, or a refused
 * file's problems) ships as one JSON file beside the app, which the app
 * fetches from its own origin when it starts (src/ui/catalog/fetch-bundled.ts).
 * So the first load carries neither the YAML parser nor the checks, and does
 * not read 200 kB of YAML on every visit. The files' own text ships beside it
 * too, fetched only when a bundled scenario is opened in the editor, which
 * keeps its comments and layout.
 */
function bundledScenarios(): Plugin {
  const folder = join(import.meta.dirname, 'scenarios');
  const files = () => readdirSync(folder).filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith('.schema.json'));
  // The loader runs through Vite's module runner rather than an import here, so that this file stays loadable without the app's code.
  const catalogue = async () => {
    const { module } = await runnerImport<typeof import('./src/ui/catalog/bundled')>(join(import.meta.dirname, 'src/ui/catalog/bundled.ts'), { configFile: false, logLevel: 'error' });
    return JSON.stringify(module.bundledCatalogue(files().map((f) => ({ file: `scenarios/${f}`, text: readFileSync(join(folder, f), 'utf8') }))));
  };
  const sources = () => JSON.stringify(Object.fromEntries(files().map((f) => [`scenarios/${f}`, readFileSync(join(folder, f), 'utf8')])));
  let serving = false;
  return {
    name: 'policy-options:bundled-scenarios',
    configResolved: (config) => void (serving = config.command === 'serve'),
    resolveId: (id) => (id === CATALOGUE ? `\0${CATALOGUE}` : undefined),
    async load(id) {
      if (id !== `\0${CATALOGUE}`) return undefined;
      for (const f of files()) this.addWatchFile(join(folder, f));
      if (serving) return `export const catalogueUrl = ${JSON.stringify(DEV_CATALOGUE_URL)};\nexport const sourcesUrl = ${JSON.stringify(DEV_SOURCES_URL)};`;
      const reference = this.emitFile({ type: 'asset', name: 'scenarios.json', source: await catalogue() });
      const texts = this.emitFile({ type: 'asset', name: 'scenario-sources.json', source: sources() });
      return `export const catalogueUrl = import.meta.ROLLUP_FILE_URL_${reference};\nexport const sourcesUrl = import.meta.ROLLUP_FILE_URL_${texts};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_SOURCES_URL, (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        response.end(sources());
      });
      server.middlewares.use(DEV_CATALOGUE_URL, (_request, response, next) => {
        catalogue().then((json) => {
          response.setHeader('Content-Type', 'application/json');
          response.end(json);
        }, next);
      });
    },
  };
}

// Relative base: the built app works under any path a local web server gives it.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), bundledScenarios()],
  // Served from this machine, never over a wide-area network; what a first visit does not need loads on demand
  // (src/ui/views/lazy-views.tsx, the memo writers) so that the initial JavaScript stays small: `npm run bench` reports it.
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1000 },
});
