import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationFor, copiedRuns, readSourceText, scenarioCitationProblems, type SourceModel } from '../../../src/domain/source-text';
import { loadValid, ROOT } from '../../support/files';

// The brief the bundled scenario encodes is not ours to redistribute, so it is not in the repository;
// CI keeps it in ../shared beside the clone. Where it is absent, these tests are reported as skipped.
const BRIEF = join(ROOT, '..', 'shared', 'briefs', 'natsec-brief-2021-11-iraq-pm-drone-strike.txt');

/** The block a locator of one paragraph, bullet or sub-point names, if it is one. */
function namedBlock(model: SourceModel, section: string, locator: string) {
  const m = /^(?:(opening paragraph)|bullet (\d+)(?:, sub-point (\d+))?)$/.exec(locator);
  if (!m) return undefined;
  return model.blocks.find((b) => b.section === section && (m[1] ? b.kind === 'paragraph' && b.number === 1 : b.kind === 'bullet' && b.number === Number(m[2]) && b.sub === (m[3] === undefined ? undefined : Number(m[3]))));
}

describe.skipIf(!existsSync(BRIEF))(`the real brief (${BRIEF})`, () => {
  const scenario = loadValid('scenarios/iraq-pm-drone-strike-2021.yaml');
  const brief = existsSync(BRIEF) ? readFileSync(BRIEF, 'utf8') : '';
  const model = readSourceText(brief, { title: scenario.source.title });

  it('reads the title line as the title, the three headings after it, and the chart captions as text', () => {
    expect(model.sections.map((s) => s.heading)).toEqual([scenario.source.title, 'What Happened?', 'Why Is It Important?', 'What Should the United States Do Next?']);
  });

  it('finds every section the bundled scenario cites, and every paragraph, bullet and sub-point it numbers', () => {
    const cited = new Set([...scenario.facts.map((f) => f.cite.section), ...scenario.options.flatMap((o) => (o.recommendedIn ? [o.recommendedIn.section] : []))]);
    expect(cited.size).toBeGreaterThan(0);
    for (const section of cited) expect(model.sections.map((s) => s.heading), section).toContain(section);
    expect(scenarioCitationProblems(scenario, model)).toEqual([]);
  });

  it('cites each block the scenario cites as one paragraph, bullet or sub-point in the scenario\'s own words', () => {
    let checked = 0;
    for (const fact of scenario.facts) {
      const locator = fact.cite.locator?.replace(/, sentence \d+$/, '');
      const block = locator === undefined ? undefined : namedBlock(model, fact.cite.section, locator);
      if (!block) continue;
      expect(citationFor(model, block.start, block.end), fact.id).toEqual({ section: fact.cite.section, locator });
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('finds no fact copying eight words of the brief in a row, but for a title it quotes', () => {
    for (const fact of scenario.facts) {
      for (const run of copiedRuns(fact.text, brief)) {
        expect([fact.text[run.start - 1], fact.text[run.end]], `${fact.id}: ${fact.text.slice(run.start, run.end)}`).toEqual(['"', '"']);
      }
    }
  });
});
