import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const json = { 'content-type': 'application/json' };

test.use({ viewport: { width: 1280, height: 800 } });

// The pages are checked in each language. The language switch adds its second locale here, and
// `open` chooses it before the page is checked.
const locales = ['en', 'zh'] as const;
type Locale = (typeof locales)[number];

type Theme = 'light' | 'dark';

/** A page in a state with content: what it shows once the reader has used it, not only its empty form. */
interface PageCase {
  name: string;
  visit: (page: Page) => Promise<void>;
}

async function ready(page: Page, path: string) {
  await page.goto(path);
  await page.locator('[data-ready="true"]').first().waitFor();
}

async function runChaos(page: Page) {
  await ready(page, '/chaos');
  const form = page.getByRole('form', { name: 'Chaos run' });
  await form.getByLabel('Trades').fill('150');
  await form.getByLabel('Fault probability (%)').fill('10');
  await form.getByLabel('Seed').fill('7');
  await form.getByRole('button', { name: 'Start chaos run' }).click();
  await expect(page.getByRole('status')).toHaveText(/^150 trades in/, { timeout: 60_000 });
  await expect(page.locator('figure.chaos-timeline[data-drawn="true"] canvas')).toBeVisible();
}

const pages: PageCase[] = [
  {
    name: 'the dashboard, a trade selected',
    visit: async (page) => {
      await page.request.put('/api/faults/rpc.response_lost', { headers: json, data: { mode: 'once' } });
      const created = await page.request.post('/api/trades', { headers: json, data: { amount: '3.30' } });
      const { id } = (await created.json()) as { id: string };
      await ready(page, '/');
      await page.getByRole('button', { name: `Select trade ${id}` }).click();
      await expect(page.locator('tbody tr.selected')).toContainText(id);
      // The coordinator's settings, unfolded: checked with the rest.
      await page.getByText('Coordinator (V3)', { exact: true }).click();
      await expect(page.getByLabel('Phase-2 retry limit')).toBeVisible();
    },
  },
  {
    name: "a trade's page",
    visit: async (page) => {
      await page.request.put('/api/faults/rpc.response_lost', { headers: json, data: { mode: 'once' } });
      const created = await page.request.post('/api/trades', { headers: json, data: { amount: '4.40' } });
      const { id } = (await created.json()) as { id: string };
      await page.request.post('/api/recovery/run', { headers: json, data: { force: true } });
      await ready(page, `/trades/${id}`);
      await expect(page.locator('[data-broken="true"]')).toBeVisible();
    },
  },
  {
    name: 'the case matrix, run, a cell opened',
    visit: async (page) => {
      await ready(page, '/matrix');
      await page.getByRole('button', { name: 'Run every case' }).click();
      await expect(page.getByRole('status')).toHaveText(/^36 passed/, { timeout: 30_000 });
      await page.getByRole('button', { name: 'delete V2 case 3', exact: true }).click();
      await expect(page.getByRole('img', { name: /Sequence of trade t-\d+/ })).toBeVisible();
    },
  },
  { name: 'a chaos run, drawn', visit: runChaos },
  {
    name: 'an exploration, its findings shown',
    visit: async (page) => {
      // A small bound, from the address: one strategy, one fence, one sequence, one fault deep.
      await ready(page, '/explore?depth=1&strategy=v1&fence=on&sequence=create-confirm');
      await page.getByRole('button', { name: 'Run the exploration' }).click();
      await expect(page.getByRole('status')).toHaveText(/^19 schedules in/, { timeout: 30_000 });
      await expect(page.getByRole('article', { name: /V1: create case 3 is repaired by retry/ })).toBeVisible();
    },
  },
  {
    name: "the API's document",
    visit: async (page) => {
      await page.goto('/api');
      await expect(page.locator('.api-doc')).toHaveAttribute('data-ready', 'true');
    },
  },
];

test.beforeEach(async ({ request }) => {
  expect((await request.post('/api/reset', { headers: json, data: {} })).ok()).toBe(true);
});

/** Each language by the words on its button in the top bar's switch, and its `<html lang>`. */
const languages: Record<Locale, { button: string; lang: string }> = {
  en: { button: 'English', lang: 'en' },
  zh: { button: '中文', lang: 'zh-CN' },
};

async function open(page: Page, pageCase: PageCase, locale: Locale) {
  await pageCase.visit(page);
  if (locale === 'en') return;
  // Chosen with the switch once the visit is done: the page redraws in place, keeping what the visit left on it.
  await page.getByRole('button', { name: languages[locale].button, exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', languages[locale].lang);
  await expect(page.locator('.language-switch')).toHaveAttribute('aria-busy', 'false');
}

/** Axe's WCAG 2.1 A and AA rules; a serious or critical finding fails, printed one node a line. */
async function expectAccessible(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = grave.flatMap((v) => [
    `${v.impact} ${v.id}: ${v.help} (${v.helpUrl})`,
    ...v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.failureSummary?.replaceAll('\n', ' ') ?? ''}`),
  ]);
  // Soft: one run shows what every theme finds.
  expect.soft(report.join('\n'), `axe on ${label}`).toBe('');
  expect.soft((await faintSvgText(page)).join('\n'), `SVG text contrast on ${label}`).toBe('');
}

/**
 * Axe leaves SVG text out of its contrast rule, and the machine diagram and the lanes are SVG:
 * each text's fill against what it sits on (its box or circle, else the panel), WCAG AA's 4.5:1.
 */
function faintSvgText(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    // A theme's change is a 300 ms transition on the diagram's boxes: measure where it ends.
    await Promise.all(document.getAnimations().map((a) => a.finished));
    const channels = (color: string) =>
      color
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map(Number);
    const luminance = (color: string) => {
      const [r, g, b] = channels(color).map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const faint: string[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>('svg text')) {
      if (!text.textContent?.trim() || text.closest('.lane-future')) continue; // a replay's future rows are faded on purpose
      const box = text.parentElement?.querySelector(':scope > rect, :scope > circle');
      const boxFill = box && getComputedStyle(box).fill;
      const backing = boxFill?.startsWith('rgb') ? boxFill : getComputedStyle(text.closest('.panel') ?? document.body).backgroundColor;
      const fill = getComputedStyle(text).fill;
      const contrast = ratio(fill, backing);
      if (contrast < 4.5) faint.push(`"${text.textContent.trim()}": ${fill} on ${backing}, ${contrast.toFixed(2)}:1`);
    }
    return faint;
  });
}

/** The page's background as painted: proof that the theme asked for is the one checked. */
const paintedBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const backgrounds: Record<Theme, string> = { light: 'rgb(238, 241, 245)', dark: 'rgb(15, 19, 25)' };

/** The Theme menu in either language (主题 in Chinese), chosen by its value. */
async function chooseTheme(page: Page, choice: 'System' | 'Light' | 'Dark') {
  await page.getByRole('combobox', { name: /^(Theme|主题)$/ }).selectOption(choice.toLowerCase());
}

for (const locale of locales) {
  for (const pageCase of pages) {
    test(`${pageCase.name} (${locale}) has no serious accessibility violation in either theme, the system's or chosen`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await open(page, pageCase, locale);

      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        await expect.poll(() => paintedBackground(page)).toBe(backgrounds[theme]);
        await expectAccessible(page, `${pageCase.name}, system ${theme}`);
      }

      // A choice overrides the system, both ways.
      await chooseTheme(page, 'Light');
      await expect.poll(() => paintedBackground(page)).toBe(backgrounds.light);
      await expectAccessible(page, `${pageCase.name}, light chosen over a dark system`);
      await page.emulateMedia({ colorScheme: 'light' });
      await chooseTheme(page, 'Dark');
      await expect.poll(() => paintedBackground(page)).toBe(backgrounds.dark);
      await expectAccessible(page, `${pageCase.name}, dark chosen over a light system`);
    });
  }
}

test('a chosen theme is remembered, painted from the first frame, and System hands back to the system', async ({ page, context }) => {
  // A stored theme the server could not know of must not cost a hydration error.
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.emulateMedia({ colorScheme: 'light' });
  await ready(page, '/');
  await chooseTheme(page, 'Dark');
  expect(await page.evaluate(() => localStorage.getItem('lab-theme'))).toBe('dark');
  expect((await context.cookies()).find((c) => c.name === 'lab-theme')?.value).toBe('dark');

  // Before any of the page's scripts but the head's: the first paint is already dark.
  await page.goto('/matrix', { waitUntil: 'commit' });
  await page.locator('body').waitFor({ state: 'attached' });
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await page.locator('[data-ready="true"]').waitFor();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  expect(await paintedBackground(page)).toBe(backgrounds.dark);

  // The cookie alone is enough when storage is empty.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

  await chooseTheme(page, 'System');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  expect((await context.cookies()).find((c) => c.name === 'lab-theme')).toBeUndefined();
  expect(await paintedBackground(page)).toBe(backgrounds.light);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => paintedBackground(page)).toBe(backgrounds.dark);
  expect(errors).toEqual([]);
});

test('the chaos plot is drawn again in the theme chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await runChaos(page);
  const figure = page.locator('figure.chaos-timeline');
  const picture = () => figure.locator('canvas').evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());
  await expect(figure).toHaveAttribute('data-drawn-theme', 'light');
  const light = await picture();
  await chooseTheme(page, 'Dark');
  await expect(figure).toHaveAttribute('data-drawn-theme', 'dark');
  // The same run, the same size: only the colours can make the pictures differ.
  expect(await picture()).not.toBe(light);
  await chooseTheme(page, 'Light');
  await expect(figure).toHaveAttribute('data-drawn-theme', 'light');
  expect(await picture()).toBe(light);
});
