import type { Dispatch } from '../handlers/dispatch';

/**
 * `--demo` at start-up (`npm start -- --demo`): loads the demo shop through `demo:load`, or stops
 * start-up with its refusal (a database that is not empty), so the clerk is never shown a shop that
 * silently did not load.
 */
export function loadDemoAtStart(dispatch: Dispatch): string {
  const result = dispatch('demo:load', {});
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { summary: string }).summary;
}
