import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, newPage } from './browser';
import { waitForServiceWorker } from './flows';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

// Three multiple-choice questions of the derived Emesa deck: [prompt start, right, wrong].
const QUESTIONS = [
  ['From which place was the siege of Emesa in 638 laid', 'Jazira', 'Medina'],
  ['Who commanded the forces of the Byzantine Empire', 'Heraclius', 'Khalid ibn al-Walid'],
  ['Who fills the blank? Between the end of 639', 'Iyad', 'Umar'],
] as const;

/** Answers every question: the right answer when `right` says so, a wrong one otherwise. */
async function answerAll(page: Page, right: (prompt: string) => boolean) {
  for (let i = 0; i < QUESTIONS.length; i++) {
    const prompt = (await page.locator('.card-prompt').textContent()) ?? '';
    const question = QUESTIONS.find(([start]) => prompt.startsWith(start));
    if (!question) throw new Error(`unexpected question: ${prompt}`);
    await page.getByRole('radio', { name: right(prompt) ? question[1] : question[2], exact: true }).check();
    if (i < QUESTIONS.length - 1) await page.getByRole('button', { name: 'Next' }).click();
  }
}

/** How many answers the running attempt holds in IndexedDB (each is written as it is given). */
function savedAnswerCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('muster');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result
            .transaction('assignmentAttempts')
            .objectStore('assignmentAttempts')
            .getAll();
          request.onsuccess = () => {
            const [attempt] = request.result as { answers: Record<string, unknown> }[];
            resolve(Object.keys(attempt?.answers ?? {}).length);
            open.result.close();
          };
        };
      }),
  );
}

async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

test('teacher assigns by link, two students submit (one late), the gradebook re-grades both', async () => {
  // Teacher: three multiple-choice questions about numbers and places, picked by hand.
  const teacher = await newPage(browser);
  await teacher.page.goto('/');
  await teacher.page.getByRole('link', { name: 'Quizzes' }).click();
  await teacher.page.getByRole('link', { name: 'New assignment' }).click();
  await teacher.page.getByLabel('Title').fill('Emesa check');
  await teacher.page.getByLabel('Class').fill('9B');
  await teacher.page.getByLabel('Teacher').fill('Ms Hale');
  await teacher.page.getByLabel('Pick questions one by one').check();
  for (const [start] of QUESTIONS) {
    // The pick list names each question by its prompt, then its topic and type.
    await teacher.page.getByRole('checkbox', { name: start }).check();
  }
  await teacher.page.getByLabel('Attempts allowed').fill('2');
  const tomorrow = await teacher.page.evaluate(() => {
    const d = new Date(Date.now() + 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  });
  await teacher.page.getByLabel('Due (empty: none)').fill(tomorrow);
  await teacher.page.getByRole('button', { name: 'Create assignment' }).click();
  const link = await teacher.page.getByLabel('Link', { exact: true }).inputValue();
  // The bundled deck is in every copy of the app: the link names the questions (version 2).
  expect(link).toMatch(/\/a#muster\.a2\./);
  expect(link.length).toBeLessThan(700);
  await teacher.page.screenshot({ path: 'test-results/assignment-share.png', fullPage: true });
  expect(await teacher.page.getByRole('img', { name: /QR code of the link/ }).count()).toBe(1);
  const gift = await downloadText(teacher.page, 'Download Moodle GIFT');
  expect(gift.text.match(/^::Q\d/gm)).toHaveLength(3);
  const qti = await downloadText(teacher.page, 'Download QTI 2.1 package (.zip)');
  expect(qti.name).toBe('emesa-check.qti21.zip');
  expect(qti.text.startsWith('PK')).toBe(true);
  // On paper: the questions and the answer key, none of the screen's controls.
  await teacher.page.emulateMedia({ media: 'print' });
  expect(await teacher.page.getByRole('heading', { name: 'Answer key: Emesa check' }).isVisible()).toBe(true);
  expect(await teacher.page.getByRole('button', { name: 'Gradebook' }).isVisible()).toBe(false);
  await teacher.page.screenshot({ path: 'test-results/assignment-print.png', fullPage: true });
  await teacher.page.emulateMedia({ media: 'screen' });

  // Student 1 has opened Muster once before; now offline, they open the link in their own
  // browser profile (the assignment is in the link) and get everything right.
  const ana = await newPage(browser);
  await ana.page.goto('/');
  await waitForServiceWorker(ana.page);
  await ana.context.setOffline(true);
  await ana.page.goto(link);
  await ana.page.getByRole('heading', { name: 'Emesa check' }).waitFor();
  await ana.page.getByLabel('Your name').fill('Ana');
  await ana.page.getByRole('button', { name: 'Start' }).click();
  // Answer every question, reload: the attempt resumes with the answers kept.
  const firstPrompt = (await ana.page.locator('.card-prompt').textContent()) ?? '';
  await answerAll(ana.page, () => true);
  await expect.poll(() => savedAnswerCount(ana.page)).toBe(3);
  await ana.page.reload();
  await ana.page.getByTestId('progress').waitFor();
  expect(await ana.page.getByTestId('progress').textContent()).toContain('of 3');
  expect(await ana.page.locator('.counts').textContent()).toContain('3 answered');
  expect(firstPrompt).not.toBe('');
  await ana.page.getByRole('button', { name: 'Submit' }).click();
  expect(await ana.page.getByTestId('score').textContent()).toContain('3 / 3');
  const anaFile = await downloadText(ana.page, 'Download result file');
  expect(anaFile.name).toBe('emesa-check.ana.result.json');

  // Student 2: the due date has passed on their clock (a week later), and gets one right.
  const ben = await newPage(browser);
  await ben.context.addInitScript(() => {
    // Every time the app reads comes from Date.now(): move this student's clock 30 days on.
    const realNow = Date.now.bind(Date);
    Date.now = () => realNow() + 30 * 86_400_000;
  });
  await ben.page.goto(link);
  await ben.page.getByLabel('Your name').fill('Ben');
  await ben.page.getByRole('button', { name: 'Start' }).click();
  await answerAll(ben.page, (prompt) => prompt.startsWith(QUESTIONS[1][0]));
  await ben.page.getByRole('button', { name: 'Submit' }).click();
  const benCode = await ben.page.getByLabel('Result code', { exact: true }).inputValue();
  expect(benCode).toMatch(/^muster\.r1\./);

  // Teacher imports Ana's file and Ben's code, and a damaged code that is refused.
  await teacher.page.getByRole('link', { name: 'Gradebook' }).click();
  await teacher.page.getByLabel('Drop result files here, or choose them').setInputFiles({
    name: anaFile.name,
    mimeType: 'application/json',
    buffer: Buffer.from(anaFile.text),
  });
  await teacher.page.getByText('Imported 1 result').waitFor();
  await teacher.page.getByLabel(/Or paste result codes/).fill(`${benCode}\n\n${benCode.slice(0, -3)}xyz`);
  await teacher.page.getByRole('button', { name: 'Import codes' }).click();
  await teacher.page.getByText(/Imported 1 result; 1 refused/).waitFor();
  expect(await teacher.page.getByRole('status').textContent()).toContain('damaged');

  const rows = teacher.page.getByRole('table', { name: 'Results' }).locator('tbody tr');
  expect(await rows.count()).toBe(2);
  // Score, then the attempt's time: a few seconds, shown as seconds (not "0 min").
  expect(await rows.nth(0).textContent()).toMatch(/^Ana13 \/ 3\d+ s✓/);
  expect(await rows.nth(1).textContent()).toMatch(/^Ben11 \/ 3\d+ slate/);

  // Item analysis: 2 students, groups of 1 (Ana top, Ben bottom).
  const items = teacher.page.getByRole('table', { name: 'Item analysis' }).locator('tbody tr');
  const byPrompt = async (text: string) => (await items.filter({ hasText: text }).textContent()) ?? '';
  expect(await byPrompt(QUESTIONS[1][0])).toMatch(/100 %0\.00—$/);
  expect(await byPrompt(QUESTIONS[0][0])).toMatch(/50 %1\.00Medina \(1\)$/);
  expect(await byPrompt(QUESTIONS[2][0])).toMatch(/50 %1\.00Umar \(1\)$/);
  await teacher.page.screenshot({ path: 'test-results/gradebook.png', fullPage: true });

  const csv = await downloadText(teacher.page, 'Download gradebook CSV');
  const lines = csv.text.trim().split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(
    /^Student,Attempt,Submitted \(UTC\),Late,Time \(minutes\),Score,Out of,Percent,Q1 /,
  );
  expect(lines[1]).toMatch(/^Ana,1,[^,]+,,[\d.]+,3,3,100,1,1,1$/);
  expect(lines[2]).toMatch(/^Ben,1,[^,]+,late,[\d.]+,1,3,33,/);

  for (const user of [teacher, ana, ben]) {
    expect(user.errors).toEqual([]);
    await user.context.close();
  }
});
