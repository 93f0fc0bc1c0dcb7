/**
 * The shared styles as plain CSS text, for an element without Lit (the cookie banner adopts them
 * as a constructed stylesheet); `theme.ts` and `control-styles.ts` wrap them for Lit elements.
 */

/** Tags CSS text (`String.raw`, so nothing is added at run time); the build minifies what it tags. */
export const cssText = String.raw;

/** Token values of the light theme, the literal fallbacks every element uses. */
const lightTokens = cssText`
  --clinic-color-text: #1d2733;
  --clinic-color-muted: #4a5563;
  --clinic-color-surface: #ffffff;
  --clinic-color-surface-alt: #f2f5f8;
  --clinic-color-border: #c5cfda;
  --clinic-color-accent: #0b5cad;
  --clinic-color-on-accent: #ffffff;
  --clinic-color-link: #0b5cad;
  --clinic-color-focus: #0b5cad;
  --clinic-color-error: #b42318;
  color-scheme: light;
`;

/** Token values of the dark theme. */
const darkTokens = cssText`
  --clinic-color-text: #e9eef4;
  --clinic-color-muted: #b9c4d0;
  --clinic-color-surface: #15202b;
  --clinic-color-surface-alt: #1e2b39;
  --clinic-color-border: #4a5b6d;
  --clinic-color-accent: #8cc4ff;
  --clinic-color-on-accent: #0b1520;
  --clinic-color-link: #8cc4ff;
  --clinic-color-focus: #ffd166;
  --clinic-color-error: #ff8a80;
  color-scheme: dark;
`;

/**
 * Shared host styles: the `theme` attribute, a visible focus ring, and `hidden` that always hides.
 *
 * Without `theme`, an element inherits the tokens around it (a provider's theme, or the page's own
 * `--clinic-*` values) and falls back to the light palette. `theme="dark"`, `"light"` or `"auto"`
 * (follows the visitor's system) set the palette as the public tokens on the host: a page's rules
 * for that element still win, and the values inherit into light-DOM children, which is how
 * `<clinic-provider theme="dark">` themes everything inside it.
 */
export const themeCss = cssText`
  :host {
    box-sizing: border-box;
    color: var(--clinic-color-text, #1d2733);
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([theme='light']) {
    ${lightTokens}
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  :focus-visible {
    outline: 3px solid var(--clinic-color-focus, #0b5cad);
    outline-offset: 2px;
  }
  a {
    color: var(--clinic-color-link, #0b5cad);
    text-underline-offset: 0.15em;
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** The filled accent button every element uses for its choices: 44 px tall, token colours. */
export const buttonCss = cssText`
  button {
    box-sizing: border-box;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid var(--clinic-color-accent, #0b5cad);
    border-radius: var(--clinic-radius, 8px);
    background: var(--clinic-color-accent, #0b5cad);
    color: var(--clinic-color-on-accent, #ffffff);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
`;

export const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];
