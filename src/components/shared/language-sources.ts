import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { closestLang } from '../../core/i18n/locale.js';

/**
 * The content file for the element's language: `src-<lang>` for the closest `lang`
 * (`src-es-mx`, then `src-es`) when the element has one, else `src`.
 */
export function localizedSource(host: HTMLElement & { src: string }): { src: string; attribute: string } {
  const subtags = closestLang(host).toLowerCase().split(/[-_]/);
  for (let count = subtags.length; count > 0 && subtags[0]; count--) {
    const attribute = `src-${subtags.slice(0, count).join('-')}`;
    const src = host.getAttribute(attribute);
    if (src) return { src, attribute };
  }
  return { src: host.src, attribute: 'src' };
}

/** `src-<lang>` attributes are not Lit properties: this updates the element when one changes. */
export class LanguageSources implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #observer: MutationObserver;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    this.#observer = new MutationObserver((records) => {
      if (records.some((record) => record.attributeName?.startsWith('src-'))) host.requestUpdate();
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer.observe(this.#host, { attributes: true });
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }
}
