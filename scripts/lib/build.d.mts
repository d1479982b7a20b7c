export function buildIfStale(root?: string, options?: { quiet?: boolean }): void;
