import type { Citation as CitationData } from '../../domain/scenario';

export function Citation({ cite }: { cite: CitationData }) {
  return (
    <cite className="citation">
      {cite.section}
      {cite.locator ? `, ${cite.locator}` : ''}
    </cite>
  );
}
