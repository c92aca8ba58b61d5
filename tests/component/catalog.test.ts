import { describe, expect, it } from 'vitest';
import { refuseDuplicateIds } from '../../src/ui/catalog/bundled';
import { loadEntry } from '../../src/ui/catalog/load-entry';
import { read } from '../support/files';

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
});
