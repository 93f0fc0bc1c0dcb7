/**
 * Loads an element's code the first time its tag is in the document, for the all-in-one file:
 * what only some pages use (form consents, the leaving-the-site notice, site notices) is not in
 * every page's first download. Tags inside another element's shadow root are not seen: import
 * that element's own file there.
 */
export function defineOnUse(loaders: Record<string, () => Promise<unknown>>): void {
  const waiting = new Map(Object.entries(loaders).map(([tag, load]) => [tag, { load, found: document.getElementsByTagName(tag) }]));
  const check = () => {
    for (const [tag, { load, found }] of waiting) {
      if (!found.length) continue;
      waiting.delete(tag);
      load().catch((error: unknown) => console.warn(`clinic-elements: <${tag}> could not be loaded (${String(error)}); reload the page to try again.`));
    }
    if (!waiting.size) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  check();
}
