import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** The initial admin password the platform under test is started with. */
export const ADMIN_PASSWORD = 'Admin-Initial-1';

/** The password the login spec changes it to. */
export const NEW_ADMIN_PASSWORD = 'Chain-Board-2024';

const screenshotDir = path.join(import.meta.dirname, 'screenshots');

/** A screenshot (the whole page unless told otherwise) into e2e/screenshots/<name>.png, for people to look at. */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage });
}

/** True when nothing on the page is wider than the window (no sideways scrolling of the whole page). */
export function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}
