import { consentNames } from './services.js';

const categoriesOf = (element: Element) => consentNames(element.getAttribute('data-consent'));

/**
 * Deletes first-party cookies by name (`_ga_*`: every name that starts with `_ga_`), on this host
 * and its parent domains. Scripts that already ran keep running: only a reload stops them, which
 * the caller tells the visitor.
 */
export function deleteCookies(names: readonly string[]): string[] {
  const present = document.cookie.split('; ').map((pair) => decodeURIComponent(pair.split('=')[0]));
  const matches = (cookie: string, name: string) => (name.endsWith('*') ? cookie.startsWith(name.slice(0, -1)) : cookie === name);
  const deleted = present.filter((cookie) => cookie && names.some((name) => matches(cookie, name)));
  const parts = location.hostname.split('.');
  const domains = ['', ...parts.slice(0, -1).map((_, i) => `; domain=.${parts.slice(i).join('.')}`)];
  for (const name of deleted) {
    for (const domain of domains) document.cookie = `${encodeURIComponent(name)}=; max-age=0; path=/${domain}`;
  }
  return deleted;
}

/** Cookie names the page declares for a category or service: `data-cookies="_ga _gid"` on its held-back elements. */
export function cookiesDeclaredFor(category: string): string[] {
  const names = [...document.querySelectorAll('[data-consent][data-cookies]')]
    .filter((element) => categoriesOf(element).includes(category))
    .flatMap((element) => (element.getAttribute('data-cookies') ?? '').split(/[\s,]+/).filter(Boolean));
  return [...new Set(names)];
}

/** Whether a held-back script or embed of one of these categories or services already ran: only a reload stops it. */
export function ranFor(categories: readonly string[]): boolean {
  return [...document.querySelectorAll('[data-consent][data-consent-ran]')].some((element) =>
    categoriesOf(element).some((category) => categories.includes(category)),
  );
}

/**
 * After a visitor withdraws categories or services (`service:<name>`): deletes the first-party
 * cookies declared for them (on their held-back elements, and `cookies`: those of the withdrawn
 * services' declarations) and tells whether something already running needs a reload to stop.
 */
export function revoke(names: readonly string[], cookies: readonly string[] = []): { deleted: string[]; reloadNeeded: boolean } {
  return { deleted: deleteCookies([...cookies, ...names.flatMap(cookiesDeclaredFor)]), reloadNeeded: ranFor(names) };
}
