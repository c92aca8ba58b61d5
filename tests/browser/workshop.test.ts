import { readFileSync } from 'node:fs';
import axe from 'axe-core';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioContentHash } from '../../src/domain/scenario';
import { acceptBallot, advanceFlow, createWorkshop, makeBallot, serialiseWorkshop, withParticipant, type PhaseEvent, type Workshop } from '../../src/domain/workshop';
import { loadValid } from '../support/files';
import { weakRings } from './focus-rings';
import { baseUrl, shots, useChromium } from './harness';
import { overflow, stickingOut } from './layout';
import { watch } from './watch';

/**
 * Issue 14 end to end: a four-participant, two-round workshop from an empty
 * start. Two participants' judgements are entered on the facilitator's
 * screen; two come from their own "devices" (browser contexts of their own,
 * which share nothing with the facilitator's), one as a ballot file and one
 * as a code. Then the reveal, aggregation, a second round, presentation mode,
 * the memo, and a reload that finds everything still there.
 */
const browser = useChromium();

const PEOPLE = [
  { name: 'Alice Analyst', role: 'Desk officer', organisation: 'State NEA' },
  { name: 'Bram Planner', role: 'Planner', organisation: 'Joint Staff J5' },
  { name: 'Chen Counsel', role: 'Counsel', organisation: 'DoD OGC' },
  { name: 'Dana Director', role: 'Director', organisation: 'NSC Iraq' },
];

async function openWorkshopTab(page: Page) {
  await page.getByRole('tab', { name: 'Workshop' }).click();
}

/** Weights typed into the participant view's direct weights, committed as typed. */
async function setWeights(page: Page, weights: Record<string, string>) {
  for (const [id, value] of Object.entries(weights)) await page.locator(`#ballot-weight-${id}`).fill(value);
}

async function enterOnScreen(page: Page, who: string, weights: Record<string, string>) {
  await page.getByRole('button', { name: new RegExp(`^(Enter|Change) judgements of ${who}$`) }).click();
  await expect.poll(() => page.getByRole('heading', { level: 2, name: new RegExp(`judgements of ${who}`) }).count()).toBe(1);
  await setWeights(page, weights);
  await page.getByRole('button', { name: 'Put into the workshop on this screen' }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'are in round' }).count()).toBe(1);
  await page.getByRole('button', { name: 'Back to the workshop' }).click();
}

async function download(page: Page, button: string | RegExp): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** A participant's own device: a fresh browser context opens the workshop file and makes a ballot. */
async function device(context: BrowserContext, workshopFile: string) {
  const page = await context.newPage();
  await page.goto(baseUrl);
  await openWorkshopTab(page);
  await page.locator('.workshop-tab input[type=file]').setInputFiles(workshopFile);
  return page;
}

describe('a workshop in the app', () => {
  it('runs four participants through two rounds, with ballots from two devices, to the memo, and survives a reload', { timeout: 180_000 }, async () => {
    const facilitator = await browser().newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await facilitator.newPage();
    const seen = watch(page, baseUrl);
    await page.goto(baseUrl);
    await openWorkshopTab(page);

    // Set-up.
    await page.getByLabel('Title').fill('Response to the Kadhimi strike');
    await page.getByLabel('Facilitator (optional)').fill('K. Moreau');
    await page.getByRole('button', { name: 'Set up the workshop' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Response to the Kadhimi strike' }).count()).toBe(1);
    // Starting with nobody is refused, with why.
    expect(await page.getByRole('button', { name: 'Start collecting ballots' }).isDisabled()).toBe(true);
    expect(await page.locator('.phase-bar').innerText()).toContain('add at least one participant');
    // A nameless participant is refused at the field.
    await page.getByRole('button', { name: 'Add participant' }).click();
    await expect.poll(() => page.locator('#participant-name-error').innerText()).toContain('must not be empty');
    for (const person of PEOPLE) {
      await page.getByLabel('Name', { exact: true }).fill(person.name);
      await page.getByLabel('Role (optional)').fill(person.role);
      await page.getByLabel('Organisation (optional)').fill(person.organisation);
      await page.getByRole('button', { name: 'Add participant' }).click();
    }
    await expect.poll(() => page.locator('table.participants tbody tr').count()).toBe(4);
    await page.screenshot({ path: join(shots, 'workshop-setup.png'), fullPage: true });
    await page.getByRole('button', { name: 'Start collecting ballots' }).click();
    await expect.poll(() => page.locator('.phase').innerText()).toContain('Round 1: collecting ballots, 0 of 4 ballots in');

    // Round 1: two on the facilitator's screen.
    await enterOnScreen(page, 'Alice Analyst', { deterrence: '60', 'escalation-risk': '10' });
    await enterOnScreen(page, 'Bram Planner', { deterrence: '10', 'escalation-risk': '60', 'personnel-risk': '40' });
    await expect.poll(() => page.locator('.phase').innerText()).toContain('2 of 4 ballots in');

    // The workshop file goes to the participants' devices.
    const workshopFile = await download(page, 'Download workshop file');
    expect(workshopFile.name).toMatch(/^iraq-pm-drone-strike-2021-workshop-\d{4}-\d{2}-\d{2}\.json$/);
    const workshopPath = join(shots, 'workshop-round-1.json');
    (await import('node:fs')).writeFileSync(workshopPath, workshopFile.text);

    // Device one: Chen, as a ballot file.
    const deviceOne = await browser().newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
    const chen = await device(deviceOne, workshopPath);
    await chen.getByRole('button', { name: 'Enter judgements of Chen Counsel' }).click();
    await setWeights(chen, { 'legal-basis': '80', 'civilian-harm': '70' });
    expect(await overflow(chen)).toBeLessThanOrEqual(0);
    await chen.screenshot({ path: join(shots, 'workshop-ballot-phone.png') });
    const chenBallot = await download(chen, 'Download ballot file');
    expect(chenBallot.name).toMatch(/ballot-round-1-p3\.json$/);
    const chenPath = join(shots, 'workshop-ballot-chen.json');
    (await import('node:fs')).writeFileSync(chenPath, chenBallot.text);

    // Device two: Dana, as a code read out.
    const deviceTwo = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const dana = await device(deviceTwo, workshopPath);
    await dana.getByRole('button', { name: 'Enter judgements of Dana Director' }).click();
    await setWeights(dana, { 'us-presence': '70', 'partner-support': '50' });
    await dana.getByRole('button', { name: 'Show ballot code' }).click();
    const code = await dana.locator('#ballot-code-out').inputValue();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);

    // The facilitator takes both in; a damaged code and a second copy change nothing.
    await page.locator('input[type=file][multiple]').setInputFiles(chenPath);
    await expect.poll(() => page.locator('.import-outcomes').innerText()).toContain("Chen Counsel's ballot for round 1 is in");
    const damaged = code.slice(0, 6) + (code[6] === 'A' ? 'B' : 'A') + code.slice(7);
    await page.getByLabel('Or type or paste a ballot code').fill(damaged);
    await page.getByRole('button', { name: 'Take in the code' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'was not taken in' }).count()).toBe(1);
    expect(await page.locator('.phase').innerText()).toContain('3 of 4 ballots in');
    await page.getByLabel('Or type or paste a ballot code').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Take in the code' }).click();
    await expect.poll(() => page.locator('.import-outcomes').innerText()).toContain("Dana Director's ballot for round 1 is in");
    await page.locator('input[type=file][multiple]').setInputFiles(chenPath);
    await expect.poll(() => page.locator('.import-outcomes').innerText()).toContain('already in, the same; nothing changed');
    expect(await page.locator('.phase').innerText()).toContain('4 of 4 ballots in');

    // Reveal: the spread, the heatmap, each participant's leader, and W.
    await page.getByRole('button', { name: 'Reveal round 1' }).click();
    const results = page.locator('.round-results');
    await expect.poll(() => results.innerText()).toContain("Kendall's W =");
    expect(await results.locator('table.heatmap thead th').allInnerTexts()).toEqual(['Criterion', 'Group', 'Min', 'Max', 'SD', ...PEOPLE.map((p) => p.name)]);
    expect(await results.innerText()).toContain('In force: mean of normalised weights, over 4 ballots');
    await page.screenshot({ path: join(shots, 'workshop-reveal.png'), fullPage: true });

    // Anonymous mode hides every name in the results.
    await page.getByRole('checkbox', { name: /Anonymous/ }).check();
    const anonymous = await results.innerText();
    for (const person of PEOPLE) expect(anonymous).not.toContain(person.name);
    expect(anonymous).toContain('Participant 3');
    await page.getByRole('checkbox', { name: /Anonymous/ }).uncheck();

    // Round 2: a stale ballot from round 1 is refused; new judgements move.
    await page.getByRole('button', { name: 'Open the discussion' }).click();
    await page.getByRole('button', { name: 'Open round 2' }).click();
    await page.locator('input[type=file][multiple]').setInputFiles(chenPath);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'for round 1, which is over' }).count()).toBe(1);
    await enterOnScreen(page, 'Alice Analyst', { deterrence: '40', 'escalation-risk': '30' });
    await enterOnScreen(page, 'Bram Planner', { deterrence: '20', 'escalation-risk': '50' });
    await enterOnScreen(page, 'Chen Counsel', { 'legal-basis': '60' });
    await enterOnScreen(page, 'Dana Director', { 'us-presence': '50' });
    await page.getByRole('button', { name: 'Reveal round 2' }).click();
    await expect.poll(() => results.innerText()).toContain('Movement since round 1');
    // Alice's deterrence weight moved down, shown as signed points.
    expect(await results.locator('table.movement').innerText()).toMatch(/Deterrence of further attacks\s+−\d/);

    // The median instead of the mean; then the group's weights go into the analysis.
    await page.getByLabel('Group weights by').selectOption('median');
    await expect.poll(() => results.innerText()).toContain('In force: median of normalised weights');
    await page.getByRole('button', { name: "Use the group's weights in the analysis and the memo" }).click();

    // Presentation mode: one thing at a time, driven by keys.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Present' }).click();
    const show = page.getByRole('dialog', { name: /^Presentation/ });
    await expect.poll(() => show.count()).toBe(1);
    expect(await show.locator('h2').innerText()).toBe("Support Iraq's own investigation and prosecution");
    await page.keyboard.press('?');
    await expect.poll(() => page.getByRole('dialog', { name: 'Keys' }).count()).toBe(1);
    await page.screenshot({ path: join(shots, 'workshop-present-keys.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'Keys' }).count()).toBe(0);
    await page.keyboard.press('r');
    await expect.poll(() => show.locator('h2').innerText()).toBe('The ranking');
    expect(await show.innerText()).toContain('Group weights of round 2: median of normalised weights');
    await page.screenshot({ path: join(shots, 'workshop-present-ranking.png') });
    await page.keyboard.press('s');
    await expect.poll(() => show.locator('h2').innerText()).toBe('How far the weights spread, round 2');
    await page.screenshot({ path: join(shots, 'workshop-present-spread.png') });
    await page.keyboard.press('d');
    await expect.poll(() => show.locator('h2').innerText()).toBe('Who differs, round 2');
    await page.keyboard.press('Escape');
    await expect.poll(() => show.count()).toBe(0);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('button', { name: 'Record that the group has decided' }).click();
    await expect.poll(() => page.locator('.phase').innerText()).toContain('Decided after 2 revealed rounds');

    // The memo says what the workshop thought: who took part, the aggregation, W per round, the dissent, the movement.
    await page.getByRole('tab', { name: 'Memo' }).click();
    const preview = page.frameLocator('iframe.memo-preview');
    await expect.poll(() => preview.locator('body').innerText(), { timeout: 20_000 }).toContain('The workshop');
    const memo = await preview.locator('body').innerText();
    for (const person of PEOPLE) expect(memo).toContain(person.name);
    expect(memo).toMatch(/median/i);
    expect(memo).toMatch(/W = \d\.\d\d, from 4 participants ranking 9 options/);
    expect(memo).toContain('Movement between rounds');
    const markdown = await download(page, /Download Markdown/);
    expect(markdown.text).toContain('Response to the Kadhimi strike');
    await page.getByRole('tab', { name: 'Workshop' }).click();

    // Reload: everything is still there.
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Response to the Kadhimi strike' }).count()).toBe(1);
    expect(await page.locator('.phase').innerText()).toContain('Decided after 2 revealed rounds');
    expect(await page.locator('.round-results').innerText()).toContain('Movement since round 1');
    expect(await page.locator('.round-results').innerText()).toContain('In force: median of normalised weights');

    expect(seen.outside).toEqual([]);
    expect(seen.errors).toEqual([]);
    await Promise.all([facilitator.close(), deviceOne.close(), deviceTwo.close()]);
  });
});

const scenario = loadValid('scenarios/iraq-pm-drone-strike-2021.yaml');
// Right-to-left letters and a long unbroken word; control characters are refused where names are typed (checked below).
const hostileName = 'مشارك ' + 'x'.repeat(180);

/** A revealed round on the bundled scenario, with a participant whose name tries to reverse the page, built with the domain's own functions. */
function revealedWorkshop(): Workshop {
  let w = createWorkshop(scenario, { id: 'ws-room', title: 'Room check', date: '2026-12-01', facilitator: '' }, new Date(), scenarioContentHash(scenario));
  const names = ['Alice Analyst', 'Bram Planner', hostileName];
  names.forEach((name, i) => (w = withParticipant(w, { id: `p${i + 1}`, name, role: '', organisation: '' })));
  const step = (type: PhaseEvent['type']) => {
    const moved = advanceFlow(w, { type } as PhaseEvent);
    if (!moved.ok) throw new Error(moved.problems.join('; '));
    w = moved.workshop;
  };
  step('START');
  const weights: Array<Record<string, number>> = [{ deterrence: 60 }, { 'escalation-risk': 60 }, { 'legal-basis': 60 }];
  weights.forEach((extra, i) => {
    const direct = Object.fromEntries(scenario.criteria.map((c) => [c.id, c.weight]));
    const taken = acceptBallot(w, scenario, makeBallot(w, `p${i + 1}`, { weighting: { active: 'direct', direct: { ...direct, ...extra } }, scores: [], probabilities: [] }));
    if (!taken.ok) throw new Error(taken.problems.join('; '));
    w = taken.workshop;
  });
  step('REVEAL');
  return w;
}

describe('the workshop in the room', () => {
  it('has no axe-core violations and strong focus rings in set-up, the results, a participant view and presentation mode, and fits a phone', { timeout: 120_000 }, async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
    const page = await context.newPage();
    const seen = watch(page, baseUrl);
    await page.goto(baseUrl);
    await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), ['policy-options/workshop/bundled/' + scenario.id, serialiseWorkshop(revealedWorkshop())]);
    await page.reload();
    await page.addScriptTag({ content: axe.source });
    const violations = async (where: string) => {
      const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run());
      return result.violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
    };
    await openWorkshopTab(page);
    await expect.poll(() => page.locator('.round-results').count()).toBe(1);
    expect(await page.locator('.round-results').innerText()).toContain('مشارك');
    expect(await violations('results')).toEqual([]);
    const rings = await weakRings(page);
    expect(rings.weak).toEqual([]);
    await page.screenshot({ path: join(shots, 'workshop-results-projector.png') });

    await page.getByRole('checkbox', { name: /Anonymous/ }).check();
    expect(await page.locator('.round-results').innerText()).not.toContain('مشارك');
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: /^Presentation/ }).count()).toBe(1);
    expect(await violations('presentation')).toEqual([]);
    await page.keyboard.press('d');
    expect(await page.getByRole('dialog', { name: /^Presentation/ }).innerText()).not.toContain('مشارك');
    await page.keyboard.press('Escape');

    // A name with a direction override is refused where it is typed, and nothing is added.
    await page.getByLabel('Name', { exact: true }).fill('Eve \u202Eevil');
    await page.getByRole('button', { name: 'Add participant' }).click();
    await expect.poll(() => page.locator('#participant-name-error').innerText()).toContain('U+202E at character 5');
    expect(await page.locator('table.participants tbody tr').count()).toBe(3);

    await page.getByRole('button', { name: 'Open the discussion' }).click();
    await page.getByRole('button', { name: 'Open round 2' }).click();
    await page.getByRole('button', { name: 'Enter judgements of Participant 3' }).click();
    expect(await violations('participant view')).toEqual([]);
    // A participant view shows that participant's inputs and nothing of the others'.
    expect(await page.locator('main').innerText()).not.toContain('Alice Analyst');

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await stickingOut(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Back to the workshop' }).click();
    expect(await stickingOut(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, 'workshop-phone.png'), fullPage: true });
    expect(seen.outside).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
