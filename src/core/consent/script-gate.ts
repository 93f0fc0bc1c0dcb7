import { consentNames } from './services.js';

/**
 * Runs the scripts and loads the embeds, pixels and media the page held back until their consent
 * is granted:
 *
 *   <script type="text/plain" data-consent="analytics" data-src="/stats.js"></script>
 *   <iframe data-consent="service:youtube" data-src="/video-frame.html"></iframe>
 *   <img data-consent="advertising" data-src="/pixel.gif" alt="">
 *
 * `img`, `iframe`, `video`, `audio`, `source` (inside a held-back video or audio) and `link`
 * (`data-href` or `data-src`) get their `data-src`, `data-srcset`, `data-poster` and `data-href`
 * back. A script's address is its `data-src` (valid HTML: a data block may not have `src`) or,
 * on pages written before, its `src`. A script runs once; its `nonce` is carried over so a strict
 * CSP still allows it. Scripts run in document order: one with an address (and without `async`)
 * is waited for before the next runs.
 * Several names (`data-consent="analytics advertising"`) must all be allowed.
 */
export const heldBack =
  ':is(script[type="text/plain"],iframe,img,video,audio,link)[data-consent]:not([data-consent-ran]):is(script,[data-src],[data-srcset],[data-href],[data-poster],video,audio)';
/** Held-back embeds that get a placeholder: frames, videos and audio (pixels and scripts show nothing). */
export const placeholderTargets = ':is(iframe,video,audio)[data-consent]:not([data-consent-ran],[data-consent-placeholder])';
const skippedAttributes = new Set(['type', 'data-consent', 'data-type', 'data-src', 'nonce', 'data-consent-ran']);

/** The script a held-back script is still waiting for (the one before it in the page), if any. */
let loading: Promise<unknown> | null = null;

/** Releases every held-back element in `root` whose names are all allowed. Returns how many. */
export function releaseGated(root: ParentNode, allowed: (name: string) => boolean): number {
  let released = 0;
  root.querySelectorAll(heldBack).forEach((element) => {
    const names = consentNames(element.getAttribute('data-consent'));
    if (names.length && names.every(allowed)) released += +release(element);
  });
  return released;
}

/** Releases one held-back element, whatever was granted (a placeholder's "Load this video"). */
export function release(element: Element): boolean {
  if (element.hasAttribute('data-consent-ran')) return false;
  element.setAttribute('data-consent-ran', '');
  if (!(element instanceof HTMLScriptElement)) {
    for (const source of [element, ...element.querySelectorAll('source')])
      for (const name of ['src', 'srcset', 'poster', 'href']) {
        const value = source.getAttribute(`data-${name}`);
        if (value !== null) source.setAttribute(name === 'src' && source instanceof HTMLLinkElement ? 'href' : name, value);
      }
    if (element instanceof HTMLMediaElement) element.load();
    element.dispatchEvent(new Event('consent-released'));
    return true;
  }
  const script = document.createElement('script');
  for (const { name, value } of element.attributes) if (!skippedAttributes.has(name)) script.setAttribute(name, value);
  script.type = element.getAttribute('data-type') ?? 'text/javascript';
  if (element.nonce) script.nonce = element.nonce;
  const src = element.getAttribute('data-src') ?? element.getAttribute('src');
  if (src !== null) script.setAttribute('src', src);
  else script.text = element.text;
  // A script added by code runs as soon as it loads unless `async` is false.
  const waitsForIt = src !== null && !element.hasAttribute('async');
  if (waitsForIt) script.async = false;
  const run = () => {
    element.after(script);
    if (!waitsForIt) return;
    return new Promise((done) => {
      script.addEventListener('load', done);
      script.addEventListener('error', done);
    });
  };
  if (loading) loading = loading.then(run);
  else loading = run() ?? null;
  // Cleared when the last script waited for has run, so the next release runs at once again.
  const current = loading;
  void current?.then(() => loading === current && (loading = null));
  return true;
}

/** Keeps releasing elements added to the page later (single-page apps, tag managers, CMS widgets), then calls `then`. */
export function watchGated(allowed: (name: string) => boolean, then?: () => void): MutationObserver {
  const observer = new MutationObserver((records) => {
    if (records.some((record) => [...record.addedNodes].some((node) => node instanceof Element))) {
      releaseGated(document, allowed);
      then?.();
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return observer;
}
