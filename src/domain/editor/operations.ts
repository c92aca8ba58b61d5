import { own } from '../records/own';
import type { YamlEdit, YamlPath } from '../yaml-edit';

/**
 * The editor's operations on a scenario as it is written (plain data read
 * from its YAML, valid or not), each as the edits to its text. Reading is
 * defensive: a draft may hold anything, so every field is checked before it
 * is used, and an operation that cannot apply says why.
 */
export type Operation = { ok: true; edits: YamlEdit[]; notes: string[] } | { ok: false; problem: string };

type Data = Record<string, unknown>;

/** A map as read from a draft (which may hold anything). */
export const isRecord = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A list as read from a draft, or none. */
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const ids = (items: unknown): string[] => list(items).flatMap((item) => (isRecord(item) && typeof item.id === 'string' ? [item.id] : []));

/** `base`, or `base-2`, `base-3`…: the first id not taken. */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

const ok = (edits: YamlEdit[], notes: string[] = []): Operation => ({ ok: true, edits, notes });

/** Criterion ids with their scales' lows, for new baselines (a criterion without a readable scale starts at 0). */
function criteriaLows(data: Data): Array<{ id: string; low: number }> {
  return list(data.criteria).flatMap((c) => (isRecord(c) && typeof c.id === 'string' ? [{ id: c.id, low: isRecord(c.scale) && typeof c.scale.min === 'number' ? c.scale.min : 0 }] : []));
}

export function addFact(data: Data, fact: { text: string; section: string; locator?: string }): Operation {
  const id = freshId('fact', ids(data.facts));
  const cite = fact.locator ? { section: fact.section, locator: fact.locator } : { section: fact.section };
  return ok([{ kind: 'insert', path: ['facts'], index: list(data.facts).length, value: { id, text: fact.text, cite } }]);
}

export function addActor(data: Data): Operation {
  const id = freshId('actor', ids(data.actors));
  return ok([{ kind: 'insert', path: ['actors'], index: list(data.actors).length, value: { id, name: 'New actor', description: 'Who they are and why they matter here.' } }]);
}

/** A new criterion, with a baseline score at its scale's low end in every option, so the scenario stays whole. */
export function addCriterion(data: Data): Operation {
  const id = freshId('criterion', ids(data.criteria));
  const edits: YamlEdit[] = [
    {
      kind: 'insert',
      path: ['criteria'],
      index: list(data.criteria).length,
      value: { id, label: 'New criterion', description: 'What it measures.', direction: 'benefit', scale: { min: 0, max: 10 }, weight: 1 },
    },
  ];
  list(data.options).forEach((o, i) => {
    if (isRecord(o) && isRecord(o.baseline)) edits.push({ kind: 'set', path: ['options', i, 'baseline', id], value: { score: 0, rationale: 'Why the option scores this.' } });
  });
  return ok(edits);
}

/** A named set of weights, starting from every criterion's default weight (the loader wants a weight for each). */
export function addPreset(data: Data): Operation {
  const id = freshId('preset', ids(data.weightPresets));
  const weights = Object.fromEntries(
    list(data.criteria).flatMap((c) => (isRecord(c) && typeof c.id === 'string' ? [[c.id, typeof c.weight === 'number' ? c.weight : 1]] : [])),
  );
  return ok([
    {
      kind: 'insert',
      path: ['weightPresets'],
      index: list(data.weightPresets).length,
      value: { id, label: 'New preset', description: 'Whose view these weights stand for, and why they are set as they are.', weights },
    },
  ]);
}

/** A criterion removed with every score, effect and preset weight that names it. */
export function removeCriterion(data: Data, index: number): Operation {
  const criterion = list(data.criteria)[index];
  if (!isRecord(criterion) || typeof criterion.id !== 'string') return { ok: false, problem: `there is no criterion ${index + 1}` };
  const id = criterion.id;
  const edits: YamlEdit[] = [];
  let effects = 0;
  list(data.options).forEach((o, i) => {
    if (!isRecord(o)) return;
    if (isRecord(o.baseline) && Object.hasOwn(o.baseline, id)) edits.push({ kind: 'delete', path: ['options', i, 'baseline', id] });
    const states = isRecord(o.machine) && isRecord(o.machine.states) ? o.machine.states : {};
    for (const [stateId, state] of Object.entries(states)) {
      list(isRecord(state) ? state.choices : undefined).forEach((c, k) => {
        if (isRecord(c) && isRecord(c.effects) && Object.hasOwn(c.effects, id)) {
          edits.push({ kind: 'delete', path: ['options', i, 'machine', 'states', stateId, 'choices', k, 'effects', id] });
          effects++;
        }
      });
    }
  });
  list(data.weightPresets).forEach((p, i) => {
    if (isRecord(p) && isRecord(p.weights) && Object.hasOwn(p.weights, id)) edits.push({ kind: 'delete', path: ['weightPresets', i, 'weights', id] });
  });
  edits.push({ kind: 'delete', path: ['criteria', index] });
  return ok(edits, effects > 0 ? [`${effects} effect${effects === 1 ? '' : 's'} on "${id}" removed with it`] : []);
}

/** A new option: a baseline on every criterion and the smallest machine that ends (one decision, one outcome). */
export function addOption(data: Data): Operation {
  const id = freshId('option', ids(data.options));
  const baseline = Object.fromEntries(criteriaLows(data).map((c) => [c.id, { score: c.low, rationale: 'Why the option scores this before any step.' }]));
  return ok([
    {
      kind: 'insert',
      path: ['options'],
      index: list(data.options).length,
      value: {
        id,
        label: 'New option',
        summary: 'What the option is, in a sentence or two.',
        baseline,
        machine: {
          initial: 'decide',
          states: {
            decide: { kind: 'decision', prompt: 'What does the group decide first?', choices: [{ id: 'go', label: 'Go ahead', target: 'done' }] },
            done: { kind: 'outcome', summary: 'What the world looks like at the end of this path.' },
          },
        },
      },
    },
  ]);
}

const statesPath = (option: number): YamlPath => ['options', option, 'machine', 'states'];

function statesOf(data: Data, option: number): Data | undefined {
  const o = list(data.options)[option];
  return isRecord(o) && isRecord(o.machine) && isRecord(o.machine.states) ? o.machine.states : undefined;
}

export type NewStateKind = 'decision' | 'chance' | 'outcome';

/**
 * A state added from a choice: a decision or an uncertain outcome goes
 * between the choice and where it led (its one choice leads on there), so
 * every path still ends; a new outcome ends the path at the choice.
 */
export function addStateFrom(data: Data, option: number, stateId: string, choice: number, kind: NewStateKind): Operation {
  const states = statesOf(data, option);
  const state = states ? own(states, stateId) : undefined;
  const from = isRecord(state) ? list(state.choices)[choice] : undefined;
  if (!states || !isRecord(from)) return { ok: false, problem: `option ${option + 1} has no choice ${choice + 1} in state "${stateId}"` };
  const id = freshId(kind === 'outcome' ? 'end' : kind === 'decision' ? 'decide' : 'chance', Object.keys(states));
  const onward = typeof from.target === 'string' ? from.target : undefined;
  const value =
    kind === 'outcome'
      ? { kind, summary: 'What the world looks like at the end of this path.' }
      : kind === 'decision'
        ? { kind, prompt: 'What does the group decide here?', choices: [{ id: 'go-on', label: 'Go on', target: onward ?? id }] }
        : { kind, prompt: 'What happens next?', choices: [{ id: 'as-expected', label: 'As expected', target: onward ?? id, probability: 1, note: 'Why this is as likely as it is.' }] };
  const notes = kind === 'outcome' && onward ? [`"${onward}" is no longer reached from this choice; if nothing else leads there, the check will say so`] : [];
  return ok(
    [
      { kind: 'set', path: [...statesPath(option), id], value },
      { kind: 'set', path: [...statesPath(option), stateId, 'choices', choice, 'target'], value: id },
    ],
    notes,
  );
}

/** What deleting a state would leave pointing at nothing, said before it is done. */
export function danglingAfterDelete(data: Data, option: number, stateId: string): string[] {
  const states = statesOf(data, option) ?? {};
  const o = list(data.options)[option];
  const dangling: string[] = [];
  if (isRecord(o) && isRecord(o.machine) && o.machine.initial === stateId) dangling.push('the option starts there (its first state)');
  for (const [id, state] of Object.entries(states)) {
    if (id === stateId || !isRecord(state)) continue;
    list(state.choices).forEach((c) => {
      if (isRecord(c) && c.target === stateId) dangling.push(`"${typeof c.label === 'string' ? c.label : c.id}" in "${id}" leads there`);
    });
  }
  return dangling;
}

export function deleteState(data: Data, option: number, stateId: string): Operation {
  const states = statesOf(data, option);
  if (!states || own(states, stateId) === undefined) return { ok: false, problem: `option ${option + 1} has no state "${stateId}"` };
  return ok([{ kind: 'delete', path: [...statesPath(option), stateId] }], danglingAfterDelete(data, option, stateId));
}

/**
 * The other branches of an uncertain outcome scaled so that all sum to 1,
 * keeping the branch just set: the offer made when the probabilities do not
 * add up. Branches that were all 0 share what is left equally.
 */
export function rescaleBranches(data: Data, option: number, stateId: string, keep: number): Operation {
  const state = own(statesOf(data, option) ?? {}, stateId);
  const branches = isRecord(state) ? list(state.choices) : [];
  const p = (b: unknown) => (isRecord(b) && typeof b.probability === 'number' && Number.isFinite(b.probability) ? b.probability : 0);
  const kept = p(branches[keep]);
  if (branches.length < 2 || kept > 1 || kept < 0) return { ok: false, problem: 'there is nothing to rescale: the branch kept must be between 0 and 1, with others beside it' };
  const others = branches.map((b, k) => (k === keep ? 0 : p(b)));
  const total = others.reduce((a, b) => a + b, 0);
  const left = 1 - kept;
  const scaled = others.map((v, k) => (k === keep ? kept : total > 0 ? (v / total) * left : left / (branches.length - 1)));
  // Rounded to six places, with the last branch taking the rounding, so the file's numbers sum to 1 exactly as the loader checks.
  const rounded = scaled.map((v) => Math.round(v * 1e6) / 1e6);
  const last = rounded.length - 1 === keep ? rounded.length - 2 : rounded.length - 1;
  rounded[last] = Math.round((1 - rounded.reduce((a, v, k) => (k === last ? a : a + v), 0)) * 1e6) / 1e6;
  return ok(rounded.flatMap((v, k) => (k === keep || v === p(branches[k]) ? [] : [{ kind: 'set' as const, path: [...statesPath(option), stateId, 'choices', k, 'probability'], value: v }])));
}
