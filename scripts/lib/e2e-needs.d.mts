export const CHROMIUM_CANDIDATES: readonly string[];
export const POPPLER_TOOLS: readonly string[];
export const INSTALL_LINE: string;
type Exists = (path: string) => boolean;
export function findTestChromium(env?: NodeJS.ProcessEnv, exists?: Exists): { path: string; problem?: undefined } | { path?: undefined; problem: string };
export function missingForEndToEnd(env?: NodeJS.ProcessEnv, exists?: Exists): string[];
export function endToEndNeedsMessage(missing: readonly string[]): string;
