// Issue 9: every channel fed malformed inputs built from its own zod schema (wrong types, missing
// and extra fields, huge strings and numbers, zero, negative and fractional quantities, nested
// junk) answers with a refusal a clerk can read and changes nothing. An internal error fails the
// test: the harness turns one into a thrown Error, never a refusal.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channelNames, contract, type Channel } from '../../shared/contract';
import { DomainError } from '../../shared/errors';
import { createHarness, snapshot, type Harness } from '../helpers/harness';
import { bins, items, order, receive, run } from '../helpers/scenario';

/** Values no field of the contract should take whole: each replaces one field at a time. */
const JUNK: unknown[] = [
  undefined,
  null,
  true,
  0,
  -1,
  1.5,
  2 ** 53 + 2,
  1e300,
  '',
  '   ',
  'x'.repeat(70_000),
  'ÉCROU-8\u0000',
  [],
  [null],
  [{}],
  [{ sku: 'TR-GR', qty: -1, bin: 'A-01', extra: { deep: [1] } }],
  {},
  { nested: { junk: [[{}]] } },
];

/** Whole inputs that are wrong whatever the channel. */
const WHOLE_JUNK: unknown[] = [null, 42, 'orders', [], [{}], { unknownField: 1 }];

/** The field names a channel's input has: an object's keys, or those of a union's object forms. */
function fieldsOf(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodUnion) return [...new Set((schema.options as z.ZodType[]).flatMap(fieldsOf))];
  return [];
}

function malformedInputs(schema: z.ZodType): unknown[] {
  const fields = fieldsOf(schema);
  return [...WHOLE_JUNK, ...fields.flatMap((field) => JUNK.map((value) => ({ [field]: value }))), Object.fromEntries(fields.map((f) => [f, 'x'.repeat(5_000)]))];
}

const CODES = ['invalid', 'refused', 'not_found', 'conflict', 'busy'];

let h: Harness;
beforeAll(() => {
  h = createHarness();
  items(h, 'TR-GR', 'BRG-1');
  bins(h, 'A-01');
  receive(h, 'TR-GR', 'A-01', 3);
  order(h, '1040', [['TR-GR', 5], ['BRG-1', 1]]);
  run(h, '1040');
});

/** The call's refusal, or undefined when it was accepted; an internal error is thrown on. */
function refusalOf(channel: Channel, input: unknown): DomainError | undefined {
  try {
    h.call(channel, input as never);
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

describe.each(channelNames)('%s', (channel) => {
  it('refuses every malformed input in words a clerk reads, and changes nothing', () => {
    const schema = contract[channel].input as z.ZodType;
    for (const input of malformedInputs(schema)) {
      const before = snapshot(h.db);
      const refusal = refusalOf(channel, input);
      const shown = JSON.stringify(input)?.slice(0, 120);
      // The dispatcher reads no input at all as `{}` (a call without arguments).
      if (schema.safeParse(input ?? {}).success) {
        // Well formed after all (a query whose fields all have defaults): whatever it answers, a refusal is a known one.
        if (refusal) expect(CODES, shown).toContain(refusal.code);
        if (refusal || !contract[channel].mutates) expect(snapshot(h.db), shown).toEqual(before);
        continue;
      }
      expect(refusal?.code, shown).toBe('invalid');
      expect(refusal!.message, shown).not.toMatch(/[a-z]\.\d|Invalid input|expected|received|undefined|NaN/i);
      expect(refusal!.message.length, shown).toBeLessThan(300);
      expect(snapshot(h.db), shown).toEqual(before);
    }
  });
});
