import { createHash } from 'node:crypto';
import type { Channel } from '../../shared/contract';
import { conflict, invalid } from '../../shared/errors';
import type { WriteDb } from './handles';

// A retry never posts twice: a command that carries a key stores its answer under that key, in the
// transaction of its change; the same key again returns that answer and runs nothing.

/** How long an answer is kept: a day is promised; twice that covers a retry across a weekend night. */
export const KEEP_ANSWERS_MS = 48 * 60 * 60 * 1000;

/** A key the renderer makes is a 32-digit hex string; other clients may send any short printable text. */
const KEY_SHAPE = /^[\x21-\x7e]{1,128}$/;

export function checkKey(key: string): void {
  if (!KEY_SHAPE.test(key)) throw invalid('Idempotency-Key', 'must be 1 to 128 printable characters without spaces');
}

/** What the call asked for: the channel and its parsed input (only the fields the schema knows). */
export const requestHash = (channel: Channel, input: unknown): string =>
  createHash('sha256').update(channel).update('\n').update(JSON.stringify(input) ?? '').digest('hex');

interface Stored {
  channel: string;
  request_hash: string;
  answer: string;
}

/**
 * The first answer given for `key`, if there was one. The same key for another channel or other
 * input is a different action wearing a used key: refused, rather than answered with the wrong thing.
 */
export function recall(db: WriteDb, key: string, channel: Channel, hash: string): { answer: unknown } | undefined {
  const row = db.prepare('SELECT channel, request_hash, answer FROM idempotency WHERE key = ?').get(key) as Stored | undefined;
  if (row === undefined) return undefined;
  if (row.channel !== channel || row.request_hash !== hash) {
    throw conflict(`idempotency key ${key} was already used for another request (${row.channel}); nothing was changed`, 'Idempotency-Key');
  }
  return { answer: JSON.parse(row.answer) as unknown };
}

export function remember(db: WriteDb, key: string, channel: Channel, hash: string, answer: unknown, at: string): void {
  db.prepare('INSERT INTO idempotency (key, channel, request_hash, answer, at) VALUES (?, ?, ?, ?, ?)').run(key, channel, hash, JSON.stringify(answer ?? null), at);
}

/** Forgets answers older than KEEP_ANSWERS_MS before `now`. */
export function pruneAnswers(db: WriteDb, now: string): number {
  const cutoff = new Date(Date.parse(now) - KEEP_ANSWERS_MS).toISOString();
  return db.prepare('DELETE FROM idempotency WHERE at < ?').run(cutoff).changes;
}
