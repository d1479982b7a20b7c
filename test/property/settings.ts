// How long the property test runs, from the environment (see engine.property.test.ts).

const envInt = (name: string): number | undefined => {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`${name} must be a whole number, not ${raw}`);
  return n;
};

export const RUNS = envInt('STOCKDESK_PROPERTY_RUNS') ?? 100;
export const MAX_STEPS = envInt('STOCKDESK_PROPERTY_STEPS') ?? 60;
/** Replays a failure fast-check reported (with PATH, straight to the shrunk run). */
export const SEED = envInt('STOCKDESK_PROPERTY_SEED');
export const PATH = process.env.STOCKDESK_PROPERTY_PATH;
/** STOCKDESK_PROPERTY_STATS=1 prints how often each channel succeeded and was refused, to tune the generators. */
export const STATS = Boolean(process.env.STOCKDESK_PROPERTY_STATS);
