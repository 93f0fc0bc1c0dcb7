import { css } from 'lit';

export const ageGateStyles = css`
  :host {
    display: block;
    line-height: 1.5;
  }
  :host([scope='page']) {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    width: min(32rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 0;
    border: 0;
    border-radius: var(--clinic-radius, 8px);
    background: transparent;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 85%);
  }
  .gate {
    padding: var(--clinic-space-lg, 1.5rem);
    border: 1px solid var(--clinic-color-border, #c5cfda);
    border-radius: var(--clinic-radius, 8px);
    background: var(--clinic-color-surface, #ffffff);
    color: var(--clinic-color-text, #1d2733);
  }
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1.25em;
  }
  /* The heading takes focus only so screen readers start there; it is not a control. */
  h2:focus {
    outline: none;
  }
  p {
    margin: 0 0 1rem;
  }
  fieldset {
    margin: 0 0 0.5rem;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 600;
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  label {
    display: grid;
    gap: 0.25rem;
  }
  input {
    box-sizing: border-box;
    width: 4.5rem;
    min-height: 44px;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--clinic-color-muted, #4a5563);
    border-radius: calc(var(--clinic-radius, 8px) / 2);
    background: var(--clinic-color-surface, #ffffff);
    color: var(--clinic-color-text, #1d2733);
    font: inherit;
  }
  .year input {
    width: 6rem;
  }
  input[aria-invalid='true'] {
    border-color: var(--clinic-color-error, #b42318);
  }
  .error {
    color: var(--clinic-color-error, #b42318);
    font-weight: 600;
  }
  .error:empty {
    margin: 0;
  }
  .hint {
    color: var(--clinic-color-muted, #4a5563);
    font-size: 0.9375em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  /* Equal weight: neither answer is the "easy" one. */
  .actions button {
    flex: 1 1 12rem;
  }
  /* The "Leave this site" link looks like the buttons (see buttonStyles). */
  .leave {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border-radius: var(--clinic-radius, 8px);
    background: var(--clinic-color-accent, #0b5cad);
    color: var(--clinic-color-on-accent, #ffffff);
    font-weight: 600;
    text-decoration: none;
  }
  [hidden] {
    display: none !important;
  }
  @media (forced-colors: active) {
    .gate {
      border: 2px solid CanvasText;
    }
    input[aria-invalid='true'] {
      border-style: dashed;
    }
  }
`;
