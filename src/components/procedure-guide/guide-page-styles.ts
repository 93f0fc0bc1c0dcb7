import { css, type CSSResult } from 'lit';

/**
 * Styles for the guide's text and disclosure buttons, which live in the page (light DOM) where
 * shadow styles cannot reach. Adopted once into the guide's document or shadow root. Rules for
 * text are wrapped in `:where()` so the site's own CSS wins on specificity; only the controls and
 * the collapsed text's visibility hold against a theme's rules.
 */
export const guidePageStyles = css`
  /* The table of contents the command line prints (the element's own is styled in its shadow root). */
  :where([data-guide-toc] > p) {
    margin: 0 0 0.5em;
    font-weight: 700;
  }
  :where([data-guide-toc] > ol) {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  :where([data-guide-toc] a) {
    display: block;
    padding: 0.2em 0;
    min-height: 24px;
    line-height: 1.35;
  }
  :where([data-guide-toc] a[aria-current]) {
    font-weight: 700;
    text-decoration-thickness: 2px;
  }
  :where(procedure-guide) :where([data-guide-section]) {
    scroll-margin-top: var(--clinic-scroll-offset, 1em);
  }
  :where(procedure-guide[layout='accordion']) :where([data-guide-section]) {
    border-bottom: 1px solid var(--clinic-color-border, #c5cfda);
  }
  :where(procedure-guide[layout='accordion']) :where([data-guide-section] > :is(h2, h3, h4, h5, h6)) {
    margin: 0;
  }
  /*
   * The disclosure buttons reset what a theme's button rules would change (colour, case, size,
   * padding), one step more specific than "button:hover" or ".button", so they read as the
   * section headings they are. A site restyles them with a more specific selector.
   */
  procedure-guide [data-guide-toggle],
  procedure-guide [data-guide-toggle]:is(:hover, :focus, :active) {
    display: flex;
    box-sizing: border-box;
    width: 100%;
    min-width: 0;
    height: auto;
    min-height: 44px;
    align-items: center;
    justify-content: space-between;
    gap: 1em;
    margin: 0;
    padding: 0.75em 0.25em 0.75em 0;
    border: 0;
    border-radius: 0;
    background: none;
    box-shadow: none;
    color: inherit;
    font: inherit;
    letter-spacing: inherit;
    text-align: start;
    text-decoration: none;
    text-transform: none;
    white-space: normal;
    opacity: 1;
    cursor: pointer;
  }
  /* Themes hide [hidden] with !important (Bootstrap's reboot); collapsed text stays findable. */
  procedure-guide [hidden='until-found'] {
    display: revert !important;
  }
  :where(procedure-guide) :where([data-guide-toggle])::after {
    content: '';
    flex: none;
    width: 0.55em;
    height: 0.55em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-25%) rotate(45deg);
  }
  :where(procedure-guide) :where([data-guide-toggle][aria-expanded='true'])::after {
    transform: translateY(25%) rotate(-135deg);
  }
  @media (prefers-reduced-motion: no-preference) {
    :where(procedure-guide) :where([data-guide-toggle])::after {
      transition: transform 150ms ease-out;
    }
  }
  procedure-guide :is([data-guide-toggle], [data-guide-section] > [tabindex='-1']):focus-visible {
    outline: 3px solid var(--clinic-color-focus, #0b5cad);
    outline-offset: 2px;
  }
  :where(procedure-guide) :where([data-guide-figure]) {
    margin: 1.5em 0;
  }
  :where(procedure-guide) :where([data-guide-media]:empty) {
    display: none;
  }
  :where(procedure-guide) :where([data-guide-media] > img, [data-guide-media] > picture img) {
    display: block;
    max-width: 100%;
    height: auto;
  }
  :where(procedure-guide) :where(figcaption) {
    margin-top: 0.5em;
  }
  /* The text is the site's, in the site's colours; a themed guide paints its own surface and muted captions. */
  :where(procedure-guide[theme]) :where(figcaption) {
    color: var(--clinic-color-muted, #4a5563);
  }
  @media (forced-colors: active) {
    procedure-guide [data-guide-toggle]:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :where(procedure-guide) :where([data-guide-section][hidden], [data-guide-body][hidden]) {
      display: block !important;
      content-visibility: visible !important;
    }
    :where(procedure-guide) :where([data-guide-toggle])::after {
      display: none;
    }
  }
`;

const adoptedRoots = new WeakMap<Document | ShadowRoot, Set<CSSResult>>();

/** Adds light-DOM styles (the guide's, by default) to the document or shadow root that holds a guide, once. */
export function adoptPageStyles(root: Document | ShadowRoot, styles: CSSResult = guidePageStyles): void {
  // A guide removed while its code loaded has no document or shadow root to style.
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  const adopted = adoptedRoots.get(root) ?? new Set();
  if (adopted.has(styles) || !styles.styleSheet) return;
  adoptedRoots.set(root, adopted.add(styles));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
}
