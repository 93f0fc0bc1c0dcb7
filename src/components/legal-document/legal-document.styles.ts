import { css } from 'lit';

export const legalDocumentStyles = css`
  :host {
    display: block;
    color: inherit;
    background-color: transparent;
    overflow-wrap: break-word;
  }
  /* With a theme asked for, the element paints its own surface; otherwise the site's colours apply. */
  :host([theme]) {
    padding: var(--clinic-space, 1em);
    background: var(--clinic-color-surface, #ffffff);
    color: var(--clinic-color-text, #1d2733);
  }
  .meta {
    margin: 0 0 1em;
  }
  :host([theme]) .meta {
    color: var(--clinic-color-muted, #4a5563);
  }
  .toc {
    margin: 0 0 1.5em;
    padding: var(--clinic-space-sm, 0.75em) var(--clinic-space, 1em);
    border: 1px solid var(--clinic-color-border, #c5cfda);
    border-radius: var(--clinic-radius, 8px);
    background: var(--clinic-color-surface-alt, #f2f5f8);
    color: var(--clinic-color-text, #1d2733);
  }
  .toc-title {
    margin: 0 0 0.5em;
    font-weight: 700;
  }
  .toc ul {
    margin: 0;
  }
  .toc ol {
    margin: 0;
    padding-inline-start: 0;
    list-style: none;
    columns: 16em auto;
    column-gap: 2em;
  }
  .toc a {
    display: inline-block;
    padding: 0.2em 0;
    min-height: 24px;
  }
  /* What changed since the visitor's acceptance (show-changes): a bar beside each changed section. */
  ::slotted([data-legal-changed]) {
    border-inline-start: 4px solid var(--clinic-color-accent, #0b5cad);
    padding-inline-start: 0.75em;
  }
  .error {
    padding: var(--clinic-space, 1em);
    border: 2px solid var(--clinic-color-error, #b42318);
    border-radius: var(--clinic-radius, 8px);
  }
  .error p {
    margin: 0;
  }
  .print-only {
    display: none;
  }
  @media print {
    .toc {
      display: none;
    }
    .print-only {
      display: block;
      font-size: 0.875em;
    }
  }
`;
