/** The categories a held-back element names (kept apart from script-gate.ts so this chunk loads alone). */
function categoriesOf(element: Element): string[] {
  return (element.getAttribute('data-consent') ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * Deletes first-party cookies by name, on this host and its parent domains. Scripts that already
 * ran keep running: only a reload stops them, which the caller tells the visitor.
 */
export function deleteCookies(names: readonly string[]): string[] {
  const present = new Set(document.cookie.split('; ').map((pair) => decodeURIComponent(pair.split('=')[0])));
  const deleted = names.filter((name) => present.has(name));
  const parts = location.hostname.split('.');
  const domains = ['', ...parts.slice(0, -1).map((_, i) => `; domain=.${parts.slice(i).join('.')}`)];
  for (const name of deleted) {
    for (const domain of domains) document.cookie = `${encodeURIComponent(name)}=; max-age=0; path=/${domain}`;
  }
  return deleted;
}

/** Cookie names the page declares for a category: `data-cookies="_ga _gid"` on its held-back elements. */
export function cookiesDeclaredFor(category: string): string[] {
  const names = [...document.querySelectorAll('[data-consent][data-cookies]')]
    .filter((element) => categoriesOf(element).includes(category))
    .flatMap((element) => (element.getAttribute('data-cookies') ?? '').split(/[\s,]+/).filter(Boolean));
  return [...new Set(names)];
}

/** Whether a held-back script or embed of one of these categories already ran: only a reload stops it. */
export function ranFor(categories: readonly string[]): boolean {
  return [...document.querySelectorAll('[data-consent][data-consent-ran]')].some((element) =>
    categoriesOf(element).some((category) => categories.includes(category)),
  );
}

/**
 * After a visitor withdraws categories: deletes the first-party cookies the page declared for them
 * and tells whether something already running needs a reload to stop.
 */
export function revoke(categories: readonly string[]): { deleted: string[]; reloadNeeded: boolean } {
  return { deleted: deleteCookies(categories.flatMap(cookiesDeclaredFor)), reloadNeeded: ranFor(categories) };
}
