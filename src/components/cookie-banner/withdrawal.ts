import { translate } from '../../core/i18n/messages.js';
import { reloadStrings } from './withdrawal.strings.js';
import type { Locale } from '../../core/i18n/locale.js';
import { cssText } from '../shared/theme-css.js';
import { adoptSheet, element, lazySheet } from './dom.js';

/**
 * The notice after a withdrawal of consent whose scripts or embeds already ran (the decision core
 * has deleted their declared cookies): it offers the reload that stops them. Loaded only then.
 */
export function reloadNotice(root: ShadowRoot, locale: Locale): HTMLElement {
  adoptSheet(root, reloadSheet());
  const t = (key: keyof (typeof reloadStrings)['en']) => translate(reloadStrings, locale, key);
  return element(
    'div',
    { class: 'reload', role: 'alert', lang: locale },
    `${t('reload')} `,
    element('button', { type: 'button', onclick: () => location.reload() }, t('reloadButton')),
  );
}

const reloadCss = cssText`
  .reload {
    position: fixed;
    z-index: var(--clinic-banner-z-index, 2147483000);
    inset-inline: var(--clinic-space, 1em);
    bottom: var(--clinic-space, 1em);
    max-width: 36em;
    padding: var(--clinic-space, 1em);
    border: 1px solid var(--clinic-color-border, #c5cfda);
    border-radius: var(--clinic-radius, 8px);
    box-shadow: 0 6px 24px rgb(0 0 0 / 18%);
    color: var(--clinic-color-text, #1d2733);
    background: var(--clinic-color-surface, #ffffff);
  }
  .reload button {
    margin-top: 0.5em;
  }
  @media (forced-colors: active) {
    .reload {
      border: 2px solid CanvasText;
    }
  }
`;

const reloadSheet = lazySheet(reloadCss);
