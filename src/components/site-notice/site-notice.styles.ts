import { css } from 'lit';

/** A full-width strip in the page's flow (it never floats over content), its kind shown by a coloured edge. */
export const siteNoticeStyles = css`
  :host {
    display: block;
    line-height: 1.5;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.75em 1em;
    border: 1px solid var(--clinic-color-border, #c5cfda);
    border-inline-start: 6px solid var(--clinic-color-accent, #0b5cad);
    border-radius: var(--clinic-radius, 8px);
    background: var(--clinic-color-surface-alt, #f2f5f8);
    color: var(--clinic-color-text, #1d2733);
  }
  :host([kind='security']) .notice {
    border-inline-start-color: var(--clinic-color-error, #b42318);
  }
  .text {
    flex: 1 1 16em;
    margin: 0;
  }
  .kind {
    font-weight: 700;
  }
  button {
    min-height: 44px;
    min-width: 44px;
    padding: 0.25em 0.75em;
    border: 2px solid currentColor;
    border-radius: var(--clinic-radius, 8px);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
`;
