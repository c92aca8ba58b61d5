/** What a command prints and how it exits; `run` returns it so tests need no process. */
export interface CommandResult {
  exitCode: number;
  stdout: string[];
  stderr: string[];
}

/** Exit statuses, as documented in the usage text and the README. */
export const EXIT = { ok: 0, problems: 1, usage: 2, internal: 3 } as const;
