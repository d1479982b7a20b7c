import type { APIRequestContext } from '@playwright/test';
import type { Channel, Input, Output } from '../../shared/contract';

/** Calls browser mode's contract as the page does (for setting up a scenario); throws on a refusal. */
export function contractClient(request: APIRequestContext, appUrl: string) {
  const url = new URL(appUrl);
  const token = url.searchParams.get('token')!;
  return async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const response = await request.post(`${url.origin}/api/${channel}`, { headers: { authorization: `Bearer ${token}` }, data: input });
    const answer = (await response.json()) as { ok: boolean; value: Output<C>; error?: { message: string } };
    if (!answer.ok) throw new Error(`${channel}: ${answer.error?.message}`);
    return answer.value;
  };
}
