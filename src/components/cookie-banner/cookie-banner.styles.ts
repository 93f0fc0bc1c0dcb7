import { buttonCss, cssText, themeCss } from '../shared/theme-css.js';

/** The banner's own styles, after the shared theme and button styles. */
const bannerCss = cssText`
  :host {
    display: contents;
    /* Fixed to the viewport, so the root size rather than where the tag sits; at least 16 px. */
    font-size: max(1rem, 16px);
    line-height: 1.5;
  }
  .banner,
  .floating {
    color: var(--clinic-color-text, #1d2733);
    background: var(--clinic-color-surface, #ffffff);
    border: 1px solid var(--clinic-color-border, #c5cfda);
    box-shadow: 0 6px 24px rgb(0 0 0 / 18%);
  }
  .banner:not(dialog) {
    position: fixed;
    z-index: var(--clinic-banner-z-index, 2147483000);
    inset-inline: 0;
    bottom: 0;
    max-height: 80vh;
    overflow: auto;
    padding: var(--clinic-space, 1em) max(var(--clinic-space, 1em), calc((100vw - var(--clinic-content-width, 70em)) / 2));
    border-width: 1px 0 0;
  }
  :host([layout='box']) .banner:not(dialog) {
    inset-inline: var(--clinic-space, 1em) auto;
    bottom: var(--clinic-space, 1em);
    max-width: min(26em, calc(100vw - 2 * var(--clinic-space, 1em)));
    padding: var(--clinic-space, 1em);
    border-width: 1px;
    border-radius: var(--clinic-radius, 8px);
  }
  dialog {
    box-sizing: border-box;
    max-width: min(36em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    padding: var(--clinic-space-lg, 1.5em);
    border-radius: var(--clinic-radius, 8px);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 55%);
  }
  h2 {
    margin: 0 0 0.5em;
    font-size: 1.125em;
  }
  h2:focus {
    outline: none;
  }
  p {
    margin: 0 0 0.75em;
  }
  .gpc {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--clinic-color-accent, #0b5cad);
    background: var(--clinic-color-surface-alt, #f2f5f8);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* Equal weight: the three choices share one look and one size. */
  .actions button {
    flex: 1 1 9em;
  }
  a {
    font-weight: 600;
  }
  .floating-region {
    position: fixed;
    z-index: var(--clinic-banner-z-index, 2147483000);
    inset-inline-start: var(--clinic-space, 1em);
    bottom: var(--clinic-space, 1em);
  }
  .floating {
    border-radius: 999px;
    color: var(--clinic-color-text, #1d2733);
    font-size: 0.875em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .banner,
    .floating {
      border: 2px solid CanvasText;
    }
  }
`;

/** Everything the first layer and the floating button need, as one stylesheet's text. */
export const cookieBannerCss = themeCss + buttonCss + bannerCss;
