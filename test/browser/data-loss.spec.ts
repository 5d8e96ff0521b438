import { expect, test, type Page } from '@playwright/test';
import { STEPS } from '../../src/domain/steps';
import { startNewDossier } from './helpers';

/**
 * The data-loss drill: type into every field of every step, close the page abruptly, reopen
 * it: every answer must be back.
 */
type Answers = Map<string, string | boolean>;

function valueFor(id: string, type: string): string {
  if (type === 'date') return '2027-03-15';
  if (type === 'email' || /email/i.test(id)) return `essai.${id.length}@exemple.fr`;
  if (type === 'tel' || /phone/i.test(id)) return '01 23 45 67 89';
  if (type === 'url' || /Url/.test(id)) return 'https://exemple.fr/deliberation.pdf';
  return `Réponse « ${id} » & <${id.length}>`;
}

/** Answers every visible field of the step, again and again while answering reveals new ones. */
async function answerEverything(page: Page): Promise<void> {
  const done = new Set<string>();
  for (let round = 0; round < 8; round++) {
    const fields = await page
      .locator('form.step-form :is(input, select, textarea):visible:not([disabled])')
      .evaluateAll((els) =>
        els
          .filter((el) => !el.closest('.preview'))
          .map((el) => ({ id: el.id, tag: el.tagName.toLowerCase(), type: (el as HTMLInputElement).type, name: (el as HTMLInputElement).name })),
      );
    const fresh = fields.filter((f) => f.id && !done.has(f.type === 'radio' ? `radio:${f.name}` : f.id));
    if (fresh.length === 0) return;
    for (const field of fresh) {
      const input = page.locator(`[id="${field.id}"]`);
      if (field.type === 'radio') {
        const group = page.locator(`input[type="radio"][name="${field.name}"]`);
        await group.last().check();
        done.add(`radio:${field.name}`);
        continue;
      }
      done.add(field.id);
      if (field.type === 'checkbox') await input.check();
      else if (field.tag === 'select') {
        const options = await input.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
        await input.selectOption(options.at(-1)!);
      } else await input.fill(valueFor(field.id, field.type));
    }
  }
}

async function readAnswers(page: Page): Promise<Answers> {
  const entries = await page.locator('form.step-form :is(input, select, textarea)').evaluateAll((els) =>
    els
      .filter((el) => el.id && !el.closest('.preview'))
      .map((el) => {
        const input = el as HTMLInputElement;
        return [
          input.type === 'radio' ? `${input.name}=${input.value}` : el.id,
          input.type === 'checkbox' || input.type === 'radio' ? input.checked : input.value,
        ] as const;
      }),
  );
  return new Map(entries);
}

test('every field of every step survives an abrupt close', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await startNewDossier(page);
  const stepUrl = (id: string) => page.url().replace(/\/[^/]+$/, `/${id}`);
  const typed = new Map<string, Answers>();
  let fieldCount = 0;

  for (const step of STEPS.filter((s) => s.section)) {
    await page.goto(stepUrl(step.id));
    await expect(page.getByRole('heading', { level: 1, name: step.title })).toBeVisible();
    await expect(page.locator('form.step-form input').first()).toBeVisible();
    await answerEverything(page);
    const answers = await readAnswers(page);
    typed.set(step.id, answers);
    fieldCount += answers.size;
  }
  const url = page.url();
  // No waiting, no unload handlers: the tab is simply gone.
  await page.close({ runBeforeUnload: false });

  const reopened = await context.newPage();
  for (const [stepId, answers] of typed) {
    await reopened.goto(url.replace(/\/[^/]+$/, `/${stepId}`));
    await expect(reopened.locator('form.step-form input').first()).toBeVisible();
    // A long step draws its last fields just after its first ones: wait until all are there.
    let found: Answers = new Map();
    await expect
      .poll(
        async () => {
          found = await readAnswers(reopened);
          return [...answers.keys()].filter((id) => !found.has(id));
        },
        { message: `${stepId}: every field drawn` },
      )
      .toEqual([]);
    for (const [id, value] of answers) expect(found.get(id), `${stepId} › ${id}`).toEqual(value);
  }
  expect(fieldCount).toBeGreaterThan(100);
  await context.close();
});
