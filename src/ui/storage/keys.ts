/** Every key the app writes to browser storage starts with this, so nothing else is touched. */
const PREFIX = 'policy-options';

export const keys = {
  /** Bundled scenarios and files the user opened keep separate sessions, even under one scenario id. */
  session: (workspace: string) => `${PREFIX}/session/${workspace}`,
  setAside: (workspace: string, digest: string) => `${PREFIX}/unreadable-session/${workspace}/${digest}`,
  /** What an earlier version of the app left in local storage under a key the database already had (`key` without the prefix). */
  movedAside: (key: string, digest: string) => `${PREFIX}/moved-aside/${key.slice(PREFIX.length + 1)}/${digest}`,
  view: (workspace: string) => `${PREFIX}/view/${workspace}`,
  /** The workshop open on a scenario, if any: one at a time per workspace. */
  workshop: (workspace: string) => `${PREFIX}/workshop/${workspace}`,
  /** The scenario editor's work in progress, one per scenario edited (or new). */
  editorDraft: (draft: string) => `${PREFIX}/editor-draft/${draft}`,
  /** Which scenario the editor has open, if any. */
  editing: `${PREFIX}/editing`,
  openedScenarios: `${PREFIX}/opened-scenarios`,
  lastScenario: `${PREFIX}/last-scenario`,
} as const;

/** Whether a key is one of the app's own. */
export const isOwnKey = (key: string): boolean => key.startsWith(`${PREFIX}/`);
