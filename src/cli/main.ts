import { readFileSync, writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../domain/scenario';
import { validateFiles, type CommandResult } from './validate-command';

const USAGE = `policy-options: structured decisions between policy response options

Usage:
  policy-options validate <scenario files...>   check scenario files (YAML or JSON)
  policy-options schema [--out <file>]          print (or write) the scenario JSON Schema
  policy-options help                           show this text

Exit status: 0 when everything checked is valid, 1 when a file has problems, 2 on a usage error.`;

export function run(argv: readonly string[]): CommandResult {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate': {
      if (rest.length === 0) return usageError('validate needs at least one scenario file');
      const files = [];
      const unreadable: string[] = [];
      for (const name of rest) {
        try {
          files.push({ name, text: readFileSync(name, 'utf8') });
        } catch (error) {
          unreadable.push(`${name}: cannot be read: ${whyUnreadable(error as NodeJS.ErrnoException)}`);
        }
      }
      const result = validateFiles(files);
      if (unreadable.length > 0) return { ...result, exitCode: 1, stderr: [...unreadable, ...result.stderr] };
      return result;
    }
    case 'schema': {
      const text = scenarioJsonSchemaText();
      if (rest[0] === '--out' && rest[1]) {
        writeFileSync(rest[1], text);
        return { exitCode: 0, stdout: [`wrote ${rest[1]}`], stderr: [] };
      }
      if (rest.length > 0) return usageError(`schema takes only --out <file>, not ${rest.join(' ')}`);
      return { exitCode: 0, stdout: [text.trimEnd()], stderr: [] };
    }
    case 'help':
    case '--help':
    case '-h':
      return { exitCode: 0, stdout: [USAGE], stderr: [] };
    default:
      return usageError(command === undefined ? 'no command given' : `unknown command "${command}"`);
  }
}

function usageError(message: string): CommandResult {
  return { exitCode: 2, stdout: [], stderr: [`policy-options: ${message}`, '', USAGE] };
}

function whyUnreadable(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'there is no such file (check the name and the folder you are in)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    default:
      return error.message;
  }
}
