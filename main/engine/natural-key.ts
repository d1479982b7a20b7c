/**
 * The natural sort key of a bin code, so that `A-2` sorts before `A-10` however long the numbers:
 * each run of digits becomes its length (two digits) and then the digits without leading zeros;
 * letters compare without case. `A-01-10` -> `A-011-0210`.
 */
export const naturalKey = (code: string): string =>
  code.toUpperCase().replace(/\d+/g, (digits) => {
    const value = digits.replace(/^0+(?=\d)/, '');
    return String(value.length).padStart(2, '0') + value;
  });
