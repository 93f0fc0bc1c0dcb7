import { css } from 'lit';

/** Token values of the dark theme; every element uses them as fallbacks for `--clinic-*`. */
const darkTokens = css`
  --clinic-color-text: #e9eef4;
  --clinic-color-muted: #b9c4d0;
  --clinic-color-surface: #15202b;
  --clinic-color-surface-alt: #1e2b39;
  --clinic-color-border: #4a5b6d;
  --clinic-color-accent: #8cc4ff;
  --clinic-color-on-accent: #0b1520;
  --clinic-color-link: #8cc4ff;
  --clinic-color-focus: #ffd166;
  color-scheme: dark;
`;

/**
 * Shared host styles: the `theme` attribute (`light`, the default; `dark`; `auto` follows the
 * visitor's system), a visible focus ring, and `hidden` that always hides. Dark values are set as
 * the public tokens on the host, so a page's own `--clinic-*` values still win and the values
 * inherit into light-DOM children (that is how `<clinic-provider theme="dark">` themes a subtree).
 */
export const themeStyles = css`
  :host {
    box-sizing: border-box;
    color: var(--clinic-color-text, #1d2733);
  }
  :host([hidden]) {
    display: none !important;
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

export const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];
