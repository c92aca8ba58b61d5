import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { loadEntry } from '../../src/ui/catalog/load-entry';
import { keys } from '../../src/ui/storage/keys';
import { read } from '../support/files';
import { wholeText } from './text-matchers';

const bundled = () => [loadEntry('bundled', 'two-options.yaml', read('tests/fixtures/valid/two-options.yaml'))];
const sessionInput = () => screen.getByLabelText('Open session file…') as HTMLInputElement;
const stored = () => window.localStorage.getItem(keys.session('bundled/harbour-closure'));

describe('session files', () => {
  it('opens a session saved by an older version: its weights and steps take over, and the user is told', async () => {
    const user = userEvent.setup();
    render(<App bundled={bundled()} storage={window.localStorage} />);
    await user.upload(sessionInput(), new File([read('tests/fixtures/sessions/v1-harbour.json')], 'harbour.json'));
    expect(screen.getByRole('status').textContent).toContain('Opened the session file harbour.json.');
    await user.click(screen.getByRole('tab', { name: 'Step through' }));
    expect(within(screen.getByRole('navigation', { name: 'Path so far' })).getByText(wholeText('Assumed: Severe'))).toBeTruthy();
    expect(JSON.parse(stored()!)).toMatchObject({ version: 4, weighting: { direct: { safety: 5, cost: 2 } } });
  });

  it('refuses a damaged session file with every problem, and changes nothing', async () => {
    const user = userEvent.setup();
    render(<App bundled={bundled()} storage={window.localStorage} />);
    await user.click(screen.getByRole('tab', { name: 'Step through' }));
    await user.click(screen.getByRole('button', { name: /Close now/ }));
    const before = stored();
    const damaged = read('tests/fixtures/sessions/v1-harbour.json').replace('"safety": 5', '"safety": -5').replace('"choice": "now"', '"choice": "Now!"');
    await user.upload(sessionInput(), new File([damaged], 'damaged.json'));
    const alert = screen.getByRole('alert', { name: 'damaged.json could not be opened' });
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'weighting.direct.safety: a weight must be zero or more',
      'progress.close[0].choice: must be a short id of lower-case letters, digits, "-" or "_", starting with a letter or digit',
    ]);
    expect(alert.textContent).toContain('Nothing was changed');
    expect(stored()).toBe(before);
    expect(within(screen.getByRole('navigation', { name: 'Path so far' })).getByText(wholeText('Decided: Close now'))).toBeTruthy();
  });

  it('refuses a session of another scenario, and a file that is not a session', async () => {
    // The file dialog can be switched to "All files", so the accept filter is no guarantee.
    const user = userEvent.setup({ applyAccept: false });
    render(<App bundled={bundled()} storage={window.localStorage} />);
    const other = read('tests/fixtures/sessions/v1-harbour.json').replace('"id": "harbour-closure"', '"id": "drill"');
    await user.upload(sessionInput(), new File([other], 'other.json'));
    expect(screen.getByRole('alert', { name: 'other.json could not be opened' }).textContent).toContain('this session belongs to scenario "drill", not "harbour-closure"');
    await user.upload(sessionInput(), new File([new Uint8Array([0xff, 0xd8, 0xff, 0x00])], 'photo.jpg'));
    expect(screen.getByRole('alert', { name: 'photo.jpg could not be opened' }).textContent).toContain('the file is not UTF-8 text, so it is not a session file');
  });
});
