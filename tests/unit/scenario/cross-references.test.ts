import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioContentHash } from '../../../src/domain/scenario';
import { loadValid, read } from '../../support/files';

/**
 * `requires` (a text refers to earlier steps), weight presets and derived
 * figures. The machine below has two decisions whose paths meet in `after`,
 * so a text there can rely on the first step only if every path took it.
 */
const base = `
id: drill
title: Drill
version: 1.0.0
summary: A minimal scenario.
source: { title: Note, author: A. Analyst, organisation: Example, date: 2024-03-01 }
facts:
  - { id: f1, text: A fact., cite: { section: Situation } }
actors: []
criteria:
  - { id: safety, label: Safety, description: People protected., direction: benefit, scale: { min: 0, max: 10 }, weight: 1 }
  - { id: cost, label: Cost, description: Money spent., direction: cost, scale: { min: 0, max: 10 }, weight: 1 }
options:
  - id: close
    label: Close
    summary: Close the harbour.
    baseline:
      safety: { score: 5, rationale: Middle. }
      cost: { score: 5, rationale: Middle. }
    machine:
      initial: when
      states:
        when:
          kind: decision
          prompt: When?
          choices:
            - { id: now, label: Now, target: storm }
            - { id: later, label: Later, target: storm }
        storm:
          kind: chance
          prompt: How bad?
          choices:
            - { id: mild, label: Mild, target: after, probability: 0.7, note: Usual season. }
            - { id: severe, label: Severe, target: after, probability: 0.3, note: Rare. }
        after:
          kind: decision
          prompt: Reopen?
          choices:
            - { id: reopen, label: Reopen, target: done }
            - { id: stay, label: Stay closed, target: done }
        done: { kind: outcome, summary: Over. }
`;
const load = (text: string) => loadScenario(text, 'drill.yaml');
const problemsOf = (text: string) => {
  const result = load(text);
  if (result.ok) throw new Error('should be refused');
  return result.problems;
};

describe('cross-references between steps (requires)', () => {
  it('accept a text that refers to a step every path to it took, or to one of several', () => {
    const result = load(
      base
        .replace('prompt: Reopen?', 'prompt: Reopen?\n          requires: [[storm.mild, storm.severe]]')
        .replace('{ id: reopen, label: Reopen, target: done }', '{ id: reopen, label: Reopen, target: done, requires: [[when.now, when.later], storm.mild] }'.replace(', storm.mild]', ']'))
        .replace('done: { kind: outcome, summary: Over. }', 'done: { kind: outcome, summary: Over., requires: [[when.now, when.later]] }'),
    );
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    const after = result.scenario.options[0]!.machine.states.after!;
    expect(after.requires).toEqual([['storm.mild', 'storm.severe']]);
  });

  it('refuse a text that refers to a step some path did not take, showing that path', () => {
    const problems = problemsOf(base.replace('{ id: reopen, label: Reopen, target: done }', '{ id: reopen, label: Reopen, target: done, requires: [when.now] }'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'options[0].machine.states.after.choices[0].requires[0]' });
    expect(problems[0]!.message).toBe('this text refers to the step "when.now", but the path "when.later" → "storm.mild" reaches it without taking it; where paths that meet need different words, give each its own state');
  });

  it('refuse a reference to a step of the same state or a later one, and one on the first state', () => {
    const sameState = problemsOf(base.replace('{ id: stay, label: Stay closed, target: done }', '{ id: stay, label: Stay closed, target: done, requires: [after.reopen] }'));
    expect(sameState[0]!.message).toMatch(/refers to the step "after.reopen", but the path "when.now" → "storm.mild" reaches it/);
    const first = problemsOf(base.replace('prompt: When?', 'prompt: When?\n          requires: [storm.mild]'));
    expect(first[0]!.message).toMatch(/but the first state itself, before any step, reaches it without taking it/);
  });

  it('shorten a long counter-example path to its first and last steps', () => {
    const chain = Array.from({ length: 15 }, (_, i) => `        s${i}:\n          kind: decision\n          prompt: Step ${i}?\n          choices:\n            - { id: a, label: A, target: ${i < 14 ? `s${i + 1}` : 'done'} }\n            - { id: b, label: B, target: ${i < 14 ? `s${i + 1}` : 'done'} }`).join('\n');
    const text = base.replace(/      initial: when\n[\s\S]*$/, `      initial: s0\n      states:\n${chain}\n        done: { kind: outcome, summary: Over., requires: [s0.a] }\n`);
    expect(problemsOf(text).map((p) => p.message)).toEqual([
      'this text refers to the step "s0.a", but the path "s0.b" → "s1.a" → "s2.a" → "s3.a" → "s4.a" → … → "s10.a" → "s11.a" → "s12.a" → "s13.a" → "s14.a" reaches it without taking it; where paths that meet need different words, give each its own state',
    ]);
  });

  it('refuse references that name nothing, with the nearest name', () => {
    const problems = problemsOf(
      base.replace('done: { kind: outcome, summary: Over. }', 'done: { kind: outcome, summary: Over., requires: [wen.now, when.nowe, done.x, [storm.mild, storm.calm]] }'),
    );
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['options[0].machine.states.done.requires[0]', '"wen.now" names the state "wen", which is not a state of option "close" (did you mean "when"?)'],
      ['options[0].machine.states.done.requires[1]', '"when.nowe" names the choice "nowe", which is not a choice of "when" (did you mean "now"?); its choices are "now", "later"'],
      ['options[0].machine.states.done.requires[2]', '"done.x" names the outcome "done", which has no choices; name a decision or an uncertain outcome and its choice'],
      ['options[0].machine.states.done.requires[3][1]', '"storm.calm" names the choice "calm", which is not a choice of "storm"; its choices are "mild", "severe"'],
    ]);
  });

  it('refuse a reference that is not written "<state>.<choice>"', () => {
    const problems = problemsOf(base.replace('done: { kind: outcome, summary: Over. }', 'done: { kind: outcome, summary: Over., requires: [when] }'));
    expect(problems[0]).toMatchObject({ path: 'options[0].machine.states.done.requires[0]' });
    expect(problems[0]!.message).toBe('must name a step as "<state id>.<choice id>", e.g. "consult.act-alone"');
  });

  it('work as docs/scenario-format.md shows, and refuse the merged machine it describes', () => {
    const doc = read('docs/scenario-format.md');
    const section = doc.slice(doc.indexOf('### Cross-references'));
    const states = section.slice(section.indexOf('```yaml\n') + 8, section.indexOf('\n```', section.indexOf('```yaml\n')));
    const withMachine = (machine: string) =>
      base.replace(/    machine:\n[\s\S]*$/, `    machine:\n      initial: consult\n      states:\n${machine.replace(/^/gm, '        ')}\n`);
    const documented = load(withMachine(states));
    if (!documented.ok) throw new Error(documented.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    // Both choices into one reaction state: the pledge is reached by a path that never gave it.
    const merged = states
      .replace('target: reaction-pledged }', 'target: reaction }')
      .replace('target: reaction-alone }', 'target: reaction }')
      .replace('reaction-pledged:', 'reaction:')
      .replace(/reaction-alone:[\s\S]*?(?=backing-pledged:)/, '')
      .replace(/backing-alone:[\s\S]*?(?=done:)/, '');
    const problems = problemsOf(withMachine(merged));
    expect(problems.map((p) => p.message)).toEqual([
      'this text refers to the step "consult.consult-with-pledge", but the path "consult.act-alone" → "reaction.turn-on-state" reaches it without taking it; where paths that meet need different words, give each its own state',
    ]);
  });

  it('refuse more references than the limit, before checking them along paths', () => {
    const many = Array.from({ length: 10_001 }, () => 'when.now').join(', ');
    const problems = problemsOf(base.replace('done: { kind: outcome, summary: Over. }', `done: { kind: outcome, summary: Over., requires: [${many}] }`));
    expect(problems.map((p) => [p.path, p.message])).toEqual([['options', 'the options name 10001 steps in their "requires" lists, more than the 10000 a scenario may have; a real scenario names a few hundred at most']]);
  });

  it('leave the content hash of a scenario without them as it was', () => {
    // The hash recorded by sessions saved before the format had presets, cross-references or derivations.
    expect(scenarioContentHash(loadValid('tests/fixtures/valid/two-options.yaml'))).toBe(JSON.parse(read('tests/fixtures/sessions/v1-harbour.json')).scenario.hash);
  });
});

describe('weight presets', () => {
  const presets = (weights: string, id = 'cautious') => base.replace('options:', `weightPresets:\n  - { id: ${id}, label: Cautious, description: Safety first., weights: ${weights} }\noptions:`);

  it('are read with every criterion weighted', () => {
    const result = load(presets('{ safety: 3, cost: 0 }'));
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
    expect(result.scenario.weightPresets).toEqual([{ id: 'cautious', label: 'Cautious', description: 'Safety first.', weights: { safety: 3, cost: 0 } }]);
  });

  it.each([
    ['an unknown criterion', '{ safety: 3, cost: 1, saftey: 2 }', 'weightPresets[0].weights.saftey', '"saftey" is not a criterion (did you mean "safety"?)'],
    ['a criterion left out', '{ safety: 3 }', 'weightPresets[0].weights', 'the weight preset "cautious" gives no weight for "cost"; give every criterion one (0 to leave it out)'],
    ['no positive weight', '{ safety: 0, cost: 0 }', 'weightPresets[0].weights', 'every criterion has weight 0 in the weight preset "cautious"; give at least one a positive weight'],
    ['a negative weight', '{ safety: -1, cost: 1 }', 'weightPresets[0].weights.safety', 'must be zero or more'],
    ['a weight above the form\'s range', '{ safety: 1001, cost: 1 }', 'weightPresets[0].weights.safety', 'must be at most 1000, as in the weights form; weights are relative, so scale them all down'],
  ])('refuse %s', (_, weights, path, message) => {
    const problems = problemsOf(presets(weights));
    expect(problems.map((p) => [p.path, p.message])).toContainEqual([path, message]);
  });

  it('refuse two presets with one id, at the line of the second', () => {
    const text = presets('{ safety: 3, cost: 0 }').replace('options:', '  - { id: cautious, label: Again, description: Twice., weights: { safety: 1, cost: 1 } }\noptions:');
    const problems = problemsOf(text);
    expect(problems).toEqual([
      {
        file: 'drill.yaml',
        line: text.split('\n').findIndex((l) => l.includes('label: Again')) + 1,
        column: expect.any(Number),
        path: 'weightPresets[1].id',
        message: 'the weight preset id "cautious" is already used by weightPresets[0]; ids must be unique',
      },
    ]);
  });
});

describe('derived figures', () => {
  it('carry how they were worked out', () => {
    const result = load(base.replace('{ id: f1, text: A fact., cite: { section: Situation } }', '{ id: f1, text: Two a day for three days., cite: { section: Situation }, figure: { value: 6, unit: boats, derivation: 2 × 3 } }'));
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
    expect(result.scenario.facts[0]!.figure).toEqual({ value: 6, unit: 'boats', derivation: '2 × 3' });
  });
});
