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
    width: min(32em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    padding: 0;
    border: 0;
    border-radius: var(--clinic-radius, 8px);
    background: transparent;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 85%);
  }
  .gate {
    padding: var(--clinic-space-lg, 1.5em);
    border: 1px solid var(--clinic-color-border, #c5cfda);
    border-radius: var(--clinic-radius, 8px);
    background: var(--clinic-color-surface, #ffffff);
    color: var(--clinic-color-text, #1d2733);
  }
  h2 {
    margin: 0 0 0.75em;
    font-size: 1.25em;
  }
  /* The heading takes focus only so screen readers start there; it is not a control. */
  h2:focus {
    outline: none;
  }
  p {
    margin: 0 0 1em;
  }
  fieldset {
    margin: 0 0 0.5em;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5em;
    font-weight: 600;
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  label {
    display: grid;
    gap: 0.25em;
  }
  input {
    box-sizing: border-box;
    width: 4.5em;
    min-height: 44px;
    padding: 0.25em 0.5em;
    border: 2px solid var(--clinic-color-muted, #4a5563);
    border-radius: calc(var(--clinic-radius, 8px) / 2);
    background: var(--clinic-color-surface, #ffffff);
    color: var(--clinic-color-text, #1d2733);
    font: inherit;
  }
  .year input {
    width: 6em;
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
    gap: 0.5em;
  }
  /* Equal weight: neither answer is the "easy" one. */
  .actions button {
    flex: 1 1 12em;
  }
  /* The "Leave this site" link looks like the buttons (see buttonStyles). */
  .leave {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.5em 1em;
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
