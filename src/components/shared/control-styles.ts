// css-tag alone (not 'lit'): these are shared by elements with and without LitElement.
import { css, unsafeCSS } from '@lit/reactive-element/css-tag.js';
import { buttonCss } from './theme-css.js';

/** The filled accent button every element uses for its choices (see `buttonCss`). */
export const buttonStyles = unsafeCSS(buttonCss);

/** A checkbox beside its label text, as in `<terms-accept>` and the "show all" choice of `<sensitive-content>`. */
export const checkboxStyles = css`
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 24px;
  }
  input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--clinic-color-accent, #0b5cad);
  }
`;
