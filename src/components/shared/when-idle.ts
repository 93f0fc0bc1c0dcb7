/** Runs `work` when the page is idle (at the latest after two seconds), where the browser can tell; else a second later. */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 1000);
}
