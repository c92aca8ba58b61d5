import { ScenarioText } from './ScenarioText';
import type { Citation as CitationData } from '../../domain/scenario';

export function Citation({ cite }: { cite: CitationData }) {
  return (
    <cite className="citation">
      <ScenarioText>{cite.section}</ScenarioText>
      {cite.locator ? (
        <>
          , <ScenarioText>{cite.locator}</ScenarioText>
        </>
      ) : null}
    </cite>
  );
}
