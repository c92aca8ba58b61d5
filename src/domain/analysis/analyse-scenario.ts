import { followPath, type Step } from '../machine/steps';
import { own } from '../records/own';
import type { Scenario } from '../scenario/schema';
import { rankTotals, type Ranking } from '../scoring/rank';
import { normaliseWeights, type WeightInput } from '../scoring/weights';
import { analyseOption, type OptionAnalysis } from './analyse-option';
import { compileOption, type CompiledOption } from './compiled-option';
import { optionContext, type OptionContext } from './option-context';
import { valueOfInformation, type OptionInformation } from './value-of-information';

/** The steps taken in each option, by option id (known outcomes flagged on their steps). */
export type Progress = Record<string, readonly Step[]>;

export interface ScenarioAnalysis {
  /** Normalised weights in criterion order. */
  weights: number[];
  /** In scenario order. */
  options: OptionAnalysis[];
  /** By expected value under each option's plan: the default view. */
  expected: Ranking;
  /** By the "as stepped" what-if: every assumed outcome taken as given. */
  asStepped: Ranking;
  /** Value of information of each option's uncertainty, in scenario order. */
  information: OptionInformation[];
  /** Every chance state of every option, the one most worth knowing first. */
  mostWorthKnowing: Array<{ optionId: string; state: string; value: number }>;
  /** The inputs of each option's analyses, for those computed on demand (risk profile, thresholds). */
  contexts: Map<string, OptionContext>;
}

const compiledCache = new WeakMap<Scenario, CompiledOption[]>();

/** Options compiled once per scenario object: the compiled form does not depend on weights or steps. */
export function compiledOptions(scenario: Scenario): CompiledOption[] {
  let compiled = compiledCache.get(scenario);
  if (!compiled) {
    compiled = scenario.options.map((o) => compileOption(o, scenario.criteria));
    compiledCache.set(scenario, compiled);
  }
  return compiled;
}

/**
 * Each option's analysis (plan, expected, best and worst, as stepped) under
 * the weights and the steps taken, without the value of information: what a
 * ranking needs, for loops over many weightings (a workshop's participants).
 * Steps that do not apply are ignored (sessions are reconciled before they get here).
 */
export function analyseOptions(scenario: Scenario, weightInput: WeightInput, progress: Progress): Pick<ScenarioAnalysis, 'weights' | 'options' | 'contexts'> {
  const weights = normaliseWeights(scenario.criteria, weightInput);
  const contexts = new Map<string, OptionContext>();
  const compiled = compiledOptions(scenario);
  const options = scenario.options.map((option, i) => {
    const ctx = optionContext(compiled[i]!, scenario.criteria, weights, followPath(option, own(progress, option.id) ?? []).valid);
    contexts.set(option.id, ctx);
    return analyseOption(ctx);
  });
  return { weights, options, contexts };
}

/** Every option's analysis under the weights in force and the steps taken, with both rankings and the value of information. */
export function analyseScenario(scenario: Scenario, weightInput: WeightInput, progress: Progress): ScenarioAnalysis {
  const { weights, options, contexts } = analyseOptions(scenario, weightInput, progress);
  const information = options.map((o) => valueOfInformation(contexts.get(o.optionId)!));
  const mostWorthKnowing = information
    .flatMap((info, i) => info.perState.map((v) => ({ optionId: options[i]!.optionId, state: v.state, value: v.value })))
    .sort((a, b) => b.value - a.value);
  return {
    weights,
    options,
    expected: rankTotals(options.map((o) => o.expected.total)),
    asStepped: rankTotals(options.map((o) => o.asStepped.total)),
    information,
    mostWorthKnowing,
    contexts,
  };
}

/** The best expected total among the options other than `optionId`: what one option's thresholds are measured against. */
export function rivalOf(analysis: ScenarioAnalysis, optionId: string): { optionId: string; total: number } | undefined {
  let rival: { optionId: string; total: number } | undefined;
  for (const o of analysis.options) if (o.optionId !== optionId && (!rival || o.expected.total > rival.total)) rival = { optionId: o.optionId, total: o.expected.total };
  return rival;
}
