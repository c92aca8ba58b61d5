import { describe, expect, it } from 'vitest';
import { buildOptionMachine, currentStateId, restoreSnapshot } from '../../../src/domain/machine';
import { countPaths, enumeratePaths } from '../../../src/domain/paths';
import { LIMITS, loadScenario, loadScenarioBytes, type LoadResult, type Problem } from '../../../src/domain/scenario';
import { defaultWeights, evaluate } from '../../../src/domain/scoring';
import { read } from '../../support/files';
import { generateChainScenarioText } from '../../support/generate-scenario';

const minimal = read('tests/fixtures/valid/minimal.yaml');

function refused(result: LoadResult): Problem[] {
  if (result.ok) throw new Error('was accepted');
  for (const p of result.problems) {
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.column).toBeGreaterThanOrEqual(1);
    expect(p.path).not.toBe('');
  }
  return result.problems;
}

function accepted(result: LoadResult) {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`).join('\n'));
  return result.scenario;
}

describe('YAML aliases (issue 9, case 1)', () => {
  it('an alias to no anchor is a located problem that suggests quotes, not a ReferenceError', () => {
    const text = minimal.replace('summary: A minimal scenario.', 'summary: *urgent*');
    const [problem, ...rest] = refused(loadScenario(text, 'f.yaml'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 5, column: 10, path: '(syntax)' });
    expect(problem!.message).toMatch(/"\*urgent\*" is read as a YAML alias, but no anchor "&urgent\*" comes before it; .*put the whole value in quotes/);
  });

  it('an anchor used more than the alias limit is refused at the first alias over it', () => {
    const uses = Array.from({ length: LIMITS.aliases + 5 }, (_, i) => `x${i}: *a`).join('\n');
    const problems = refused(loadScenario(`base: &a 1\n${uses}\n`, 'f.yaml'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: LIMITS.aliases + 2, column: 7 });
    expect(problems[0]!.message).toMatch(/more than 100 aliases/);
  });

  it('aliases that resolve are read as the values they stand for', () => {
    const text = minimal.replace('summary: A minimal scenario.', 'summary: &s A minimal scenario.').replace('summary: Close the harbour.', 'summary: *s');
    expect(accepted(loadScenario(text, 'f.yaml')).options[0]!.summary).toBe('A minimal scenario.');
  });
});

describe('deep nesting (case 2)', () => {
  it.each([
    ['a compact list', `${'- '.repeat(5000)}x\n`],
    ['flow brackets', `${'['.repeat(5000)}${']'.repeat(5000)}`],
    ['indentation', `${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`],
    ['empty keys', ': '.repeat(100_000)],
  ])('%s is refused before the parser can recurse, with where it got too deep', (_, text) => {
    const problems = refused(loadScenario(text, 'deep.yaml'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/deeper than 64 levels/);
  });

  it('a scenario nested as deep as the format goes is still read', () => {
    expect(accepted(loadScenario(read('scenarios/iraq-pm-drone-strike-2021.yaml'), 'brief.yaml')).id).toBe('iraq-pm-drone-strike-2021');
  });
});

describe('ids named after Object.prototype members (case 3)', () => {
  it.each([
    ['a target', (t: string) => t.replace('target: storm, effects: { safety: 2 }', 'target: constructor, effects: { safety: 2 }'), 'options[0].machine.states.when.choices[0].target', /leads to "constructor", which is not a state/],
    ['the first state', (t: string) => t.replace('initial: when', 'initial: constructor'), 'options[0].machine.initial', /first state "constructor" of option "close" does not exist/],
    ['an effect on a criterion', (t: string) => t.replace('effects: { safety: 2 }', 'effects: { constructor: 2 }'), 'options[0].machine.states.when.choices[0].effects.constructor', /"constructor" is not a criterion/],
    ['a baseline criterion', (t: string) => t.replace('safety: { score: 5, rationale: Middle. }', 'safety: { score: 5, rationale: Middle. }\n      constructor: { score: 1, rationale: X. }'), 'options[0].baseline.constructor', /"constructor" is not a criterion/],
    ['a fact', (t: string) => t.replace("target: storm, effects: { safety: 2 } }", "target: storm, effects: { safety: 2 }, facts: [constructor] }"), 'options[0].machine.states.when.choices[0].facts[0]', /"constructor" is not a fact/],
    ['an actor', (t: string) => t.replace('prompt: When?', 'prompt: When?\n          actor: tostring'), 'options[0].machine.states.when.actor', /"tostring" is not an actor/],
    ['the baseline option', (t: string) => `${t}baselineOption: constructor\n`, 'baselineOption', /"constructor" is not an option/],
  ])('an undefined %s named "constructor" is a problem, not a crash', (_, change, path, message) => {
    const problems = refused(loadScenario(change(minimal), 'f.yaml'));
    expect(problems.map((p) => p.path)).toContain(path);
    expect(problems.find((p) => p.path === path)!.message).toMatch(message);
  });

  it('"__proto__" and "toString" cannot be ids at all', () => {
    const problems = refused(loadScenario(minimal.replace('id: close', 'id: __proto__').replace('- { id: f1', '- { id: toString'), 'f.yaml'));
    expect(problems.map((p) => p.path)).toEqual(['facts[0].id', 'options[0].id']);
  });

  it('ids that are defined as "constructor" work everywhere: scores are numbers and totals are finite', () => {
    const text = minimal.replaceAll('safety', 'constructor').replace('id: close', 'id: constructor').replaceAll('when', 'constructor').replace('{ id: now,', '{ id: tostring,');
    const scenario = accepted(loadScenario(text, 'f.yaml'));
    const option = scenario.options[0]!;
    const evaluation = evaluate(scenario, defaultWeights(scenario.criteria), { constructor: [{ state: 'constructor', choice: 'tostring' }] });
    expect(evaluation.options[0]!.raw).toEqual([7]);
    expect(evaluation.options[0]!.total).toBeCloseTo(0.7, 12);
    expect(countPaths(option)).toBe(4);
  });
});

describe('long chains of states (case 5)', () => {
  it('a chain of 6,000 states loads, is counted and walked without overflowing the stack', () => {
    const scenario = accepted(loadScenario(generateChainScenarioText(6000), 'chain.yaml'));
    const option = scenario.options[0]!;
    expect(countPaths(option)).toBe(1);
    const [only] = enumeratePaths(option);
    expect(only!.steps).toHaveLength(6000);
    const { snapshot, applied } = restoreSnapshot(buildOptionMachine(option), option, only!.steps.slice(0, 5000));
    expect(applied).toBe(5000);
    expect(currentStateId(snapshot)).toBe('s5000');
  });

  it('a loop at the end of a long chain is found and named briefly', () => {
    const text = generateChainScenarioText(7000).replace("target: end\n", 'target: s0\n');
    const problems = refused(loadScenario(text, 'loop.yaml'));
    expect(problems.some((p) => /loops: "s0" → "s1" → "s2" → "s3" → "s4" → … → "s6996" → "s6997" → "s6998" → "s6999" → "s0"/.test(p.message))).toBe(true);
  });

  it('counts paths it could never list (2^1100 is more than a number holds)', () => {
    const option = accepted(loadScenario(generateChainScenarioText(40, { branches: 2, kind: 'chance' }), 'c.yaml')).options[0]!;
    expect(countPaths(option)).toBe(2 ** 40);
    expect(countPaths(accepted(loadScenario(generateChainScenarioText(1100, { branches: 2 }), 'c.yaml')).options[0]!)).toBe(Infinity);
  });
});

describe('unbounded work is bounded (case 6)', () => {
  it('100,000 unknown keys give the first problems, each located, and a count of the rest', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `unknown${i}: 1`).join('\n');
    const result = loadScenario(`${minimal}${keys}\n`, 'keys.yaml');
    const problems = refused(result);
    expect(problems).toHaveLength(LIMITS.problems);
    expect(result.ok ? 0 : result.omitted).toBe(100_000 - LIMITS.problems);
    expect(problems[0]).toMatchObject({ line: 35, column: 1, path: 'unknown0' });
  });

  it('a flood of syntax errors stops after the first 50, saying so', () => {
    const problems = refused(loadScenario(']'.repeat(1_000_000), 'junk.yaml'));
    expect(problems.length).toBeLessThanOrEqual(LIMITS.syntaxErrors + 1);
    expect(problems.at(-1)!.message).toMatch(/reading stopped here after 50 syntax errors/);
  });

  it('ids of a megabyte are refused with messages that show only their start', () => {
    const huge = 'a'.repeat(1_000_000);
    const problems = refused(loadScenario(minimal.replace('target: storm, effects', `target: ${huge}, effects`).replace('id: close', `id: ${huge}b`), 'ids.yaml'));
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.message.length + p.path.length).toBeLessThan(400);
    expect(problems.map((p) => p.message)).toContain('must be an id of at most 64 characters');
  });

  it('a file over the size limit is refused without being parsed', () => {
    const problems = refused(loadScenarioBytes(new Uint8Array(LIMITS.fileBytes + 1).fill(0x61), 'big.yaml'));
    expect(problems[0]!.message).toMatch(/more than the 4\.0 MB a scenario may be/);
  });
});

describe('floating point at the edges (case 8): one tolerance, one rule', () => {
  const chance = (a: string, b: string) => minimal.replace('probability: 0.7', `probability: ${a}`).replace('probability: 0.3', `probability: ${b}`);

  it('probabilities that miss 1 by more than rounding are refused, with their real sum', () => {
    const problems = refused(loadScenario(chance('0.6999999', '0.3'), 'p.yaml'));
    expect(problems[0]!.message).toMatch(/add up to 0\.9999999, not 1/);
  });

  it('probabilities that sum to 1 but for float rounding are accepted', () => {
    accepted(loadScenario(chance('0.1', '0.9'), 'p.yaml'));
    const thirds = minimal.replace('- { id: severe, label: Severe, target: done, probability: 0.3, effects: { safety: -1 } }', '- { id: severe, label: Severe, target: done, probability: 0.2, effects: { safety: -1 } }\n            - { id: odd, label: Odd, target: done, probability: 0.1 }').replace('probability: 0.7', 'probability: 0.7');
    accepted(loadScenario(thirds, 'p.yaml'));
  });

  it('a score that reaches the end of its scale by float addition is on it; one beyond it is reported without float noise', () => {
    const scale = (max: string, base: string, effect: string) =>
      minimal.replace('scale: { min: 0, max: 10 }', `scale: { min: 0, max: ${max} }`).replace('safety: { score: 5,', `safety: { score: ${base},`).replace('effects: { safety: 2 }', `effects: { safety: ${effect} }`).replace('effects: { safety: -1 }', 'effects: {}');
    accepted(loadScenario(scale('0.3', '0.1', '0.2'), 's.yaml'));
    const problems = refused(loadScenario(scale('0.5', '0.3', '0.3'), 's.yaml'));
    expect(problems[0]!.message).toMatch(/reaches 0\.6, above the top of its scale \(0\.5\)/);
  });
});

describe('text that is not what it claims (case 9)', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('accepts U+FFFD as an ordinary character', () => {
    expect(accepted(loadScenarioBytes(bytes(minimal.replace('A minimal scenario.', 'A minimal scenario \uFFFD.')), 'f.yaml')).summary).toBe('A minimal scenario \uFFFD.');
  });

  it('names a Latin-1 file and where its first non-UTF-8 byte is', () => {
    // Every character of this text is below U+0100, so one byte each is its Latin-1 encoding.
    const latin1 = Uint8Array.from(minimal.replace('summary: A minimal scenario.', 'summary: Caf\u00e9.'), (c) => c.charCodeAt(0));
    const problems = refused(loadScenarioBytes(latin1, 'latin1.yaml'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 5, column: 13, path: '(file)' });
    expect(problems[0]!.message).toMatch(/byte 0xE9 here is not valid UTF-8.*Latin-1.*save it as UTF-8/);
  });

  it.each([
    ['with a byte-order mark', Uint8Array.from([0xff, 0xfe, ...[...minimal].flatMap((c) => [c.charCodeAt(0), 0])]), /UTF-16 \(little-endian\)/],
    ['without one', Uint8Array.from([...minimal].flatMap((c) => [0, c.charCodeAt(0)])), /UTF-16 \(big-endian, without a byte-order mark\)/],
  ])('names a UTF-16 file %s', (_, data, message) => {
    expect(refused(loadScenarioBytes(data, 'utf16.yaml'))[0]!.message).toMatch(message);
  });

  it('says where a NUL byte is, for a file that is not text at all', () => {
    const problems = refused(loadScenarioBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'photo.png'));
    expect(problems[0]).toMatchObject({ line: 3, column: 1, path: '(file)' });
    expect(problems[0]!.message).toMatch(/NUL byte here, so it is not a text file/);
  });

  it('reads old Mac line endings (CR only) with the right lines', () => {
    const cr = minimal.replace('target: storm, effects', 'target: stom, effects').replaceAll('\n', '\r');
    const problems = refused(loadScenario(cr, 'cr.yaml'));
    expect(problems[0]).toMatchObject({ line: 26, column: 46, path: 'options[0].machine.states.when.choices[0].target' });
    expect(accepted(loadScenario(minimal.replaceAll('\n', '\r'), 'cr.yaml')).id).toBe('drill');
    expect(accepted(loadScenario(minimal.replaceAll('\n', '\r\n'), 'crlf.yaml')).id).toBe('drill');
  });

  it('says a JSON file with comments has comments, and where', () => {
    const json = `{\n  // the scenario\n  "id": "drill"\n}\n`;
    const problems = refused(loadScenario(json, 'c.json'));
    expect(problems).toEqual([{ file: 'c.json', line: 2, column: 3, path: '(file)', message: expect.stringMatching(/JSON with a comment, and JSON allows none/) }]);
    expect(refused(loadScenario('{ "summary": "see http://example.org /* not a comment */" }', 'ok.json')).every((p) => !/comment/.test(p.message))).toBe(true);
  });
});

describe('numbers too large to compute with', () => {
  it('a scale so wide its span overflows is refused at the scale', () => {
    const problems = refused(loadScenario(minimal.replace('scale: { min: 0, max: 10 }', 'scale: { min: -1e308, max: 1e308 }'), 'wide.yaml'));
    expect(problems).toEqual([expect.objectContaining({ path: 'criteria[0].scale.max', message: expect.stringMatching(/too wide to compute with/) })]);
  });

  it('a default weight above the form limit is refused, as the form would refuse it', () => {
    const problems = refused(loadScenario(minimal.replace('weight: 1 }', 'weight: 1e308 }'), 'heavy.yaml'));
    expect(problems).toEqual([expect.objectContaining({ path: 'criteria[0].weight', message: expect.stringMatching(/must be at most 1000/) })]);
  });
});

describe('positions', () => {
  it('stay inside the text, even after a token the parser rejects', () => {
    const text = ' ?\nd?\nd:';
    const lines = text.split('\n');
    for (const p of refused(loadScenario(text, 'odd.yaml'))) {
      expect(p.line).toBeLessThanOrEqual(lines.length);
      expect(p.column).toBeLessThanOrEqual(lines[p.line - 1]!.length + 1);
    }
  });
});
