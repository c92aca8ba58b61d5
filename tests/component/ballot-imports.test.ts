import { describe, expect, it } from 'vitest';
import { makeBallot, serialiseBallot, ballotCode } from '../../src/domain/workshop';
import { BALLOT_CODE_CHARACTERS, BALLOT_FILE_BYTES, importBallots } from '../../src/ui/views/workshop/ballot-imports';
import { loadValid } from '../support/files';
import { advanced, direct, workshopWith } from '../support/workshop';

const scenario = loadValid('tests/fixtures/valid/two-options.yaml');
const collecting = advanced(workshopWith(scenario, ['Ada', 'Ben']), 'START');
const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('taking ballots in', () => {
  it('takes a batch one after another, and refuses a second, different ballot from the same participant in it', async () => {
    const ada = serialiseBallot(makeBallot(collecting, 'ada', direct({ safety: 3, cost: 1 })));
    const adaAgain = serialiseBallot(makeBallot(collecting, 'ada', direct({ safety: 1, cost: 3 })));
    const ben = ballotCode(makeBallot(collecting, 'ben', direct({ safety: 1, cost: 1 })), scenario);
    const { workshop, outcomes } = await importBallots(collecting, scenario, [
      { name: 'ada.json', file: file('ada.json', ada) },
      { name: 'ada-2.json', file: file('ada-2.json', adaAgain) },
      { name: 'The code', code: ben },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['taken', 'refused', 'taken']);
    expect(outcomes[1]!.problems[0]).toMatch(/already has a ballot in round 1 with other judgements/);
    expect(Object.keys(workshop.rounds[0]!.ballots).sort()).toEqual(['ada', 'ben']);
    expect(workshop.rounds[0]!.ballots.ada).toEqual(direct({ safety: 3, cost: 1 }));
  });

  it('says so, and changes nothing, for a ballot already in', async () => {
    const ada = serialiseBallot(makeBallot(collecting, 'ada', direct({ safety: 3, cost: 1 })));
    const once = await importBallots(collecting, scenario, [{ name: 'ada.json', file: file('ada.json', ada) }]);
    const twice = await importBallots(once.workshop, scenario, [{ name: 'ada.json', file: file('ada.json', ada) }]);
    expect(twice.outcomes[0]!.status).toBe('unchanged');
    expect(twice.workshop).toBe(once.workshop);
  });

  it('refuses, before reading, a file far larger than a ballot and a code longer than any ballot', async () => {
    const huge = new File([new Uint8Array(BALLOT_FILE_BYTES + 1)], 'video.json');
    const { workshop, outcomes } = await importBallots(collecting, scenario, [
      { name: 'video.json', file: huge },
      { name: 'The code', code: 'A'.repeat(BALLOT_CODE_CHARACTERS + 1) },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['refused', 'refused']);
    expect(outcomes[0]!.problems[0]).toMatch(/a ballot file is at most/);
    expect(outcomes[1]!.problems[0]).toMatch(/a ballot code has at most/);
    expect(workshop).toBe(collecting);
  });

  it('refuses a damaged file and a file that is not text, with why', async () => {
    const { outcomes } = await importBallots(collecting, scenario, [
      { name: 'cut.json', file: file('cut.json', '{"format": "policy-options.ballot", "vers') },
      { name: 'photo.json', file: new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'photo.json') },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['refused', 'refused']);
    expect(outcomes[0]!.message).toBe('cut.json was not taken in; nothing changed.');
    expect(outcomes[1]!.problems[0]).toMatch(/not UTF-8 text/);
  });
});
