export function findElectronBinary(env?: NodeJS.ProcessEnv): { path: string; reason?: undefined } | { path?: undefined; reason: string };
