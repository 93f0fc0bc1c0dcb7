// css-tag alone (not 'lit'), so an element with lit-html only does not pull in LitElement.
import { unsafeCSS } from '@lit/reactive-element/css-tag.js';
import { themeCss } from './theme-css.js';

export { themes, type Theme } from './theme-css.js';

/** The shared host styles (see `themeCss`) for a Lit element's `static styles`. */
export const themeStyles = unsafeCSS(themeCss);
