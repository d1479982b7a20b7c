import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every text colour of the design tokens reads at 4.5:1 or better on the surfaces it is used on
// (WCAG AA for body text), in the light and the dark theme.
const css = readFileSync(new URL('../../renderer/styles/tokens.css', import.meta.url), 'utf8');
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}
const light = tokens(css.slice(0, darkStart));
const dark = { ...light, ...tokens(css.slice(darkStart)) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

// [text, background] pairs as the stylesheets use them.
const PAIRS: [string, string][] = [
  ['text', 'bg'], ['text', 'surface'], ['text', 'surface-2'], ['text', 'selected'],
  ['muted', 'bg'], ['muted', 'surface'], ['muted', 'surface-2'],
  ['accent', 'surface'], ['accent', 'accent-soft'], ['accent-text', 'accent'],
  ['full', 'full-soft'], ['partial', 'partial-soft'], ['none', 'none-soft'], ['held', 'held-soft'], ['neutral', 'neutral-soft'],
  ['none', 'surface'], ['partial', 'surface'], ['full', 'surface'],
  ['sidebar-text', 'sidebar'], ['sidebar-text', 'sidebar-active'],
];

describe('design tokens', () => {
  for (const [name, theme] of [['light', light], ['dark', dark]] as const) {
    it(`every text colour reads at 4.5:1 or better in the ${name} theme`, () => {
      const low = PAIRS.map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: Math.round(contrast(theme[fg]!, theme[bg]!) * 100) / 100 })).filter((p) => !(p.ratio >= 4.5));
      expect(low).toEqual([]);
    });
  }
});
