/**
 * `url` resolved against the page when it stays on the page's own origin, else `null`.
 * Receipts may only go to the clinic's own server: no third party learns who visited a health site.
 */
export function firstPartyUrl(url: string | null | undefined): string | null {
  if (!url?.trim()) return null;
  try {
    const resolved = new URL(url.trim(), location.href);
    return resolved.origin === location.origin ? resolved.href : null;
  } catch {
    return null;
  }
}
