import { describe, expect, it } from 'vitest';
import { scenarioContentHash } from '../../src/domain/scenario';
import { bundledCatalogue, refuseDuplicateIds } from '../../src/ui/catalog/bundled';
import { loadEntry } from '../../src/ui/catalog/load-entry';
import { bundledScenarioFiles, read } from '../support/files';

describe('the bundled catalogue', () => {
  it('refuses a second file with a scenario id already used, naming the first', () => {
    const text = read('tests/fixtures/valid/minimal.yaml');
    const [first, second, other] = refuseDuplicateIds([
      loadEntry('bundled', 'scenarios/a.yaml', text),
      loadEntry('bundled', 'scenarios/b.yaml', text),
      loadEntry('bundled', 'scenarios/c.yaml', read('tests/fixtures/valid/two-options.yaml')),
    ]);
    expect(first!.ok).toBe(true);
    expect(other!.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, file: 'scenarios/b.yaml', problems: [{ path: 'id', message: 'the scenario id "drill" is already used by scenarios/a.yaml; give each scenario file its own id' }] });
  });

  it('is made at build time as JSON that gives back every bundled scenario exactly, with its content hash', () => {
    const files = bundledScenarioFiles();
    const shipped = JSON.parse(JSON.stringify(bundledCatalogue(files.map((file) => ({ file, text: read(file) }))))) as ReturnType<typeof bundledCatalogue>;
    expect(shipped.map((e) => e.file)).toEqual([...files].sort());
    for (const entry of shipped) {
      if (!entry.ok) throw new Error(`${entry.file} is refused: ${entry.problems.map((p) => p.message).join('; ')}`);
      const loaded = loadEntry('bundled', entry.file, read(entry.file));
      expect(entry).toStrictEqual(loaded);
      expect(scenarioContentHash(entry.scenario)).toBe(entry.hash);
    }
  });
});
