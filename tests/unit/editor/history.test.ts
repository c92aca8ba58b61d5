import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, HISTORY_STEPS, record, redo, startHistory, undo } from '../../../src/domain/editor/history';

describe('undo and redo over the editor text', () => {
  it('steps back and forth through edits, and a new edit drops what was undone', () => {
    let h = record(record(startHistory('a'), 'b'), 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    expect(h.present).toBe('b');
    h = record(h, 'x');
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe('b');
  });

  it('makes typing in one field one step, and a change of field a new one', () => {
    let h = startHistory('');
    for (const text of ['T', 'Ti', 'Tit', 'Title']) h = record(h, text, 'title');
    h = record(h, 'Title!', 'summary');
    expect(undo(h).present).toBe('Title');
    expect(undo(undo(h)).present).toBe('');
  });

  it('takes the same text as no step, and keeps at most its limit of steps', () => {
    const h = startHistory('a');
    expect(record(h, 'a')).toBe(h);
    let long = startHistory('0');
    for (let i = 1; i <= HISTORY_STEPS + 50; i++) long = record(long, String(i));
    expect(long.past).toHaveLength(HISTORY_STEPS);
  });

  it('returns to the start after as many undos as edits, and back to the end after as many redos', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 40 }), (texts) => {
        let h = startHistory('start');
        for (const t of texts) h = record(h, t);
        const end = h.present;
        for (let i = 0; i < texts.length; i++) h = undo(h);
        const steps = h.future.length;
        expect(h.past).toHaveLength(0);
        for (let i = 0; i < steps; i++) h = redo(h);
        expect(h.present).toBe(end);
      }),
    );
  });
});
