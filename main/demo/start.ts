import type { Dispatch } from '../handlers/dispatch';
import type { AsyncDispatch } from '../worker/worker-core';

/**
 * `--demo` at start-up (`npm start -- --demo`): loads the demo shop through `demo:load`, or stops
 * start-up with its refusal (a database that is not empty), so the clerk is never shown a shop that
 * silently did not load.
 */
export async function loadDemoAtStart(dispatch: Dispatch | AsyncDispatch): Promise<string> {
  const result = await dispatch('demo:load', {});
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { summary: string }).summary;
}
