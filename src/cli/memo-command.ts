import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { buildMemo, MEMO_MONTE_CARLO, renderMemoHtml, renderMemoMarkdown, type MemoDocument } from '../domain/memo';
import { createSession, serialiseSession, type Memo, type Session } from '../domain/session';
import { EXIT, type CommandResult } from './command-result';
import { fitSession, loadScenarioFile, readSessionFile, readWorkshopFile, weightsNotice, workshopMismatch } from './load-inputs';
import { readInputFile } from './read-input';
import { samplingArg } from './sampling-args';
import { whyUnwritable, writeFileWhole } from './write-output';

const FORMATS = ['md', 'html', 'docx'] as const;
type Format = (typeof FORMATS)[number];

interface MemoArgs {
  scenario: string;
  session?: string;
  workshop?: string;
  format: Format;
  out: string;
  date: string;
  marking?: Pick<Memo, 'marking' | 'customMarking'>;
  samples: number;
  seed: number;
}

/**
 * `memo <scenario> [--session <file>] [--workshop <file>] --format md|html|docx
 * --out <file> [--date YYYY-MM-DD] [--marking TEXT] [--samples N] [--seed S]`:
 * the decision memo (docs/memo.md). Without a session, the scenario's default
 * weights and each option's expected-value plan; with a workshop run on this
 * very scenario, what the workshop thought too. Every problem with the
 * inputs is reported at once, before anything is written; the file is written
 * whole or not at all. `--out` may name a folder: the memo then takes its
 * suggested name (marking, scenario and date).
 */
export async function memoCommand(args: readonly string[], read = readInputFile, today: () => Date = () => new Date()): Promise<CommandResult> {
  const parsed = parseArgs(args, today());
  if ('usage' in parsed) return { exitCode: EXIT.usage, stdout: [], stderr: parsed.usage.map((u) => `policy-options: ${u}`) };

  const loaded = loadScenarioFile(parsed.scenario, 'made into a memo', read);
  const file = parsed.session === undefined ? undefined : readSessionFile(parsed.session, read);
  const workshop = parsed.workshop === undefined ? undefined : readWorkshopFile(parsed.workshop, read);
  const unwritable = isFolder(parsed.out) ? undefined : whyUnwritable(parsed.out);
  // Checked against the scenario as soon as it loads, so that every problem is reported at once.
  const fitted = loaded.ok && file?.ok ? fitSession(parsed.session!, file.session, loaded.scenario, loaded.hash) : undefined;
  const mismatch = loaded.ok && workshop?.ok ? workshopMismatch(parsed.workshop!, workshop.workshop, loaded.scenario, loaded.hash) : [];
  const problems = [
    ...(loaded.ok ? [] : loaded.problems),
    ...(file && !file.ok ? file.problems : []),
    ...(fitted && !fitted.ok ? fitted.problems : []),
    ...(workshop && !workshop.ok ? workshop.problems : []),
    ...mismatch,
    ...(unwritable ? [cannotWrite(parsed.out, unwritable)] : []),
  ];
  if (!loaded.ok || (file && !file.ok) || (fitted && !fitted.ok) || (workshop && !workshop.ok) || problems.length > 0) return failed(problems);
  const { scenario, hash } = loaded;

  const fresh = createSession(scenario, new Date(0), hash);
  let session: Session = fresh;
  const notices: string[] = [];
  if (fitted) {
    session = fitted.session;
    notices.push(...fitted.notices, ...weightsNotice(parsed.session!, session, scenario));
  }
  if (parsed.marking) session = { ...session, memo: { ...session.memo, ...parsed.marking } };

  // The hash of the session file as it is on disk; with none, of the fresh session the memo was made from.
  const sessionHash = bytesToHex(sha256(file ? file.bytes : utf8ToBytes(serialiseSession(fresh))));
  const doc = buildMemo({
    scenario,
    scenarioHash: hash,
    session,
    sessionHash,
    date: parsed.date,
    monteCarlo: { samples: parsed.samples, settings: { ...MEMO_MONTE_CARLO.settings, seed: parsed.seed } },
    ...(workshop ? { workshop: workshop.workshop } : {}),
  });
  const out = isFolder(parsed.out) ? join(parsed.out, `${doc.fileStem}.${parsed.format}`) : parsed.out;
  const written = writeFileWhole(out, await render(parsed.format, doc));
  if (!written.ok) return failed([cannotWrite(out, written.why)]);
  return { exitCode: EXIT.ok, stdout: [`wrote ${out}`], stderr: notices };
}

async function render(format: Format, doc: MemoDocument): Promise<string | Uint8Array> {
  switch (format) {
    case 'md':
      return renderMemoMarkdown(doc);
    case 'html':
      return renderMemoHtml(doc);
    case 'docx': {
      // Loaded only when a Word memo is asked for: the Word library is large.
      const { renderMemoDocx } = await import('../domain/memo/render-docx');
      return renderMemoDocx(doc);
    }
  }
}

function failed(stderr: string[]): CommandResult {
  return { exitCode: EXIT.problems, stdout: [], stderr };
}

function cannotWrite(file: string, why: string): string {
  return `policy-options: cannot write ${file}: ${why}`;
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

const VALUED = ['--session', '--workshop', '--format', '--out', '--date', '--marking', '--samples', '--seed'] as const;
type Valued = (typeof VALUED)[number];

/** The arguments, or every usage error in them. */
function parseArgs(args: readonly string[], now: Date): MemoArgs | { usage: string[] } {
  const usage: string[] = [];
  const seen = new Set<string>();
  // The app's memo settings, so a memo made here and one made in the app from the same session agree.
  const given: Partial<MemoArgs> = { date: now.toISOString().slice(0, 10), samples: MEMO_MONTE_CARLO.samples, seed: MEMO_MONTE_CARLO.settings.seed };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      if (given.scenario === undefined) given.scenario = arg;
      else usage.push(`memo takes one scenario file, not also ${arg}`);
      continue;
    }
    if (!(VALUED as readonly string[]).includes(arg)) {
      usage.push(`memo does not know the option ${arg}`);
      continue;
    }
    seen.add(arg);
    const text = args[++i];
    if (text === undefined) usage.push(`memo ${arg} needs a value`);
    else {
      const problem = setOption(given, arg as Valued, text);
      if (problem) usage.push(problem);
    }
  }
  if (given.scenario === undefined) usage.push('memo needs a scenario file');
  if (!seen.has('--format')) usage.push(`memo needs --format ${FORMATS.join('|')}`);
  if (!seen.has('--out')) usage.push('memo needs --out <file>');
  return usage.length > 0 ? { usage } : (given as MemoArgs);
}

/** Sets one option from its text; a usage error if the text will not do. */
function setOption(given: Partial<MemoArgs>, option: Valued, text: string): string | undefined {
  switch (option) {
    case '--session':
      given.session = text;
      return undefined;
    case '--workshop':
      given.workshop = text;
      return undefined;
    case '--out':
      given.out = text;
      return undefined;
    case '--format':
      if (!(FORMATS as readonly string[]).includes(text)) return `memo --format must be one of ${FORMATS.join(', ')}, not "${text}"`;
      given.format = text as Format;
      return undefined;
    case '--date':
      if (!isCalendarDate(text)) return `memo --date needs a day as YYYY-MM-DD, such as 2026-12-01, not "${text}"`;
      given.date = text;
      return undefined;
    case '--marking': {
      const marking = markingOf(text);
      if (typeof marking === 'string') return marking;
      given.marking = marking;
      return undefined;
    }
    case '--samples':
    case '--seed': {
      const n = samplingArg('memo', option, text);
      if (typeof n !== 'number') return n.usage;
      given[option === '--samples' ? 'samples' : 'seed'] = n;
      return undefined;
    }
  }
}

/** YYYY-MM-DD naming a day that exists (not 2026-02-30). */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** The marking as the session keeps it: one of the named markings (in any case), or any other text as a custom one. */
function markingOf(text: string): Pick<Memo, 'marking' | 'customMarking'> | string {
  const trimmed = text.trim();
  const named = (['UNCLASSIFIED', 'CUI'] as const).find((m) => m === trimmed.toUpperCase());
  if (named) return { marking: named, customMarking: '' };
  if (trimmed === '') return 'memo --marking needs the text of the marking, such as UNCLASSIFIED or CUI';
  if (trimmed.length > 120) return 'memo --marking may be at most 120 characters';
  return { marking: 'custom', customMarking: trimmed };
}
