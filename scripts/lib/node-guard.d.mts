export const NODE_NEEDED: number;
export function nodeTooOld(version: string): string | undefined;
