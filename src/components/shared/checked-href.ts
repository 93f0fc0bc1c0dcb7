import { safeHref } from '../../core/platform/safe-url.js';
import { warnAttribute } from './warn.js';

/**
 * `href` when it is safe to link to (see {@link safeHref}); otherwise `null`, with a warning when
 * the attribute just changed (so a re-render does not warn again).
 */
export function checkedHref(tag: string, attribute: string, href: string | null | undefined, changed: boolean): string | null {
  if (!href) return null;
  const safe = safeHref(href);
  if (!safe && changed) {
    warnAttribute(tag, attribute, href, 'a relative, http(s), mailto or tel address', 'The link is left out.');
  }
  return safe;
}
