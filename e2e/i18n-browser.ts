import { expect, type Browser, type Page } from '@playwright/test';

/** A fresh browser that asks for `locale` (Playwright sends it as Accept-Language), on `path`, ready. */
export async function open(browser: Browser, locale: string, path: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(path);
  await page.locator('[data-ready="true"]').first().waitFor();
  return page;
}

/** No message key may show through where a message is missing (next-intl shows the key). */
export async function expectNoRawKeys(page: Page) {
  await expect(page.locator('body')).not.toContainText(
    /\b(?:matrix|chaos|nav|lab|stream|faults|topbar|lanes|story|events|sides|tradePage|verdicts|quadrants|explore|claims|dashboard|apiPage)\.[a-z]\w*/,
  );
}
