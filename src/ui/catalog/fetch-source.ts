import { sourcesUrl } from 'virtual:bundled-scenarios';

/** A bundled scenario's own text (comments and layout and all), fetched from beside the app when the editor opens it. */
export async function fetchBundledText(file: string): Promise<{ ok: true; text: string } | { ok: false; problem: string }> {
  try {
    const response = await fetch(sourcesUrl);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    const texts = (await response.json()) as Record<string, unknown>;
    const text = Object.hasOwn(texts, file) ? texts[file] : undefined;
    return typeof text === 'string' ? { ok: true, text } : { ok: false, problem: `the app's server has no text for ${file}` };
  } catch (error) {
    return { ok: false, problem: `the scenario's text could not be fetched from the app's server (${(error as Error).message}); reload the page to try again` };
  }
}
