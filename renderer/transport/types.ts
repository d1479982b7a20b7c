import type { Bridge } from '../../shared/bridge';

/** How the renderer reaches main: the preload bridge in Electron, HTTP in browser mode. */
export type Transport = Bridge;
