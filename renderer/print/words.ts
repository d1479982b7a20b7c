/** 1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, ..., 21st. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' }) as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** `REPRINT · 2nd print`: a sheet printed before says so, and which print this one is. */
export const reprintLabel = (printCount: number): string => `REPRINT · ${ordinal(printCount + 1)} print`;

export const units = (n: number): string => n.toLocaleString('en-US');
