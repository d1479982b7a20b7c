export function windowBlocker(machine?: { platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv; uid?: number | undefined }): string | undefined;
