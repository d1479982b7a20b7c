import { buildIfStale } from '../../scripts/lib/build.mjs';

/** The specs drive the built app, as a clerk would run it: build once before them if sources changed. */
export default function globalSetup(): void {
  buildIfStale(process.cwd(), { quiet: true });
}
