import { css } from 'lit';

/** The region itself takes no box; the notice is a small modal dialog with two equal choices. */
export const externalLinkNoticeStyles = css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    width: min(30em, calc(100vw - 2em));
    padding: var(--clinic-space-lg, 1.5em);
    border: 1px solid var(--clinic-color-border, #c5cfda);
    border-radius: var(--clinic-radius, 8px);
    background: var(--clinic-color-surface, #ffffff);
    color: var(--clinic-color-text, #1d2733);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 60%);
  }
  h2 {
    margin: 0 0 0.5em;
    font-size: 1.25em;
  }
  p {
    margin: 0 0 1em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .actions button {
    flex: 1 1 12em;
  }
  label {
    margin-bottom: 1em;
  }
`;
