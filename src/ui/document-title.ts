import { useEffect } from 'react';
import { isolate } from './components/ScenarioText';

/** "Step through — <scenario> — policy-options": a browser tab, a window list or a screen reader says where the user is. */
export function useDocumentTitle(tab: string, scenarioTitle: string): void {
  useEffect(() => {
    document.title = `${tab} — ${isolate(scenarioTitle)} — policy-options`;
  }, [tab, scenarioTitle]);
}
