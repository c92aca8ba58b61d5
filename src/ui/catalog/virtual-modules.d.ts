/** Made by the build (vite.config.ts): where the catalogue of bundled scenarios is served, as JSON. */
declare module 'virtual:bundled-scenarios' {
  export const catalogueUrl: string;
}
