import { css } from 'lit';

/** The checkbox row, the changed-sections notice, and the gate's dialog with its scrollable Terms. */
export const termsAcceptStyles = css`
  :host {
    display: block;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  :host([data-tried]:invalid) input {
    outline: 2px solid var(--clinic-color-error, #b42318);
    outline-offset: 2px;
  }
  .changes {
    margin: 0 0 0.5em;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--clinic-color-accent, #0b5cad);
    background: var(--clinic-color-surface-alt, #f2f5f8);
    color: var(--clinic-color-text, #1d2733);
  }
  .changes p,
  .changes ul {
    margin: 0;
  }
  dialog {
    box-sizing: border-box;
    width: min(44em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    padding: var(--clinic-space-lg, 1.5em);
    border: 1px solid var(--clinic-color-border, #c5cfda);
    border-radius: var(--clinic-radius, 8px);
    background: var(--clinic-color-surface, #ffffff);
    color: var(--clinic-color-text, #1d2733);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 75%);
  }
  h2 {
    margin: 0 0 0.75em;
    font-size: 1.25em;
  }
  h2:focus {
    outline: none;
  }
  .document {
    max-height: 50vh;
    overflow: auto;
    margin-bottom: 1em;
    padding: 0 1em;
    border: 1px solid var(--clinic-color-border, #c5cfda);
    border-radius: calc(var(--clinic-radius, 8px) / 2);
  }
  .document h3 {
    font-size: 1em;
  }
  .hint {
    color: var(--clinic-color-muted, #4a5563);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;
