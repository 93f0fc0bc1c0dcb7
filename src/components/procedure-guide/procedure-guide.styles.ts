import { css } from 'lit';

export const procedureGuideStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    /* The guide's text takes the site's own colours... */
    color: inherit;
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
    padding: var(--clinic-space, 1rem);
    background: var(--clinic-color-surface, #ffffff);
    color: var(--clinic-color-text, #1d2733);
  }
  .frame {
    display: grid;
    gap: var(--clinic-space-lg, 2rem);
  }
  @container (min-width: 52rem) {
    .frame.has-toc {
      grid-template-columns: minmax(12rem, 15rem) minmax(0, 1fr);
      align-items: start;
    }
    .toc,
    ::slotted([slot='toc']) {
      position: sticky;
      top: var(--clinic-scroll-offset, 1rem);
      max-height: calc(100vh - 2 * var(--clinic-scroll-offset, 1rem));
      overflow: auto;
    }
  }
  .main {
    display: grid;
    gap: var(--clinic-space, 1rem);
    min-width: 0;
  }
  ::slotted([slot='cta']) {
    justify-self: start;
  }
  /* A table of contents printed by the command line is slotted in, and looks the same (page styles do its inside). */
  .toc,
  ::slotted([slot='toc']) {
    padding: var(--clinic-space-sm, 0.75rem) var(--clinic-space, 1rem);
    background: var(--clinic-color-surface-alt, #f2f5f8);
    border: 1px solid var(--clinic-color-border, #c5cfda);
    border-radius: var(--clinic-radius, 8px);
    font-size: 0.9375em;
  }
  .toc-title {
    margin: 0 0 0.5rem;
    font-weight: 700;
  }
  .toc ol {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .toc li + li {
    margin-top: 0.125rem;
  }
  .toc a {
    display: block;
    padding: 0.2rem 0;
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
    scroll-margin-top: var(--clinic-scroll-offset, 1rem);
  }
  .progress p {
    margin: 0 0 0.5rem;
  }
  progress {
    width: 100%;
    height: 0.5rem;
    accent-color: var(--clinic-color-accent, #0b5cad);
  }
  .step-buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--clinic-space-sm, 0.75rem);
  }
  button {
    min-height: 44px;
    padding: 0.5rem 1rem;
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
  @container (max-width: 30rem) {
    .step-name {
      display: none;
    }
  }

  .timeline {
    padding: var(--clinic-space, 1rem);
    background: var(--clinic-color-surface-alt, #f2f5f8);
    border: 1px solid var(--clinic-color-border, #c5cfda);
    border-radius: var(--clinic-radius, 8px);
  }
  .timeline h2,
  .timeline h3,
  .timeline h4,
  .timeline h5,
  .timeline h6 {
    margin: 0 0 0.5rem;
  }
  .timeline-note {
    margin: 0 0 var(--clinic-space, 1rem);
  }
  .date-field {
    display: grid;
    gap: 0.25rem;
    margin-bottom: var(--clinic-space, 1rem);
  }
  .date-field label {
    font-weight: 600;
  }
  input[type='date'] {
    justify-self: start;
    min-height: 44px;
    padding: 0.25rem 0.5rem;
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
    gap: 0.75rem;
    margin: 0 0 var(--clinic-space, 1rem);
    padding: 0;
    list-style: none;
  }
  .milestone {
    display: grid;
    grid-template-columns: minmax(9rem, 14rem) minmax(0, 1fr);
    gap: 0.25rem 1rem;
  }
  @container (max-width: 36rem) {
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
    height: 0.5rem;
    border-radius: 0.25rem;
    background: var(--clinic-color-border, #c5cfda);
  }
  .bar {
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--from) * 100%);
    width: max(0.5rem, calc(var(--span) * 100%));
    border-radius: 0.25rem;
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
    padding: var(--clinic-space, 1rem);
    border: 2px solid var(--clinic-color-error, #b42318);
    border-radius: var(--clinic-radius, 8px);
    background: var(--clinic-color-surface, #ffffff);
  }
  .error p {
    margin: 0;
  }
  .error code {
    overflow-wrap: anywhere;
  }
  .loading {
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
      margin: 0 0 1rem;
      font-size: 0.875em;
    }
    .frame.has-toc {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
