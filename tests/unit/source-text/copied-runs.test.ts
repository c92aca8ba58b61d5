import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copiedRuns } from '../../../src/domain/source-text';

const source = 'Three armed drones targeted the residence of the prime minister early on Sunday morning, and two of them were shot down by the guards.';

/** The copied passages of `text`, as text. */
function copied(text: string, from = source, minWords?: number): string[] {
  return copiedRuns(text, from, minWords).map((r) => text.slice(r.start, r.end));
}

describe('copiedRuns', () => {
  it('does not flag seven words copied in a row', () => {
    expect(copied('Reports say armed drones targeted the residence of the premier.')).toEqual([]);
  });

  it('flags eight words copied in a row, with their offsets and count', () => {
    const text = 'Reports say armed drones targeted the residence of the prime ministers.';
    expect(copiedRuns(text, source)).toEqual([{ start: 12, end: 60, words: 8 }]);
    expect(copied(text)).toEqual(['armed drones targeted the residence of the prime']);
  });

  it('flags a copy whatever its punctuation, case, apostrophes and markup, in the text or the source', () => {
    const marked = 'Three <u>armed drones</u> targeted the <b>residence</b> of the Prime Minister&#8217;s office.';
    expect(copied('ARMED drones \u2014 targeted, the \u201Cresidence\u201D of: the prime!', marked)).toEqual(['ARMED drones \u2014 targeted, the \u201Cresidence\u201D of: the prime']);
    expect(copied('They hit the Prime Minister\u2019s office, armed drones targeted the residence of the', "armed drones targeted the residence of the Prime Minister's office")).toEqual([]);
    expect(copied("targeted the residence of the Prime Minister's office today", "armed drones targeted the residence of the Prime Minister\u2019s office")).toEqual([
      "targeted the residence of the Prime Minister's office",
    ]);
  });

  it('flags two separate copies separately', () => {
    const text = 'First, armed drones targeted the residence of the prime minister. Later, two of them were shot down by the guards, we hear.';
    expect(copied(text)).toEqual(['armed drones targeted the residence of the prime minister', 'two of them were shot down by the guards']);
  });

  it('merges copies that overlap into one run, even when the whole run is not one passage of the source', () => {
    expect(copiedRuns('Ten: three armed drones targeted the residence of the prime minister early.', source)).toEqual([{ start: 5, end: 74, words: 11 }]);
    // Words 1-8 come from one place and words 2-9 from another: they share seven words, so they are one run of nine.
    const two = 'a1 a2 a3 a4 a5 a6 a7 a8 x. Elsewhere: a2 a3 a4 a5 a6 a7 a8 a9.';
    expect(copiedRuns('a1 a2 a3 a4 a5 a6 a7 a8 a9', two)).toEqual([{ start: 0, end: 26, words: 9 }]);
  });

  it('keeps copies that only touch apart', () => {
    const from = 'b1 b2 b3 b4 b5 b6 b7 b8. Then: c1 c2 c3 c4 c5 c6 c7 c8.';
    expect(copied('b1 b2 b3 b4 b5 b6 b7 b8 c1 c2 c3 c4 c5 c6 c7 c8', from)).toEqual(['b1 b2 b3 b4 b5 b6 b7 b8', 'c1 c2 c3 c4 c5 c6 c7 c8']);
  });

  it('takes another length of run, and finds nothing in a text shorter than that', () => {
    expect(copied('the prime minister', source, 3)).toEqual(['the prime minister']);
    expect(copied('the prime', source, 3)).toEqual([]);
    expect(copied('', source)).toEqual([]);
    expect(copied(source, '')).toEqual([]);
  });
});

describe('copiedRuns, as a property', () => {
  const sourceWords = Array.from({ length: 30 }, (_, k) => `word${k}`);
  const otherWords = Array.from({ length: 30 }, (_, k) => `other${k}`);
  const separator = fc.constantFrom(' ', ', ', '. ', ' \u2014 ', '\n', ' <u>', '</u> ', ' (', ') ');
  const cased = (word: string, upper: boolean) => (upper ? word.toUpperCase() : word);

  it('always flags a text made around an eight-word slice of the source, exactly at the slice', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...sourceWords), { minLength: 8, maxLength: 120 }),
        fc.nat(),
        fc.array(fc.constantFrom(...otherWords), { maxLength: 6 }),
        fc.array(fc.constantFrom(...otherWords), { maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.array(separator, { minLength: 20, maxLength: 20 }),
        (words, at, before, after, upper, seps) => {
          const start = at % (words.length - 7);
          const slice = words.slice(start, start + 8).map((w, k) => cased(w, upper[k]!));
          const from = words.join(' ');
          const head = before.map((w) => `${w} `).join('');
          const body = slice.map((w, k) => (k === 0 ? w : `${seps[k]}${w}`)).join('');
          const text = `${head}${body}${after.map((w) => ` ${w}`).join('')}`;
          expect(copiedRuns(text, from)).toEqual([{ start: head.length, end: head.length + body.length, words: 8 }]);
        },
      ),
    );
  });

  it('never flags words that are not in the source', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...sourceWords), { maxLength: 120 }), fc.array(fc.constantFrom(...otherWords), { maxLength: 60 }), (words, others) => {
        expect(copiedRuns(others.join(' '), words.join(' '))).toEqual([]);
      }),
    );
  });
});
