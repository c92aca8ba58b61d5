import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { buildOptionMachine, currentStateId, followPath, pathEffects, restoreSnapshot, stepOption } from '../../../src/domain/machine';
import { countPaths, enumeratePaths } from '../../../src/domain/paths';
import { loadValid } from '../../support/files';

const scenario = loadValid('tests/fixtures/valid/two-options.yaml');
const close = scenario.options.find((o) => o.id === 'close')!;

describe('an option machine', () => {
  it('records each step and the score changes it brings', () => {
    const actor = createActor(buildOptionMachine(close)).start();
    actor.send({ type: 'CHOOSE', choice: 'now' });
    actor.send({ type: 'CHOOSE', choice: 'mild' });
    const snap = actor.getSnapshot();
    expect(currentStateId(snap)).toBe('reopen');
    expect(snap.context.path).toEqual([
      { state: 'when', choice: 'now' },
      { state: 'storm', choice: 'mild' },
    ]);
    expect(snap.context.effects).toEqual({ safety: 2, cost: 10 });
  });

  it('ignores a choice the current state does not offer', () => {
    const actor = createActor(buildOptionMachine(close)).start();
    actor.send({ type: 'CHOOSE', choice: 'mild' });
    expect(currentStateId(actor.getSnapshot())).toBe('when');
    expect(actor.getSnapshot().context.path).toEqual([]);
  });

  it('goes back one step at a time, even from an outcome, and resets to the start', () => {
    const actor = createActor(buildOptionMachine(close)).start();
    for (const choice of ['now', 'severe']) actor.send({ type: 'CHOOSE', choice });
    expect(currentStateId(actor.getSnapshot())).toBe('damaged');
    actor.send({ type: 'BACK' });
    expect(currentStateId(actor.getSnapshot())).toBe('storm');
    expect(actor.getSnapshot().context.effects).toEqual({ safety: 2, cost: 20 });
    actor.send({ type: 'BACK' });
    actor.send({ type: 'BACK' });
    expect(currentStateId(actor.getSnapshot())).toBe('when');
    expect(actor.getSnapshot().context).toEqual({ path: [], effects: {} });
    for (const choice of ['later', 'mild', 'early']) actor.send({ type: 'CHOOSE', choice });
    expect(currentStateId(actor.getSnapshot())).toBe('done');
    actor.send({ type: 'RESET' });
    expect(currentStateId(actor.getSnapshot())).toBe('when');
    expect(actor.getSnapshot().context.path).toEqual([]);
  });

  it('saves its snapshot as plain JSON and restores it', () => {
    const machine = buildOptionMachine(close);
    const actor = createActor(machine).start();
    actor.send({ type: 'CHOOSE', choice: 'now' });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(machine, { snapshot: saved }).start();
    expect(currentStateId(restored.getSnapshot())).toBe('storm');
    restored.send({ type: 'CHOOSE', choice: 'mild' });
    expect(currentStateId(restored.getSnapshot())).toBe('reopen');
  });

  it('restores a saved path by replaying it, stopping at the first step that no longer applies', () => {
    const machine = buildOptionMachine(close);
    const full = restoreSnapshot(machine, close, [
      { state: 'when', choice: 'now' },
      { state: 'storm', choice: 'mild' },
    ]);
    expect(full.applied).toBe(2);
    expect(currentStateId(full.snapshot)).toBe('reopen');
    const partial = restoreSnapshot(machine, close, [
      { state: 'when', choice: 'now' },
      { state: 'storm', choice: 'hurricane' },
      { state: 'reopen', choice: 'early' },
    ]);
    expect(partial.applied).toBe(1);
    expect(currentStateId(partial.snapshot)).toBe('storm');
    expect(currentStateId(stepOption(machine, partial.snapshot, { type: 'BACK' }))).toBe('when');
  });

  it('followPath agrees with the machine and says why it stopped', () => {
    expect(followPath(close, [{ state: 'when', choice: 'now' }, { state: 'storm', choice: 'hurricane' }])).toEqual({
      valid: [{ state: 'when', choice: 'now' }],
      current: 'storm',
      dropped: { index: 1, step: { state: 'storm', choice: 'hurricane' }, why: 'no-such-choice' },
    });
    expect(pathEffects(close, [{ state: 'when', choice: 'now' }, { state: 'storm', choice: 'severe' }])).toEqual({ safety: 1, cost: 30 });
  });
});

describe('paths from the scenario alone', () => {
  it('lists every path with the probability of its chance branches (hand-counted)', () => {
    const paths = enumeratePaths(close);
    // when: now|later; storm: mild (0.7) → reopen: early|wait, or severe (0.3) → damaged.
    expect(paths).toHaveLength(6);
    expect(countPaths(close)).toBe(6);
    const byRoute = Object.fromEntries(paths.map((p) => [p.steps.map((s) => s.choice).join('>'), p.probability]));
    expect(byRoute).toEqual({ 'now>mild>early': 0.7, 'now>mild>wait': 0.7, 'now>severe': 0.3, 'later>mild>early': 0.7, 'later>mild>wait': 0.7, 'later>severe': 0.3 });
  });

  it('gives chance probabilities that sum to 1 for each fixed set of decisions', () => {
    const paths = enumeratePaths(close);
    const policy = (decisions: string) => paths.filter((p) => p.steps.filter((s) => s.state !== 'storm').map((s) => s.choice).join('>') === decisions);
    // Fix "now" and "wait": the storm's branches cover all that can happen.
    const chosen = [...policy('now>wait'), ...policy('now')];
    expect(chosen.reduce((sum, p) => sum + p.probability, 0)).toBeCloseTo(1, 12);
  });
});
