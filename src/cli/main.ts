import { scenarioJsonSchemaText } from '../domain/scenario';
import { escapeControls } from '../domain/text/controls';
import { EXIT, type CommandResult } from './command-result';
import { analyseCommand } from './analyse-command';
import { memoCommand } from './memo-command';
import { validateFiles } from './validate-command';
import { writeFileWhole } from './write-output';

const USAGE = [
  'policy-options: structured decisions between policy response options',
  '',
  'Usage:',
  '  policy-options validate <scenario files...>   check scenario files (YAML or JSON), and their citations against',
  '                                                the source text saved beside them (source.text)',
  '  policy-options analyse <scenario> [--session <file>] [--json] [--samples N] [--seed S]',
  '                                                expected, best and worst value of every option, weight stability,',
  '                                                and how often each ranks first under random weights',
  '  policy-options memo <scenario> [--session <file>] [--workshop <file>] --format md|html|docx --out <file>',
  '                      [--date YYYY-MM-DD] [--marking TEXT] [--samples N] [--seed S]',
  '                                                write the decision memo (--out may be a folder: the memo is',
  '                                                then named for its marking, scenario and date); --marking is',
  '                                                UNCLASSIFIED, CUI or any other text, --date defaults to today (UTC);',
  '                                                --workshop adds what a workshop run on this scenario thought',
  '  policy-options schema [--out <file>]          print (or write) the scenario JSON Schema',
  '  policy-options help                           show this text',
  '',
  'Exit status: 0 when everything checked is valid, 1 when a file has problems or cannot be read or written,',
  '2 on a usage error, 3 on an internal error of policy-options itself.',
];

/**
 * Runs a command. Never throws: a failure of the tool itself is one line and
 * exit 3. Every line comes out as one line with no control characters, so
 * text from a file cannot clear the screen or forge another line of output.
 */
export async function run(argv: readonly string[]): Promise<CommandResult> {
  let result: CommandResult;
  try {
    result = await dispatch(argv);
  } catch (error) {
    result = { exitCode: EXIT.internal, stdout: [], stderr: [`policy-options: internal error, please report it: ${(error as Error)?.message ?? String(error)}`] };
  }
  const safe = (line: string) => escapeControls(line, { keepLineBreaks: false });
  return { exitCode: result.exitCode, stdout: result.stdout.map(safe), stderr: result.stderr.map(safe) };
}

async function dispatch(argv: readonly string[]): Promise<CommandResult> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate':
      if (rest.length === 0) return usageError('validate needs at least one scenario file');
      return validateFiles(rest);
    case 'analyse':
    case 'analyze':
      return analyseCommand(rest);
    case 'memo':
      return memoCommand(rest);
    case 'schema': {
      const text = scenarioJsonSchemaText();
      if (rest[0] === '--out' && rest[1] !== undefined && rest.length === 2) return writeSchema(rest[1], text);
      if (rest.length > 0) return usageError(`schema takes only --out <file>, not ${rest.join(' ')}`);
      return { exitCode: EXIT.ok, stdout: text.trimEnd().split('\n'), stderr: [] };
    }
    case 'help':
    case '--help':
    case '-h':
      return { exitCode: EXIT.ok, stdout: USAGE, stderr: [] };
    default:
      return usageError(command === undefined ? 'no command given' : `unknown command "${command}"`);
  }
}

function writeSchema(file: string, text: string): CommandResult {
  const written = writeFileWhole(file, text);
  if (!written.ok) return { exitCode: EXIT.problems, stdout: [], stderr: [`policy-options: cannot write ${file}: ${written.why}`] };
  return { exitCode: EXIT.ok, stdout: [`wrote ${file}`], stderr: [] };
}

function usageError(message: string): CommandResult {
  return { exitCode: EXIT.usage, stdout: [], stderr: [`policy-options: ${message}`, '', ...USAGE] };
}
