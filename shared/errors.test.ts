import { describe, expect, it } from 'vitest';
import { fieldWords, invalid, notFound, refused } from './errors';

describe('fields named as a clerk counts them', () => {
  it.each([
    ['qty', 'qty'],
    ['lines.0.qty', 'line 1: qty'],
    ['lines.11', 'line 12'],
    ['components.2.sku', 'component 3: sku'],
    ['line.sku', 'line sku'],
    ['lines.0.components.1.qty', 'line 1: component 2: qty'],
  ])('%s reads %s', (path, words) => {
    expect(fieldWords(path)).toBe(words);
  });

  it('keeps the machine path in field and issues, for forms, and the words in the message', () => {
    const error = invalid('lines.0.qty', 'must be a whole number above 0');
    expect(error.toContractError()).toEqual({
      code: 'invalid',
      field: 'lines.0.qty',
      message: 'line 1: qty must be a whole number above 0',
      issues: [{ field: 'lines.0.qty', message: 'line 1: qty must be a whole number above 0' }],
    });
  });

  it('says which line a refusal of one line of many is about, and keeps a request-level refusal as it is', () => {
    expect(notFound('Item NOPE', 'lines.1.sku').message).toBe('line 2: Item NOPE was not found');
    expect(refused('BRG-1 is inactive', 'lines.0.components.2.sku').message).toBe('line 1: component 3: BRG-1 is inactive');
    expect(notFound('Order 1042', 'orders.3').message).toBe('Order 1042 was not found');
    expect(refused('not enough stock', 'qty').message).toBe('not enough stock');
  });
});
