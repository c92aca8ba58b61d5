import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { scenarioContentHash } from '../../src/domain/scenario';
import { createSession } from '../../src/domain/session';
import { parseWorkshop, type Workshop } from '../../src/domain/workshop';
import { MemoTab } from '../../src/ui/views/memo/MemoTab';
import { loadValid, read } from '../support/files';

const downloads = vi.hoisted(() => vi.fn<(name: string, blob: Blob) => void>());
vi.mock('../../src/ui/download', async (original) => ({ ...(await original<typeof import('../../src/ui/download')>()), downloadBlob: downloads }));

/** Issue 14: the Memo tab puts the workshop it is given into its preview and its files. */
const scenario = loadValid('tests/fixtures/valid/two-options.yaml');
const parsed = parseWorkshop(read('tests/fixtures/workshops/v1-harbour.json'));
if (!parsed.ok) throw new Error(parsed.problems.join('; '));
const workshop = parsed.workshop;

function memoTab(with_?: Workshop) {
  const session = createSession(scenario, new Date(0));
  render(<MemoTab scenario={scenario} hash={scenarioContentHash(scenario)} session={session} onMemoChange={() => {}} date="2026-12-01" onDateChange={() => {}} onSaveSession={() => {}} {...(with_ ? { workshop: with_ } : {})} />);
  return screen.getByTitle<HTMLIFrameElement>('Memo preview');
}

/** What the preview's page says, as a reader sees it. */
const previewText = (frame: HTMLIFrameElement) => new DOMParser().parseFromString(frame.getAttribute('srcdoc')!, 'text/html').body.textContent!;

async function downloadedMarkdown(): Promise<string> {
  downloads.mockClear();
  await userEvent.setup().click(screen.getByRole('button', { name: 'Download Markdown' }));
  await waitFor(() => expect(downloads).toHaveBeenCalledOnce());
  return downloads.mock.lastCall![1].text();
}

describe('the Memo tab with a workshop', () => {
  it('previews and downloads the memo with the workshop section', async () => {
    expect(previewText(memoTab(workshop))).toContain('The workshop “Storm drill” was held on 2026-12-01');
    const md = await downloadedMarkdown();
    expect(md).toContain('## The workshop');
    expect(md).toContain('| Ana | Analyst | Port authority |');
  });

  it('names no participant when the workshop is anonymous', async () => {
    const text = previewText(memoTab({ ...workshop, anonymous: true }));
    expect(text).toContain("With Participant 1's weights, Close the harbour leads.");
    expect(text).not.toMatch(/\bAna\b|\bBen\b/);
    expect(await downloadedMarkdown()).not.toMatch(/\bAna\b|\bBen\b/);
  });

  it('makes the memo without one as before', async () => {
    expect(previewText(memoTab())).not.toContain('The workshop');
    expect(await downloadedMarkdown()).toContain('**FROM:** (not set)');
  });
});
