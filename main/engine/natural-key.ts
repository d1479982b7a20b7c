/**
 * The natural sort key of a bin code: digit runs are zero-padded so that `A-2` sorts before `A-10`,
 * and letters compare without case. `A-01-02-1` -> `A-0000000001-0000000002-0000000001`.
 */
export const naturalKey = (code: string): string =>
  code.toUpperCase().replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(10, '0'));
