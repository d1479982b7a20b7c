import { describe, expect, it } from 'vitest';
import { naturalKey } from './bins';

const sorted = (codes: string[]) => [...codes].sort((a, b) => (naturalKey(a) < naturalKey(b) ? -1 : naturalKey(a) > naturalKey(b) ? 1 : 0));

describe('bin natural order', () => {
  it('orders numbers by value, leading zeros or not, however long', () => {
    expect(sorted(['A-10', 'A-2', 'A-01', 'B-10000000000', 'B-9999999999', 'a-3'])).toEqual(['A-01', 'A-2', 'a-3', 'A-10', 'B-9999999999', 'B-10000000000']);
    expect(sorted(['A-01-10-1', 'A-01-02-1', 'A-01-02-10', 'A-01-02-2'])).toEqual(['A-01-02-1', 'A-01-02-2', 'A-01-02-10', 'A-01-10-1']);
  });
});
