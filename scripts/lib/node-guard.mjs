// Imported first by every entry point (npm start, npm test, the bench, browser mode): a Node older
// than 22 stops here with one line saying which Node is needed. Without it, such a Node loads
// better-sqlite3's Node-API binary, built for Node 22, and the process dies with a segmentation
// fault and no word of why. Plain JavaScript that any Node since 12 can read, with no imports.

export const NODE_NEEDED = 22;

/** The line to print when `version` (as in process.versions.node) is too old; undefined when it will do. */
export function nodeTooOld(version) {
  const major = Number(version.split('.')[0]);
  if (major >= NODE_NEEDED) return undefined;
  return (
    `Stockdesk needs Node ${NODE_NEEDED} or newer (this is Node ${version}): run it through npm (npm start / npm test), ` +
    `which uses the Node ${NODE_NEEDED} from node_modules, or install Node ${NODE_NEEDED}.`
  );
}

const problem = nodeTooOld(process.versions.node);
if (problem) {
  console.error(problem);
  process.exit(1);
}
