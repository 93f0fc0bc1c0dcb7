import { css } from 'lit';

export const medicalDisclaimerStyles = css`
  :host {
    display: block;
    font-size: max(var(--clinic-disclaimer-font-size, 0.9375em), 13px);
    line-height: 1.5;
  }
  aside {
    display: flex;
    gap: var(--clinic-space-sm, 0.75em);
    align-items: flex-start;
    padding: var(--clinic-space-sm, 0.75em) var(--clinic-space, 1em);
    background: var(--clinic-color-surface-alt, #f2f5f8);
    color: var(--clinic-color-text, #1d2733);
    border: 1px solid var(--clinic-color-border, #c5cfda);
    border-inline-start: 4px solid var(--clinic-color-accent, #0b5cad);
    border-radius: var(--clinic-radius, 8px);
  }
  :host([variant='banner']) aside {
    justify-content: center;
    border-width: 1px 0;
    border-radius: 0;
    padding-block: var(--clinic-space, 1em);
  }
  :host([variant='banner']) .text {
    max-width: var(--clinic-content-width, 70em);
  }
  svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-block-start: 0.125em;
    color: var(--clinic-color-accent, #0b5cad);
  }
  .text {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .text ::slotted(*) {
    margin: 0;
  }
  a {
    display: inline-block;
    min-height: 24px;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    aside {
      border-color: CanvasText;
    }
    svg {
      color: CanvasText;
    }
  }
`;
