import { expect, type Page } from '@playwright/test';

/** What every screen has, and must never be wider than the window. */
const FRAME = ['.app', '.content', '.topbar', '.screen__main', '.screen__head', '.toolbar'];

/**
 * A screenshot taker for a spec: `shoot(page, name)` writes test-results/screenshots/<name>-light.png
 * and -dark.png (for a person to look at), and first fails if the frame or any of `extra` (the boxes
 * that spec's screens add: a dialog's body, a pager) sticks out sideways, i.e. is cut off.
 */
export const screenshots =
  (...extra: string[]) =>
  async (page: Page, name: string): Promise<void> => {
    const selector = [...FRAME, ...extra].join(', ');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const overflow = await page.evaluate(
        (boxes) =>
          [...document.querySelectorAll<HTMLElement>(boxes)]
            .filter((el) => el.scrollWidth > el.clientWidth + 1)
            .map((el) => `${el.className} ${el.scrollWidth}>${el.clientWidth}`),
        selector,
      );
      expect(overflow, `${name} (${scheme}) sticks out sideways`).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/${name}-${scheme}.png` });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  };
