import { css } from 'lit';

export const sensitiveContentStyles = css`
  /* What it reveals is the site's content, in the site's colours. */
  :host {
    display: block;
    color: inherit;
    background-color: transparent;
  }
  .cover {
    display: grid;
    justify-items: start;
    gap: 0.75em;
    padding: var(--clinic-space-lg, 1.5em);
    border: 1px solid var(--clinic-color-border, #c5cfda);
    border-radius: var(--clinic-radius, 8px);
    background: var(--clinic-color-surface-alt, #f2f5f8);
    color: var(--clinic-color-text, #1d2733);
  }
  .title {
    margin: 0;
    font-weight: 700;
  }
  .text {
    margin: 0;
  }
  .content:focus {
    outline: none;
  }
  .content:focus-visible {
    outline: 3px solid var(--clinic-color-focus, #0b5cad);
    outline-offset: 4px;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-top: 0.5em;
  }
  .tools button {
    background: var(--clinic-color-surface, #ffffff);
    color: var(--clinic-color-accent, #0b5cad);
  }
  [hidden] {
    display: none !important;
  }
  @media (prefers-reduced-motion: no-preference) {
    .content:not([hidden]) {
      animation: appear 200ms ease-out;
    }
    @keyframes appear {
      from {
        opacity: 0;
      }
    }
  }
  @media (forced-colors: active) {
    .cover {
      border: 2px solid CanvasText;
    }
  }
`;
