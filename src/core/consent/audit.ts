import type { ConsentStore } from './consent-store.js';
import { consentNames, servicePrefix } from './services.js';

/** One thing on the page that consent does not cover, as the audit's table shows it. */
export interface AuditRow {
  kind: string;
  what: string;
  problem: string;
}

const isForeign = (url: string | null) => {
  try {
    return !!url && new URL(url, location.href).origin !== location.origin;
  } catch {
    return false;
  }
};

/**
 * The mistakes in how a page holds things back, each warned about once: `data-consent` naming no
 * declared category or service, and an element with both `src` (loaded at once) and `data-src`.
 * Loaded only on a page that has one of them (the decision core looks first), or with `audit`.
 */
export function warnMistakes(store: ConsentStore): void {
  for (const element of document.querySelectorAll('[data-consent]')) {
    const tag = element.localName;
    const unknown = consentNames(element.getAttribute('data-consent')).filter((name) => !known(store, name));
    if (unknown.length)
      tell(
        element,
        `<${tag}> data-consent="${element.getAttribute('data-consent')}" names ${unknown.join(', ')}, which this page does not declare; it stays held back.`,
      );
    if (element.matches('script[src][data-src]'))
      tell(element, `<script> has both src and data-src: data-src="${element.getAttribute('data-src')}" runs once consent is given. Remove src.`);
    else if (element.matches('[src][data-src]'))
      tell(element, `<${tag}> has both src and data-src: src="${element.getAttribute('src')}" loads before any consent. Remove src.`);
  }
}

const told = new WeakMap<Element, Set<string>>();

function tell(element: Element, message: string): void {
  const said = told.get(element) ?? new Set();
  if (!said.has(message)) console.warn(`clinic-elements: ${message}`);
  told.set(element, said.add(message));
}

function known(store: ConsentStore, name: string): boolean {
  return name.startsWith(servicePrefix) ? !!store.service(name) : store.options.categories.includes(name);
}

/**
 * What the page loads or sets that no declaration covers (what an agency forgot to tag): scripts,
 * frames, images and styles from other origins that are not held back, `<noscript>` pixels (no
 * script can hold them back), and cookies no service or held-back element declares. `audit` on
 * the banner prints it once, as a table.
 */
export function auditPage(store: ConsentStore): AuditRow[] {
  const rows: AuditRow[] = [];
  const unheld = (selector: string, attribute: string, kind: string, problem: string) =>
    document.querySelectorAll(`${selector}:not([data-consent])`).forEach((element) => {
      const url = element.getAttribute(attribute);
      if (isForeign(url)) rows.push({ kind, what: url!, problem });
    });
  unheld('script[src]', 'src', 'script', 'runs before any consent');
  unheld('iframe[src]', 'src', 'iframe', 'loads before any consent');
  unheld('img[src]', 'src', 'image', 'is requested before any consent (a pixel?)');
  unheld('link[href]', 'href', 'link', 'is requested before any consent');
  document.querySelectorAll('noscript').forEach((noscript) => {
    const found = /<(img|iframe)\b[^>]*\bsrc=["']?([^"'\s>]+)/i.exec(noscript.textContent ?? '');
    if (found) rows.push({ kind: `noscript ${found[1]}`, what: found[2], problem: 'fires with JavaScript off, where nothing can hold it back: remove it' });
  });
  const declared = [
    ...store.options.services.flatMap((service) => service.cookies),
    ...[...document.querySelectorAll('[data-cookies]')].flatMap((element) => consentNames(element.getAttribute('data-cookies'))),
  ];
  const covers = (cookie: string) =>
    cookie.startsWith(`${store.options.namespace}:`) || declared.some((name) => (name.endsWith('*') ? cookie.startsWith(name.slice(0, -1)) : cookie === name));
  for (const pair of document.cookie.split('; ')) {
    const cookie = decodeURIComponent(pair.split('=')[0]);
    if (cookie && !covers(cookie)) rows.push({ kind: 'cookie', what: cookie, problem: 'is declared by no service nor held-back element' });
  }
  return rows;
}

/** Prints the audit once, as a table (nothing when everything is covered but a line that says so). */
export function printAudit(store: ConsentStore): void {
  warnMistakes(store);
  const rows = auditPage(store);
  console.info(
    `clinic-elements: <cookie-banner audit>: ${rows.length ? `${rows.length} things on this page no declaration covers` : 'everything on this page is covered'}.`,
  );
  if (rows.length) console.table(rows);
}
