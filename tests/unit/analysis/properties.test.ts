import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseScenario, probabilityThresholds, rivalOf, valueOnCurve } from '../../../src/domain/analysis';
import { rollback } from '../../../src/domain/analysis/rollback';
import { enumeratePaths } from '../../../src/domain/paths';
import { loadScenario, type Scenario } from '../../../src/domain/scenario';
import { criterionScores, defaultWeights, normaliseScore, normaliseWeights } from '../../../src/domain/scoring';
import { randomScenario, randomScenarioInput, randomScenarioText, type RandomScenarioInput } from '../../support/random-scenario';

const RUNS = { numRuns: 150 };
const analyse = (scenario: Scenario, progress = {}) => analyseScenario(scenario, defaultWeights(scenario.criteria), progress);

/** The total of a complete path, scored the ordinary way (evaluate's path scores), not by rollback. */
function pathTotal(scenario: Scenario, optionIndex: number, steps: Parameters<typeof criterionScores>[2]): number {
  const weights = normaliseWeights(scenario.criteria, defaultWeights(scenario.criteria));
  const raw = criterionScores(scenario.options[optionIndex]!, scenario.criteria, steps);
  return raw.reduce((sum, v, j) => sum + weights[j]! * normaliseScore(v, scenario.criteria[j]!), 0);
}

/** The same scenario with its file text changed by `edit` on the parsed JSON. */
function edited(input: RandomScenarioInput, edit: (json: { options: Array<{ machine: { states: Record<string, { kind: string; choices?: Array<Record<string, unknown>> }> } }> }) => void): Scenario {
  const json = JSON.parse(randomScenarioText(input));
  edit(json);
  const result = loadScenario(JSON.stringify(json), 'edited.json');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.scenario;
}

describe('properties of the expected-value analysis', () => {
  it('worst ≤ worst possible under the plan ≤ expected ≤ best possible ≤ best', () => {
    fc.assert(
      fc.property(randomScenarioInput, (input) => {
        for (const o of analyse(randomScenario(input)).options) {
          expect(o.worst).toBeLessThanOrEqual(o.worstPossible + 1e-12);
          expect(o.worstPossible).toBeLessThanOrEqual(o.expected.total + 1e-12);
          expect(o.expected.total).toBeLessThanOrEqual(o.bestPossible + 1e-12);
          expect(o.bestPossible).toBeLessThanOrEqual(o.best + 1e-12);
          expect(o.expected.contributions.reduce((a, b) => a + b, 0)).toBeCloseTo(o.expected.total, 12);
        }
      }),
      RUNS,
    );
  });

  it('rollback equals the probability-weighted mean of every enumerated path that follows the plan', () => {
    fc.assert(
      fc.property(randomScenarioInput, (input) => {
        const scenario = randomScenario(input);
        analyse(scenario).options.forEach((o, i) => {
          const plan = new Map(o.plan.map((d) => [d.state, d.choice]));
          const followed = enumeratePaths(scenario.options[i]!).filter((p) => p.steps.every((s) => !plan.has(s.state) || plan.get(s.state) === s.choice));
          const mean = followed.reduce((sum, p) => sum + p.probability * pathTotal(scenario, i, p.steps), 0);
          expect(o.expected.total).toBeCloseTo(mean, 12);
        });
      }),
      RUNS,
    );
  });

  it('EVPI is never below 0, for one uncertainty or all of them', () => {
    fc.assert(
      fc.property(randomScenarioInput, (input) => {
        for (const info of analyse(randomScenario(input)).information) {
          for (const v of info.perState) expect(v.value).toBeGreaterThanOrEqual(0);
          expect(info.all.value).toBeGreaterThanOrEqual(0);
          // Knowing everything is worth at least knowing any one thing.
          for (const v of info.perState) expect(info.all.value).toBeGreaterThanOrEqual(v.value - 1e-12);
        }
      }),
      RUNS,
    );
  });

  it('EVPI is 0 where every outcome of a chance state leads to the same best decisions', () => {
    let seen = 0;
    fc.assert(
      fc.property(randomScenarioInput, (input) => {
        const a = analyse(randomScenario(input));
        a.information.forEach((info, i) => {
          const ctx = a.contexts.get(a.options[i]!.optionId)!;
          const { tree } = ctx;
          for (const v of info.perState) {
            const s = tree.index.get(v.state)!;
            // The best choice at every decision state, for each outcome of this chance state taken as known.
            const strategies: string[] = [];
            for (let c = tree.choiceStart[s]!; c < tree.choiceStart[s + 1]!; c++) {
              if (tree.probability[c]! === 0) continue;
              const known = ctx.known.slice();
              known[s] = c;
              strategies.push([...rollback({ tree, value: ctx.values.likely, mode: 'expected', known }).chosen].join());
            }
            if (strategies.every((x) => x === strategies[0])) {
              seen++;
              expect(v.value).toBe(0);
            }
          }
        });
      }),
      RUNS,
    );
    expect(seen).toBeGreaterThan(10);
  });

  it('adding the same effect to every branch of a chance state shifts the value there by exactly that effect', () => {
    fc.assert(
      fc.property(randomScenarioInput, fc.integer({ min: -5, max: 5 }), (input, shift) => {
        const before = randomScenario(input);
        const after = edited(input, (json) => {
          for (const o of json.options) {
            const first = o.machine.states.l0s0!;
            if (first.kind === 'chance') for (const c of first.choices!) c.effects = { ...(c.effects as object), b: ((c.effects as { b: number }).b ?? 0) + shift };
          }
        });
        const weights = normaliseWeights(before.criteria, defaultWeights(before.criteria));
        // Criterion b is a cost on a scale 200 wide.
        const move = (-weights[1]! * shift) / 200;
        const a = analyse(before);
        const b = analyse(after);
        before.options.forEach((o, i) => {
          if (o.machine.states.l0s0!.kind !== 'chance') return;
          expect(b.options[i]!.expected.total - a.options[i]!.expected.total).toBeCloseTo(move, 12);
        });
      }),
      RUNS,
    );
  });

  it('at a reported probability threshold the margin to the rival is 0 (checked on the scenario rewritten with that probability)', () => {
    let checked = 0;
    fc.assert(
      fc.property(randomScenarioInput, (input) => {
        const scenario = randomScenario(input);
        const a = analyse(scenario);
        scenario.options.forEach((option, i) => {
          for (const [stateId, state] of Object.entries(option.machine.states)) {
            if (state.kind !== 'chance' || state.choices.length < 2) continue;
            const branch = state.choices[0]!;
            const t = probabilityThresholds(a.contexts.get(option.id)!, stateId, branch.id, rivalOf(a, option.id));
            for (const p of [...t.topChanges, ...t.decisionChanges.map((d) => d.p)]) {
              const rewritten = edited(input, (json) => {
                const choices = json.options[i]!.machine.states[stateId]!.choices!;
                const rest = 1 - branch.probability;
                for (const c of choices) c.probability = c.id === branch.id ? p : rest > 1e-12 ? ((c.probability as number) * (1 - p)) / rest : (1 - p) / (choices.length - 1);
              });
              const value = analyse(rewritten).options[i]!.expected.total;
              expect(value).toBeCloseTo(valueOnCurve(t.curve, p), 9);
              if (t.topChanges.includes(p)) expect(Math.abs(value - t.rival!.total)).toBeLessThan(1e-9);
              checked++;
            }
          }
        });
      }),
      { numRuns: 100 },
    );
    expect(checked).toBeGreaterThan(0);
  });

  it('an outcome marked as known gives the value of the scenario with that branch certain', () => {
    fc.assert(
      fc.property(randomScenarioInput, fc.nat(), (input, pick) => {
        const scenario = randomScenario(input);
        scenario.options.forEach((option, i) => {
          const paths = enumeratePaths(option);
          const path = paths[pick % paths.length]!;
          const at = path.steps.findIndex((s) => option.machine.states[s.state]!.kind === 'chance');
          if (at < 0) return;
          const step = path.steps[at]!;
          const prefix = path.steps.slice(0, at + 1);
          const knownValue = analyseOption(scenario, i, [...prefix.slice(0, -1), { ...step, known: true }]).expected.total;
          const certain = edited(input, (json) => {
            for (const c of json.options[i]!.machine.states[step.state]!.choices!) c.probability = c.id === step.choice ? 1 : 0;
          });
          expect(analyseOption(certain, i, prefix.slice(0, -1)).expected.total).toBeCloseTo(knownValue, 12);
        });
      }),
      RUNS,
    );
  });
});

function analyseOption(scenario: Scenario, index: number, steps: Array<{ state: string; choice: string; known?: boolean }>) {
  return analyse(scenario, { [scenario.options[index]!.id]: steps }).options[index]!;
}
