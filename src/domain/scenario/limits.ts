/**
 * Bounds on what the loader reads. A real scenario is far inside every one
 * (the bundled brief: 210 kB, nesting 12, ids under 40 characters); they are
 * there so that a hostile or broken file is refused quickly, with a message,
 * instead of exhausting the stack, the memory or the user's patience.
 */
export const LIMITS = {
  /** Largest scenario file read, in bytes. Reading YAML takes about 60 times the text in memory (the parser's syntax tree and document), so 4 MB may take 250 MB. */
  fileBytes: 4 * 1024 * 1024,
  /** Deepest nesting of lists and blocks; a scenario needs about 11. */
  depth: 64,
  /** YAML syntax errors collected before giving up on a file. */
  syntaxErrors: 50,
  /** Problems reported per file; the rest are counted, not listed. */
  problems: 200,
  /** Uses of YAML aliases (`*name`) in one file. */
  aliases: 100,
  /** Longest id. */
  idLength: 64,
  /** Longest piece of free text (a summary, a note, a rationale). */
  textLength: 20_000,
  /** Step references in `requires` lists, over the whole file; checking them along paths costs a pass over an option's machine per 32 of them. */
  references: 10_000,
} as const;
