import { endToEndNeedsMessage, findTestChromium } from '../../scripts/lib/e2e-needs.mjs';

/**
 * The Chromium Playwright drives: CHROMIUM_PATH, else Debian's. Playwright's own browser download
 * cannot work offline, so a missing browser is a setup error that says what to install (`npm test`
 * checks this before it starts Playwright; this covers `npx playwright test` run on its own).
 */
export function chromiumPath(): string {
  const found = findTestChromium();
  if (found.problem !== undefined) throw new Error(endToEndNeedsMessage([found.problem]));
  return found.path;
}
