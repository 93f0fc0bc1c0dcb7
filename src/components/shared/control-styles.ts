// css-tag alone (not 'lit'), so the cookie banner, which has no LitElement, can share these.
import { css } from '@lit/reactive-element/css-tag.js';

/** The filled accent button every element uses for its choices: 44 px tall, token colours. */
export const buttonStyles = css`
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

/** A checkbox beside its label text, as in `<terms-accept>` and the "show all" choice of `<sensitive-content>`. */
export const checkboxStyles = css`
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 24px;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--clinic-color-accent, #0b5cad);
  }
`;
