import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Scenario } from '../../../domain/scenario';
import { exactText } from '../../../domain/numeric/tolerance';
import { judgementProblems, type Judgements } from '../../../domain/workshop';
import { isolate, ScenarioText } from '../../components/ScenarioText';
import { TextField } from './TextField';
import { probabilityViewFormSchema, scoreViewFormSchema } from './workshop-forms';

/** Every branch of every uncertain outcome, by position: ids go into the select's values as positions, never as ids. */
function chanceBranches(scenario: Scenario) {
  return scenario.options.flatMap((option) =>
    Object.entries(option.machine.states).flatMap(([stateId, state]) =>
      state.kind === 'chance' ? state.choices.map((branch) => ({ option, stateId, prompt: state.prompt, branch, key: `${option.id}\u0000${stateId}\u0000${branch.id}` })) : [],
    ),
  );
}

type ScoreText = z.input<typeof scoreViewFormSchema>;
type ProbabilityText = z.input<typeof probabilityViewFormSchema>;

/**
 * A participant's own views, optional: an option's score on a criterion, or a
 * branch's probability, each with a reason. A view is checked against the
 * scenario (the criterion's scale) as it is added, and one of the same thing
 * replaces the earlier.
 */
export function ViewsEditor({ scenario, judgements, onChange }: { scenario: Scenario; judgements: Judgements; onChange: (judgements: Judgements) => void }) {
  const branches = useMemo(() => chanceBranches(scenario), [scenario]);
  const scoreForm = useForm<ScoreText, unknown, z.output<typeof scoreViewFormSchema>>({ resolver: zodResolver(scoreViewFormSchema), defaultValues: { option: '', criterion: '', score: '', reason: '' } });
  const probabilityForm = useForm<ProbabilityText, unknown, z.output<typeof probabilityViewFormSchema>>({
    resolver: zodResolver(probabilityViewFormSchema),
    defaultValues: { branch: '', probability: '', reason: '' },
  });

  const addScore = scoreForm.handleSubmit((typed) => {
    const option = scenario.options[Number(typed.option)]!;
    const criterion = scenario.criteria[Number(typed.criterion)]!;
    const view = { option: option.id, criterion: criterion.id, score: typed.score, reason: typed.reason };
    const next = { ...judgements, scores: [...judgements.scores.filter((v) => v.option !== view.option || v.criterion !== view.criterion), view] };
    const problems = judgementProblems({ ...next, weighting: judgements.weighting }, scenario).filter((p) => p.startsWith('the score view'));
    if (problems.length > 0) {
      scoreForm.setError('score', { message: problems[0]! });
      return;
    }
    onChange(next);
    scoreForm.reset({ option: typed.option, criterion: '', score: '', reason: '' });
  });
  const addProbability = probabilityForm.handleSubmit((typed) => {
    const at = branches[Number(typed.branch)]!;
    const view = { option: at.option.id, state: at.stateId, branch: at.branch.id, probability: typed.probability, reason: typed.reason };
    onChange({ ...judgements, probabilities: [...judgements.probabilities.filter((v) => v.option !== view.option || v.state !== view.state || v.branch !== view.branch), view] });
    probabilityForm.reset({ branch: '', probability: '', reason: '' });
  });

  const optionLabel = (id: string) => scenario.options.find((o) => o.id === id)?.label ?? id;
  const criterion = (id: string) => scenario.criteria.find((c) => c.id === id);
  const scoreErrors = scoreForm.formState.errors;
  const probabilityErrors = probabilityForm.formState.errors;

  return (
    <details className="views-editor" open={judgements.scores.length + judgements.probabilities.length > 0}>
      <summary>Your own views of scores and probabilities (optional)</summary>
      <h3>Scores you see differently</h3>
      {judgements.scores.length > 0 ? (
        <ul>
          {judgements.scores.map((v, i) => (
            <li key={i}>
              <ScenarioText>{optionLabel(v.option)}</ScenarioText> on <ScenarioText>{criterion(v.criterion)?.label ?? v.criterion}</ScenarioText>: {exactText(v.score)} (
              <ScenarioText>{v.reason}</ScenarioText>){' '}
              <button type="button" onClick={() => onChange({ ...judgements, scores: judgements.scores.filter((_, j) => j !== i) })}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={addScore} noValidate className="view-form" aria-label="Add a score view">
        <div className="memo-field">
          <label htmlFor="view-option">Option</label>
          <select id="view-option" {...scoreForm.register('option')} aria-invalid={scoreErrors.option ? true : undefined}>
            <option value="">Choose…</option>
            {scenario.options.map((o, i) => (
              <option key={i} value={i}>
                {isolate(o.label)}
              </option>
            ))}
          </select>
          {scoreErrors.option ? <p className="field-error">{scoreErrors.option.message}</p> : null}
        </div>
        <div className="memo-field">
          <label htmlFor="view-criterion">Criterion</label>
          <select id="view-criterion" {...scoreForm.register('criterion')} aria-invalid={scoreErrors.criterion ? true : undefined}>
            <option value="">Choose…</option>
            {scenario.criteria.map((c, i) => (
              <option key={i} value={i}>
                {isolate(c.label)} ({exactText(c.scale.min)} to {exactText(c.scale.max)})
              </option>
            ))}
          </select>
          {scoreErrors.criterion ? <p className="field-error">{scoreErrors.criterion.message}</p> : null}
        </div>
        <TextField id="view-score" label="Score" registration={scoreForm.register('score')} error={scoreErrors.score?.message} />
        <TextField id="view-score-reason" label="Reason" multiline registration={scoreForm.register('reason')} error={scoreErrors.reason?.message} />
        <button type="submit">Add score view</button>
      </form>
      {branches.length > 0 ? (
        <>
          <h3>Probabilities you see differently</h3>
          {judgements.probabilities.length > 0 ? (
            <ul>
              {judgements.probabilities.map((v, i) => {
                const at = branches.find((b) => b.key === `${v.option}\u0000${v.state}\u0000${v.branch}`);
                return (
                  <li key={i}>
                    <ScenarioText>{at ? `${at.option.label}: ${at.prompt}: ${at.branch.label}` : `${v.option} ${v.state} ${v.branch}`}</ScenarioText>: {exactText(v.probability)} (
                    <ScenarioText>{v.reason}</ScenarioText>){' '}
                    <button type="button" onClick={() => onChange({ ...judgements, probabilities: judgements.probabilities.filter((_, j) => j !== i) })}>
                      Remove
                    </button>
                  </li>
                );
              })}
            </ul>
          ) : null}
          <form onSubmit={addProbability} noValidate className="view-form" aria-label="Add a probability view">
            <div className="memo-field">
              <label htmlFor="view-branch">Branch</label>
              <select id="view-branch" {...probabilityForm.register('branch')} aria-invalid={probabilityErrors.branch ? true : undefined}>
                <option value="">Choose…</option>
                {branches.map((b, i) => (
                  <option key={i} value={i}>
                    {isolate(`${b.option.label}: ${b.prompt}: ${b.branch.label}`)} ({exactText(b.branch.probability)})
                  </option>
                ))}
              </select>
              {probabilityErrors.branch ? <p className="field-error">{probabilityErrors.branch.message}</p> : null}
            </div>
            <TextField id="view-probability" label="Probability (0 to 1)" registration={probabilityForm.register('probability')} error={probabilityErrors.probability?.message} />
            <TextField id="view-probability-reason" label="Reason" multiline registration={probabilityForm.register('reason')} error={probabilityErrors.reason?.message} />
            <button type="submit">Add probability view</button>
          </form>
        </>
      ) : null}
    </details>
  );
}
