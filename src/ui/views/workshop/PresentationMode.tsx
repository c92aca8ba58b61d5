import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Progress, ScenarioAnalysis } from '../../../domain/analysis';
import type { Scenario } from '../../../domain/scenario';
import { number, percent, plural, rankLabel } from '../../../domain/text/format';
import { analyseRound, currentRound, leadSentence, participantLabel, type Workshop } from '../../../domain/workshop';
import { ScenarioText } from '../../components/ScenarioText';
import { firstOfKind, presentationSlides, type Slide, type SlideKind } from './presentation-slides';
import { agreementWords, AGGREGATION_LABELS } from './RoundResults';

/** The facilitator's keys, as `?` lists them. */
export const SHORTCUTS: Array<[keys: string, what: string]> = [
  ['→  Page Down  Space', 'next'],
  ['←  Page Up', 'previous'],
  ['Home  End', 'first, last'],
  ['Q', 'the questions'],
  ['R', 'the ranking'],
  ['S', 'the spread of the weights'],
  ['D', 'who differs, and how much'],
  ['H', 'hide or show the ranking'],
  ['F', 'full screen on or off'],
  ['?', 'these keys'],
  ['Esc', 'close this list, or leave the presentation'],
];

const JUMPS: Record<string, SlideKind> = { q: 'question', r: 'ranking', s: 'spread', d: 'disagreement' };

/**
 * Presentation mode: full screen, large type, one thing at a time, driven
 * from the keyboard (a presenter's clicker sends Page Up and Page Down).
 */
export function PresentationMode({
  scenario,
  workshop,
  progress,
  analysis,
  rankingHidden,
  onRankingHiddenChange,
  onClose,
}: {
  scenario: Scenario;
  workshop: Workshop;
  progress: Progress;
  /** The analysis under the weights in force, for the ranking before any round is revealed. */
  analysis: ScenarioAnalysis;
  rankingHidden: boolean;
  onRankingHiddenChange: (hidden: boolean) => void;
  onClose: () => void;
}) {
  const latest = workshop.rounds.filter((r) => r.revealed).at(-1)?.number;
  const slides = useMemo(() => presentationSlides(scenario, progress, latest), [scenario, progress, latest]);
  const round = useMemo(() => (latest === undefined ? undefined : analyseRound(scenario, workshop, latest)), [scenario, workshop, latest]);
  const [at, setAt] = useState(0);
  const [help, setHelp] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const index = Math.min(at, slides.length - 1);
  const slide = slides[index]!;

  useEffect(() => {
    const element = root.current!;
    element.focus();
    // Refused outside a click (or by policy): the overlay fills the window anyway.
    element.requestFullscreen?.().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key;
    const go = (to: number) => setAt(Math.max(0, Math.min(slides.length - 1, to)));
    if (key === 'Escape') help ? setHelp(false) : onClose();
    else if (key === '?') setHelp((h) => !h);
    else if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') go(index + 1);
    else if (key === 'ArrowLeft' || key === 'PageUp') go(index - 1);
    else if (key === 'Home') go(0);
    else if (key === 'End') go(slides.length - 1);
    else if (key.toLowerCase() === 'h') onRankingHiddenChange(!rankingHidden);
    else if (key.toLowerCase() === 'f') {
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
      else root.current?.requestFullscreen?.().catch(() => undefined);
    } else if (JUMPS[key.toLowerCase()]) {
      const to = firstOfKind(slides, JUMPS[key.toLowerCase()]!);
      if (to !== undefined) go(to);
    } else return;
    event.preventDefault();
  };

  return (
    <div ref={root} className="presentation" role="dialog" aria-modal="true" aria-label={`Presentation: ${workshop.title}`} tabIndex={-1} onKeyDown={onKeyDown}>
      <div className="presentation-slide" aria-live="polite">
        <SlideView slide={slide} scenario={scenario} workshop={workshop} analysis={analysis} round={round} rankingHidden={rankingHidden} />
      </div>
      <footer className="presentation-foot">
        <span>
          <ScenarioText>{workshop.title}</ScenarioText> · round {currentRound(workshop).number}
        </span>
        <span>
          {index + 1} / {slides.length} · press ? for keys
        </span>
        <button type="button" onClick={onClose}>
          Leave the presentation
        </button>
      </footer>
      {help ? (
        <div className="presentation-help" role="dialog" aria-label="Keys">
          <h2>Keys</h2>
          <dl>
            {SHORTCUTS.map(([keys, what]) => (
              <div key={keys}>
                <dt>
                  <kbd>{keys}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </div>
  );
}

function SlideView({
  slide,
  scenario,
  workshop,
  analysis,
  round,
  rankingHidden,
}: {
  slide: Slide;
  scenario: Scenario;
  workshop: Workshop;
  analysis: ScenarioAnalysis;
  round: ReturnType<typeof analyseRound> | undefined;
  rankingHidden: boolean;
}) {
  const label = (id: string) => participantLabel(workshop, id);
  switch (slide.kind) {
    case 'question': {
      const option = scenario.options[slide.option]!;
      const state = slide.state;
      return (
        <>
          <p className="slide-kicker">
            Option {slide.option + 1} of {scenario.options.length} · {plural(slide.stepsTaken, 'step')} taken
          </p>
          <h2>
            <ScenarioText>{option.label}</ScenarioText>
          </h2>
          {state.kind === 'outcome' ? (
            <p className="slide-lead">
              Outcome reached: <ScenarioText>{state.summary}</ScenarioText>
            </p>
          ) : (
            <>
              <p className="slide-lead">
                <ScenarioText>{state.prompt}</ScenarioText>
              </p>
              <ul className="slide-choices">
                {state.choices.map((c) => (
                  <li key={c.id}>
                    <ScenarioText>{c.label}</ScenarioText>
                    {'probability' in c ? <span className="muted"> ({percent(c.probability, 0)})</span> : null}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      );
    }
    case 'ranking': {
      if (rankingHidden) {
        return (
          <>
            <h2>The ranking</h2>
            <p className="slide-lead">Hidden while the group deliberates. Press H to show it.</p>
          </>
        );
      }
      const group = round?.groupRanking;
      const order = group ? group.ranking.order : analysis.expected.order;
      const rank = group ? group.ranking : analysis.expected;
      const total = (i: number) => (group ? group.totals[i]! : analysis.options[i]!.expected.total);
      return (
        <>
          <h2>The ranking</h2>
          <p className="slide-kicker">{group && round?.group.ok ? `Group weights of round ${round.round}: ${AGGREGATION_LABELS[round.group.aggregation].toLowerCase()}` : 'The weights in force in the analysis'}</p>
          <ol className="slide-ranking">
            {order.map((i) => (
              <li key={i}>
                <span className="rank">{rankLabel(rank.rank[i]!, rank.tied[i]!)}</span> <ScenarioText>{scenario.options[i]!.label}</ScenarioText> <span className="muted">{number(total(i) * 100, 1)}</span>
              </li>
            ))}
          </ol>
        </>
      );
    }
    case 'spread': {
      // The bars run to the largest weight anyone gave (rounded up to a tenth), so that small weights are not lost on a 0-100 % track.
      const top = Math.max(0.1, Math.ceil(Math.max(0, ...(round?.spread ?? []).map((e) => e.spread.max)) * 10) / 10);
      return (
        <>
          <h2>How far the weights spread, round {slide.round}</h2>
          <p className="slide-kicker">Each bar runs from the lowest to the highest weight given, on a scale of 0 to {percent(top, 0)}; the mark is the mean.</p>
          <ul className="slide-spread">
            {scenario.criteria.map((c, j) => {
              const s = round?.spread[j]?.spread;
              if (!s) return null;
              return (
                <li key={j}>
                  <span className="spread-label">
                    <ScenarioText>{c.label}</ScenarioText>
                  </span>
                  <span className="spread-track" aria-hidden="true">
                    <span className="spread-range" style={{ left: `${(s.min / top) * 100}%`, width: `${Math.max(0.5, ((s.max - s.min) / top) * 100)}%` }} />
                    <span className="spread-mean" style={{ left: `${(s.mean / top) * 100}%` }} />
                  </span>
                  <span className="spread-numbers">
                    {percent(s.min, 0)} to {percent(s.max, 0)}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      );
    }
    case 'disagreement':
      return (
        <>
          <h2>Who differs, round {slide.round}</h2>
          {round ? <p className="slide-lead">{agreementWords(round, scenario.options.length)}</p> : null}
          {round && round.leaderChanges.length > 0 ? (
            <ul className="slide-choices">
              {round.leaderChanges.map((c) => (
                <li key={c.participant}>
                  <ScenarioText>{`${label(c.participant)}: ${leadSentence(scenario, c.leads)}.`}</ScenarioText>
                </li>
              ))}
            </ul>
          ) : (
            <p>Every participant&apos;s own weights put the same option first as the group&apos;s.</p>
          )}
        </>
      );
  }
}
