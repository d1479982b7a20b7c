// Plain text run inside the print window (the desktop app's hidden one, and the end-to-end tests'
// page): no Electron here, so that the tests can run the very same script against the print view.

/** How long the print view may take to draw its sheets before the print is given up. */
export const READY_TIMEOUT_MS = 20_000;

// Run in the print window: waits until the print view has drawn its sheets (or shows a refusal),
// their fonts and barcodes included, then says which sheets, at which versions, it shows.
export const READ_SHEETS = `(async () => {
  const deadline = Date.now() + ${READY_TIMEOUT_MS};
  while (!document.querySelector('[data-print-ready]')) {
    const refusal = document.querySelector('.banner--error');
    if (refusal) throw new Error(refusal.textContent);
    if (Date.now() > deadline) throw new Error('the sheets did not load');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await document.fonts.ready;
  await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
  return [...document.querySelectorAll('[data-sheet]')].map((el) => ({ number: el.dataset.sheet, version: el.dataset.version }));
})()`;
