import type { z } from 'zod';

/**
 * What stored data a channel reads or changes, in the words the renderer's cache uses. A command
 * names what it touches; main's `data:changed` event carries that list, and every screen refetches
 * only the queries that read one of those topics.
 */
export const TOPICS = ['orders', 'documents', 'stock', 'items', 'settings'] as const;
export type Topic = (typeof TOPICS)[number];

/** One contract channel: the zod schema of its input and (as a type only) its output. */
export interface ChannelSpec<S extends z.ZodType = z.ZodType, O = unknown, M extends boolean = boolean> {
  input: S;
  /** Present for typing only: the value is never read. */
  output: O;
  /**
   * True when a successful call changes stored data (screens then refresh). Main runs such a channel
   * in a write transaction and every other in a read transaction; the literal type lets main's types
   * give a command's handler the write handle and a query's the read handle.
   */
  mutates: M;
  /** A query: the topics its answer is built from. A command: the topics it may change. */
  topics: readonly Topic[];
}

/** A channel that only reads: `query<Answer>('orders', 'stock')(InputSchema)`. */
export const query =
  <O>(...reads: Topic[]) =>
  <S extends z.ZodType>(input: S): ChannelSpec<S, O, false> => ({ input, output: undefined as O, mutates: false, topics: reads });

/** A channel that changes stored data: `command<Answer>('orders', 'documents')(InputSchema)`. */
export const command =
  <O>(...touches: Topic[]) =>
  <S extends z.ZodType>(input: S): ChannelSpec<S, O, true> => {
    if (touches.length === 0) throw new Error('contract: a command must name what it touches');
    return { input, output: undefined as O, mutates: true, topics: touches };
  };
