import { revoke } from '../../core/consent/revoke.js';
import { translate } from '../../core/i18n/messages.js';
import { reloadStrings } from './withdrawal.strings.js';
import type { Locale } from '../../core/i18n/locale.js';
import { cssText } from '../shared/theme-css.js';
import { adoptSheet, element, lazySheet } from './dom.js';

/**
 * What a withdrawal of consent does on the page, loaded only when a visitor turns a category off
 * that was on: the categories' declared cookies are deleted and, when something of theirs already
 * ran, a notice offers the reload that stops it.
 */
export function withdraw(root: ShadowRoot, categories: readonly string[], locale: Locale): HTMLElement | null {
  if (!revoke(categories).reloadNeeded) return null;
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
    inset-inline: var(--clinic-space, 1rem);
    bottom: var(--clinic-space, 1rem);
    max-width: 36rem;
    padding: var(--clinic-space, 1rem);
    border: 1px solid var(--clinic-color-border, #c5cfda);
    border-radius: var(--clinic-radius, 8px);
    box-shadow: 0 6px 24px rgb(0 0 0 / 18%);
    color: var(--clinic-color-text, #1d2733);
    background: var(--clinic-color-surface, #ffffff);
  }
  .reload button {
    margin-top: 0.5rem;
  }
  @media (forced-colors: active) {
    .reload {
      border: 2px solid CanvasText;
    }
  }
`;

const reloadSheet = lazySheet(reloadCss);
