import { css } from 'lit';

export const procedureGuideStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    /* The guide's text takes the site's own colours... */
    color: inherit;
    background-color: transparent;
  }
  /* A long guide loading near the top of a page holds its place (no layout shift when it arrives). */
  :host(:state(loading):not([layout='accordion'], [layout='steps'])) {
    min-height: 100vh;
  }
  /* The disclaimer and call to action appear with the text rather than moving when it arrives. */
  :host(:state(loading)) .frame {
    display: none;
  }
  :host([theme]) {
    /* ...unless a theme is asked for, which then paints its own surface. */
    padding: var(--clinic-space, 1em);
    background: var(--clinic-color-surface, #ffffff);
    color: var(--clinic-color-text, #1d2733);
  }
  .frame {
    display: grid;
    gap: var(--clinic-space-lg, 2em);
  }
  @container (min-width: 52em) {
    .frame.has-toc {
      grid-template-columns: minmax(12em, 15em) minmax(0, 1fr);
      align-items: start;
    }
    .toc,
    ::slotted([slot='toc']) {
      position: sticky;
      top: var(--clinic-scroll-offset, 1em);
      max-height: calc(100vh - 2 * var(--clinic-scroll-offset, 1em));
      overflow: auto;
    }
  }
  .main {
    display: grid;
    gap: var(--clinic-space, 1em);
    min-width: 0;
  }
  ::slotted([slot='cta']) {
    justify-self: start;
  }
  /* A table of contents printed by the command line is slotted in, and looks the same (page styles do its inside). */
  .toc,
  ::slotted([slot='toc']) {
    padding: var(--clinic-space-sm, 0.75em) var(--clinic-space, 1em);
    background: var(--clinic-color-surface-alt, #f2f5f8);
    color: var(--clinic-color-text, #1d2733);
    border: 1px solid var(--clinic-color-border, #c5cfda);
    border-radius: var(--clinic-radius, 8px);
    font-size: 0.9375em;
  }
  .toc-title {
    margin: 0 0 0.5em;
    font-weight: 700;
  }
  .toc ol {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .toc li + li {
    margin-top: 0.125em;
  }
  .toc a {
    display: block;
    padding: 0.2em 0;
    min-height: 24px;
    line-height: 1.35;
    text-decoration: none;
  }
  .toc a:hover {
    text-decoration: underline;
  }
  .toc a[aria-current] {
    font-weight: 700;
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }

  .progress {
    scroll-margin-top: var(--clinic-scroll-offset, 1em);
  }
  .progress p {
    margin: 0 0 0.5em;
  }
  progress {
    width: 100%;
    height: 0.5em;
    accent-color: var(--clinic-color-accent, #0b5cad);
  }
  .step-buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--clinic-space-sm, 0.75em);
  }
  button {
    min-height: 44px;
    padding: 0.5em 1em;
    border: 1px solid var(--clinic-color-accent, #0b5cad);
    border-radius: var(--clinic-radius, 8px);
    background: var(--clinic-color-surface, #ffffff);
    color: var(--clinic-color-accent, #0b5cad);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button.primary {
    background: var(--clinic-color-accent, #0b5cad);
    color: var(--clinic-color-on-accent, #ffffff);
  }
  .step-buttons .primary {
    margin-inline-start: auto;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @container (max-width: 30em) {
    .step-name {
      display: none;
    }
  }

  .timeline {
    padding: var(--clinic-space, 1em);
    background: var(--clinic-color-surface-alt, #f2f5f8);
    color: var(--clinic-color-text, #1d2733);
    border: 1px solid var(--clinic-color-border, #c5cfda);
    border-radius: var(--clinic-radius, 8px);
  }
  .timeline h2,
  .timeline h3,
  .timeline h4,
  .timeline h5,
  .timeline h6 {
    margin: 0 0 0.5em;
  }
  .timeline-note {
    margin: 0 0 var(--clinic-space, 1em);
  }
  .date-field {
    display: grid;
    gap: 0.25em;
    margin-bottom: var(--clinic-space, 1em);
  }
  .date-field label {
    font-weight: 600;
  }
  input[type='date'] {
    justify-self: start;
    min-height: 44px;
    padding: 0.25em 0.5em;
    border: 1px solid var(--clinic-color-muted, #4a5563);
    border-radius: calc(var(--clinic-radius, 8px) / 2);
    background: var(--clinic-color-surface, #ffffff);
    color: var(--clinic-color-text, #1d2733);
    font: inherit;
  }
  /* Tab also stops on the calendar button inside the field, where neither :focus nor
     :focus-visible matches the input: keep the ring on the whole field while anything in it has focus. */
  input[type='date']:focus-within {
    outline: 3px solid var(--clinic-color-focus, #0b5cad);
    outline-offset: 2px;
  }
  .hint {
    margin: 0;
    color: var(--clinic-color-muted, #4a5563);
    font-size: 0.875em;
  }
  .milestones {
    display: grid;
    gap: 0.75em;
    margin: 0 0 var(--clinic-space, 1em);
    padding: 0;
    list-style: none;
  }
  .milestone {
    display: grid;
    grid-template-columns: minmax(9em, 14em) minmax(0, 1fr);
    gap: 0.25em 1em;
  }
  @container (max-width: 36em) {
    .milestone {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .when {
    font-weight: 600;
  }
  .when time,
  .relative {
    white-space: nowrap;
  }
  .relative,
  .kind {
    color: var(--clinic-color-muted, #4a5563);
    font-weight: 400;
  }
  .track {
    grid-column: 1 / -1;
    position: relative;
    height: 0.5em;
    border-radius: 0.25em;
    background: var(--clinic-color-border, #c5cfda);
  }
  .bar {
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--from) * 100%);
    width: max(0.5em, calc(var(--span) * 100%));
    border-radius: 0.25em;
    background: var(--clinic-color-accent, #0b5cad);
  }
  .avoid .bar {
    background: repeating-linear-gradient(135deg, var(--clinic-color-accent, #0b5cad) 0 4px, transparent 4px 8px);
    outline: 1px solid var(--clinic-color-accent, #0b5cad);
  }
  .open-ended .bar {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .download {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    font-weight: 600;
  }

  .error {
    padding: var(--clinic-space, 1em);
    border: 2px solid var(--clinic-color-error, #b42318);
    border-radius: var(--clinic-radius, 8px);
    background: var(--clinic-color-surface, #ffffff);
    color: var(--clinic-color-text, #1d2733);
  }
  .error p {
    margin: 0;
  }
  .error code {
    overflow-wrap: anywhere;
  }
  :host([theme]) .loading {
    color: var(--clinic-color-muted, #4a5563);
  }
  .print-only {
    display: none;
  }
  @media (forced-colors: active) {
    .bar {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .track {
      border: 1px solid CanvasText;
    }
    button:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
  @media print {
    .toc,
    slot[name='toc'],
    .progress,
    .step-buttons,
    .date-field,
    .download,
    slot[name='cta'] {
      display: none;
    }
    .print-only {
      display: block;
      margin: 0 0 1em;
      font-size: 0.875em;
    }
    .frame.has-toc {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
