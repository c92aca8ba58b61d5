import { useId, useState } from 'react';
import { CONCENTRATION, MAX_SEED, newSeed, parseSeed, SAMPLE_COUNTS, type SamplingSettings } from '../../sensitivity/sampling-settings';

export interface SamplingControlsProps {
  settings: SamplingSettings;
  onChange: (settings: SamplingSettings) => void;
}

/** The Monte Carlo's settings: how many samples, the seed, how weights are drawn, and whether score and probability ranges are drawn too. */
export function SamplingControls({ settings, onChange }: SamplingControlsProps) {
  const id = useId();
  const set = (change: Partial<SamplingSettings>) => onChange({ ...settings, ...change });
  // The seed field keeps what is typed; only a whole number in range becomes the seed.
  const [seedText, setSeedText] = useState(String(settings.seed));
  const [shownSeed, setShownSeed] = useState(settings.seed);
  if (shownSeed !== settings.seed) {
    setShownSeed(settings.seed);
    setSeedText(String(settings.seed));
  }
  const seedValid = parseSeed(seedText) !== undefined;
  const typeSeed = (text: string) => {
    setSeedText(text);
    const seed = parseSeed(text);
    if (seed === undefined) return;
    setShownSeed(seed);
    set({ seed });
  };

  return (
    <fieldset className="sampling-controls">
      <legend>Monte Carlo settings</legend>
      <label>
        Samples
        <select value={settings.samples} onChange={(e) => set({ samples: Number(e.target.value) as SamplingSettings['samples'] })}>
          {SAMPLE_COUNTS.map((n) => (
            <option key={n} value={n}>
              {n.toLocaleString('en-GB')}
            </option>
          ))}
        </select>
      </label>
      <div className="seed">
        <label htmlFor={`${id}-seed`}>Seed</label>
        <div className="seed-row">
          <input
            id={`${id}-seed`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={seedText}
            onChange={(e) => typeSeed(e.target.value)}
            aria-invalid={seedValid ? undefined : true}
            aria-describedby={seedValid ? undefined : `${id}-seed-error`}
          />
          <button type="button" onClick={() => set({ seed: newSeed() })}>
            New seed
          </button>
        </div>
        {seedValid ? null : (
          <p id={`${id}-seed-error`} className="field-error" role="alert">
            A seed is a whole number from 0 to {MAX_SEED.toLocaleString('en-GB')}; the figures use seed {settings.seed} until then.
          </p>
        )}
      </div>
      <fieldset className="weight-sampling">
        <legend>Weights</legend>
        <label>
          <input type="radio" name={`${id}-weights`} checked={settings.weights === 'uniform'} onChange={() => set({ weights: 'uniform' })} /> Any weights (uniform on the simplex)
        </label>
        <label>
          <input type="radio" name={`${id}-weights`} checked={settings.weights === 'around'} onChange={() => set({ weights: 'around' })} /> Around the group's weights
        </label>
      </fieldset>
      <label className="concentration">
        Concentration: {settings.concentration}
        <input
          type="range"
          min={CONCENTRATION.min}
          max={CONCENTRATION.max}
          step={CONCENTRATION.step}
          value={settings.concentration}
          disabled={settings.weights === 'uniform'}
          onChange={(e) => set({ concentration: Number(e.target.value) })}
          aria-describedby={`${id}-concentration-help`}
        />
        <span id={`${id}-concentration-help`} className="muted small">
          Higher keeps the sampled weights closer to the group's.
        </span>
      </label>
      <label className="ranges">
        <input type="checkbox" checked={settings.ranges} onChange={(e) => set({ ranges: e.target.checked })} /> Include score and probability ranges
      </label>
    </fieldset>
  );
}
