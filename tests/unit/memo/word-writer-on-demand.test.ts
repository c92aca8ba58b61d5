import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/files';

/**
 * The Word writer and the docx library must not ride along with the app: the
 * only way from the app to them is an `import()` of render-docx.ts, made when
 * a Word memo is asked for. This walks the app's imports from its entry (both
 * static ones and `import()`s, so the views loaded on demand are checked too)
 * and fails on a static import of the writer, docx or fflate on the way.
 */
const WRITER = 'src/domain/memo/render-docx.ts';
const WRITER_LIBRARIES = new Set(['docx', 'fflate']);

function imports(source: string): Array<{ specifier: string; dynamic: boolean }> {
  const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
  const found = [...code.matchAll(/^\s*(import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => ({ specifier: m[2]!, dynamic: false }));
  return [...found, ...[...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => ({ specifier: m[1]!, dynamic: true }))];
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = join(ROOT, dirname(from), specifier);
  const file = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((f) => existsSync(f) && /\.tsx?$/.test(f));
  return file && relative(ROOT, file);
}

function walkApp(): { visited: Set<string>; problems: string[] } {
  const visited = new Set<string>();
  const problems: string[] = [];
  const queue = ['src/ui/main.tsx'];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (visited.has(file)) continue;
    visited.add(file);
    for (const { specifier, dynamic } of imports(readFileSync(join(ROOT, file), 'utf8'))) {
      if (!specifier.startsWith('.')) {
        if (WRITER_LIBRARIES.has(specifier)) problems.push(`${file} imports ${specifier}`);
        continue;
      }
      const target = resolveLocal(file, specifier);
      if (target === WRITER) {
        if (!dynamic) problems.push(`${file} imports the Word writer statically`);
      } else if (target) queue.push(target);
    }
  }
  return { visited, problems };
}

describe('the Word writer', () => {
  it('is reached from the app only through import(), so a first visit does not download docx', () => {
    const { visited, problems } = walkApp();
    expect(visited).toContain('src/ui/views/Workspace.tsx');
    expect(visited).toContain('src/ui/views/OptionsView.tsx');
    expect(problems).toEqual([]);
  });

  it('is not re-exported by the memo module the app imports', () => {
    expect(imports(readFileSync(join(ROOT, 'src/domain/memo/index.ts'), 'utf8')).map((i) => i.specifier)).not.toContain('./render-docx');
  });
});
