/** Every key the app writes to browser storage starts with this, so nothing else is touched. */
const PREFIX = 'policy-options';

export const keys = {
  session: (scenarioId: string) => `${PREFIX}/session/${scenarioId}`,
  setAside: (scenarioId: string, digest: string) => `${PREFIX}/unreadable-session/${scenarioId}/${digest}`,
  openedScenarios: `${PREFIX}/opened-scenarios`,
  lastScenario: `${PREFIX}/last-scenario`,
} as const;
