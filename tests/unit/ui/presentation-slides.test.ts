import { describe, expect, it } from 'vitest';
import { firstOfKind, presentationSlides } from '../../../src/ui/views/workshop/presentation-slides';
import { loadValid } from '../../support/files';

const scenario = loadValid('tests/fixtures/valid/two-options.yaml');

describe('the presentation slides', () => {
  it("put each option's current question on the group's plan first, then the ranking", () => {
    const slides = presentationSlides(scenario, { close: [{ state: 'when', choice: 'now' }] }, undefined);
    expect(slides.map((s) => s.kind)).toEqual([...scenario.options.map(() => 'question'), 'ranking']);
    const close = slides[scenario.options.findIndex((o) => o.id === 'close')]!;
    expect(close.kind === 'question' && close.stepsTaken).toBe(1);
    // After "close now" the question is the storm's.
    expect(close.kind === 'question' && close.state.kind).toBe('chance');
  });

  it('show the spread and the disagreement only once a round has been revealed, for the latest', () => {
    expect(firstOfKind(presentationSlides(scenario, {}, undefined), 'spread')).toBeUndefined();
    const slides = presentationSlides(scenario, {}, 2);
    expect(slides.slice(-2)).toEqual([
      { kind: 'spread', round: 2 },
      { kind: 'disagreement', round: 2 },
    ]);
    expect(firstOfKind(slides, 'ranking')).toBe(scenario.options.length);
  });

  it('keep to the part of a saved path that still applies', () => {
    const slides = presentationSlides(scenario, { close: [{ state: 'nowhere', choice: 'x' }] }, undefined);
    const close = slides[scenario.options.findIndex((o) => o.id === 'close')]!;
    expect(close.kind === 'question' && close.stepsTaken).toBe(0);
  });
});
