/**
 * Which clicks leave the site (Terms §9, "Links to Other Websites"): a plain click on a link to
 * another origin whose host is not on the clinic's allow list. Everything else is the browser's.
 */

/** Host names the notice skips: `example.com` (and its subdomains) or `*.example.com` (subdomains only). */
export interface AllowList {
  hosts: string[];
  /** Entries that are not host names, for a warning. */
  bad: string[];
}

const hostPattern = /^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** Reads `allow`: host names separated by spaces or commas; an address counts by its host. */
export function parseAllowList(text: string | null | undefined): AllowList {
  const list: AllowList = { hosts: [], bad: [] };
  for (const entry of (text ?? '').split(/[\s,]+/).filter(Boolean)) {
    let host = entry.toLowerCase();
    if (/^https?:\/\//.test(host)) {
      try {
        host = new URL(host).hostname;
      } catch {
        // left as it is: the pattern below refuses it
      }
    }
    if (hostPattern.test(host)) list.hosts.push(host);
    else list.bad.push(entry);
  }
  return list;
}

export const isAllowed = (host: string, allow: AllowList): boolean =>
  allow.hosts.some((entry) => (entry.startsWith('*.') ? host.endsWith(entry.slice(1)) : host === entry || host.endsWith(`.${entry}`)));

/** The address a link leads to when it leaves the site (http or https, another origin, not allowed); otherwise null. */
export function leavingUrl(href: string, page: string, allow: AllowList): URL | null {
  let url: URL;
  try {
    url = new URL(href, page);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || url.origin === new URL(page).origin) return null;
  return isAllowed(url.hostname.toLowerCase(), allow) ? null : url;
}

/** A click the notice may take over: the main button, no modifier key (those open tabs or windows, or download), not handled already. */
export const isPlainClick = (event: MouseEvent): boolean =>
  !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/** `window.open` features for a link that opens another browsing context: noopener always, noreferrer when its `rel` asks. */
export const openFeatures = (rel: string): string => (/\bnoreferrer\b/i.test(rel) ? 'noopener,noreferrer' : 'noopener');
