// Why this machine cannot show Stockdesk's window, checked before Electron or a browser is started.
// On Linux both need a display, and both refuse to run as root unless their sandbox is turned off,
// which Stockdesk will not do. Started anyway, Electron fails with a line of its own and a detached
// browser fails without a word, so `npm start` asks first and can say why and what to open instead.

/** The reason no window can open, or undefined when one can. */
export function windowBlocker({ platform = process.platform, env = process.env, uid = process.getuid?.() } = {}) {
  if (platform !== 'linux') return undefined;
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return 'there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set)';
  if (uid === 0) return 'it runs as root, and Chromium and Electron refuse to run as root without --no-sandbox, which Stockdesk does not turn off';
  return undefined;
}
