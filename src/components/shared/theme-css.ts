/**
 * The shared styles as plain CSS text, for an element without Lit (the cookie banner adopts them
 * as a constructed stylesheet); `theme.ts` and `control-styles.ts` wrap them for Lit elements.
 */

/** Tags CSS text (`String.raw`, so nothing is added at run time); the build minifies what it tags. */
export const cssText = String.raw;

/** The light palette: every element's literal fallbacks, and the registered tokens' initial values. */
const lightColors = {
  text: '#1d2733',
  muted: '#4a5563',
  surface: '#ffffff',
  'surface-alt': '#f2f5f8',
  border: '#c5cfda',
  accent: '#0b5cad',
  'on-accent': '#ffffff',
  link: '#0b5cad',
  focus: '#0b5cad',
  error: '#b42318',
};

const darkColors: typeof lightColors = {
  text: '#e9eef4',
  muted: '#b9c4d0',
  surface: '#15202b',
  'surface-alt': '#1e2b39',
  border: '#4a5b6d',
  accent: '#8cc4ff',
  'on-accent': '#0b1520',
  link: '#8cc4ff',
  focus: '#ffd166',
  error: '#ff8a80',
};

const colorNames = Object.keys(lightColors) as (keyof typeof lightColors)[];

/*
 * With a theme asked for (on the element or a provider around it), an element in the page's flow
 * paints that palette's surface: the page around it may not match (a site without a dark mode, a
 * visitor with one). Without one, the page shows through. The guide's, a document's and revealed
 * sensitive content's text is the site's: they never paint it.
 */
const lightTokens =
  colorNames.map((name) => `--clinic-color-${name}:${lightColors[name]};`).join('') + '--_clinic-flow-surface:var(--clinic-color-surface);color-scheme:light;';

/**
 * The dark palette comes from the `--clinic-dark-color-*` tokens, and holds against a page's rules
 * (`!important` inside the shadow tree wins over the page's normal declarations): brand colours set
 * for the light theme on the element or the provider must not mix into it. (The dark tokens are
 * registered with the dark defaults as their initial values, so they need no fallback here.)
 */
const darkTokens =
  colorNames.map((name) => `--clinic-color-${name}:var(--clinic-dark-color-${name})!important;`).join('') +
  '--_clinic-flow-surface:var(--clinic-color-surface);color-scheme:dark;';

/**
 * Registers the colour tokens (light and dark) as <color>, so a mistyped value ("#0d4f7") is dropped for the
 * value around it, or the default, instead of turning buttons white on white. A page or another
 * copy of the library that registered them first keeps its registration.
 */
function registerColorTokens(): void {
  if (!globalThis.CSS?.registerProperty) return;
  for (const [prefix, palette] of [
    ['--clinic-color-', lightColors],
    ['--clinic-dark-color-', darkColors],
  ] as const)
    for (const name of colorNames) {
      try {
        CSS.registerProperty({ name: prefix + name, syntax: '<color>', inherits: true, initialValue: palette[name] });
      } catch {
        // Already registered.
      }
    }
}
registerColorTokens();

/**
 * Shared host styles: the `theme` attribute, a visible focus ring, `hidden` that always hides, and
 * text that inherits the page's size but never drops under 14 px (a theme's `html { font-size: 62.5% }`
 * and every size inside is in em, so controls grow with the text).
 *
 * Without `theme`, an element inherits the tokens around it (a provider's theme, or the page's own
 * `--clinic-*` values) and falls back to the light palette. `theme="dark"`, `"light"` or `"auto"`
 * (follows the visitor's system) set the palette as the public tokens on the host: in light, a
 * page's rules for that element still win; in dark, the `--clinic-dark-color-*` tokens do. The
 * values inherit into light-DOM children, which is how `<clinic-provider theme="dark">` themes
 * everything inside it. Inherited text styles a theme sets on its content (justified, capitals,
 * letter-spacing) are reset; headings take `--clinic-font-heading`.
 */
export const themeCss = cssText`
  :host {
    box-sizing: border-box;
    color: var(--clinic-color-text, #1d2733);
    background-color: var(--_clinic-flow-surface, transparent);
    font-size: max(1em, 14px);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
  }
  :is(h1, h2, h3, h4, h5, h6, [role='heading']) {
    font-family: var(--clinic-font-heading, inherit);
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
    padding: 0.5em 1em;
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
