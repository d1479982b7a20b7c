import type { z } from 'zod';

/** One contract channel: the zod schema of its input and (as a type only) its output. */
export interface ChannelSpec<S extends z.ZodType = z.ZodType, O = unknown> {
  input: S;
  /** Present for typing only: the value is never read. */
  output: O;
  /** True when a successful call changes stored data (screens then refresh). */
  mutates: boolean;
}

export const query = <O>() => <S extends z.ZodType>(input: S): ChannelSpec<S, O> =>
  ({ input, output: undefined as O, mutates: false });

export const command = <O>() => <S extends z.ZodType>(input: S): ChannelSpec<S, O> =>
  ({ input, output: undefined as O, mutates: true });
