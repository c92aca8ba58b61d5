import type { OptionAnalysis } from '../../../domain/analysis';
import { chance, points, pointsDifference } from '../../../domain/text/format';

/**
 * Where the option stands as the group steps: its expected value against its
 * starting scores, and how likely the outcomes assumed so far are, so that a
 * rosy path is seen for the long shot it may be.
 */
export function OptionStanding({ analysis, assumedSteps }: { analysis: OptionAnalysis; assumedSteps: number }) {
  const gain = analysis.expected.total - analysis.start;
  const direction = gain > 1e-9 ? 'above' : gain < -1e-9 ? 'below' : 'level with';
  return (
    <p className="standing" aria-live="polite">
      <span>
        Expected value <strong>{points(analysis.expected.total)}</strong> out of 100, {direction} its starting scores ({points(analysis.start)}
        {direction === 'level with' ? '' : `, ${pointsDifference(gain)}`}).
      </span>{' '}
      {assumedSteps > 0 ? (
        <span>
          The {assumedSteps === 1 ? 'outcome' : `${assumedSteps} outcomes`} assumed so far {assumedSteps === 1 ? 'has' : 'have together'} a probability of <strong>{chance(analysis.asStepped.probability)}</strong>
          {analysis.known.length > 0 ? `; ${analysis.known.length} marked as known, which the expected value takes as given` : <span className="standing-why">; assumed outcomes are what-ifs and do not change the expected value unless marked as known</span>}.
        </span>
      ) : null}
    </p>
  );
}
