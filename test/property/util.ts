// Small helpers every part of the property test uses.

export const sum = <T>(list: readonly T[], f: (x: T) => number) => list.reduce((n, x) => n + f(x), 0);

/** A value as the failure messages and the transcript print it (and as comparisons compare it). */
export const show = (value: unknown) => JSON.stringify(value);
