/**
 * Runs the scripts and loads the embeds the page held back until their consent category is granted:
 *
 *   <script type="text/plain" data-consent="analytics" src="/stats.js"></script>
 *   <iframe data-consent="advertising" data-src="/ad-frame.html"></iframe>
 *
 * A script runs once; its `nonce` is carried over so a strict CSP still allows it. Several
 * categories (`data-consent="analytics advertising"`) must all be granted.
 */
const pending = 'script[type="text/plain"][data-consent]:not([data-consent-ran]), iframe[data-consent][data-src]:not([data-consent-ran])';
const skippedAttributes = new Set(['type', 'data-consent', 'data-type', 'nonce']);

export function categoriesOf(element: Element): string[] {
  return (element.getAttribute('data-consent') ?? '').split(/[\s,]+/).filter(Boolean);
}

/** Releases every held-back element in `root` whose categories are all granted. Returns how many. */
export function releaseGated(root: ParentNode, granted: (category: string) => boolean): number {
  let released = 0;
  root.querySelectorAll<HTMLScriptElement | HTMLIFrameElement>(pending).forEach((element) => {
    const categories = categoriesOf(element);
    if (categories.length === 0 || !categories.every(granted)) return;
    element.setAttribute('data-consent-ran', '');
    released += 1;
    if (element instanceof HTMLIFrameElement) {
      element.src = element.getAttribute('data-src')!;
      return;
    }
    const script = document.createElement('script');
    for (const { name, value } of element.attributes) if (!skippedAttributes.has(name) && name !== 'data-consent-ran') script.setAttribute(name, value);
    script.type = element.getAttribute('data-type') ?? 'text/javascript';
    if (element.nonce) script.nonce = element.nonce;
    if (!element.src) script.text = element.text;
    element.after(script);
  });
  return released;
}

/** Keeps releasing elements added to the page later (single-page apps, tag managers, CMS widgets). */
export function watchGated(granted: (category: string) => boolean): MutationObserver {
  const observer = new MutationObserver((records) => {
    if (records.some((record) => [...record.addedNodes].some((node) => node instanceof Element))) releaseGated(document, granted);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return observer;
}
