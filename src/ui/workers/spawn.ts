/**
 * The Monte Carlo worker, bundled by Vite as a file of its own beside the app
 * (so the content security policy's script-src 'self' admits it).
 */
export function spawnMonteCarloWorker(): Worker {
  return new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module' });
}
