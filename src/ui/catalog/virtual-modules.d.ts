/** Made by the build (vite.config.ts): where the catalogue of bundled scenarios is served, as JSON. */
declare module 'virtual:bundled-scenarios' {
  export const catalogueUrl: string;
  /** The bundled files' own text, by file name ("scenarios/x.yaml"), for the editor. */
  export const sourcesUrl: string;
}
