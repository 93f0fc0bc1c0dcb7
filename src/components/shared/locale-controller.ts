import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale, type Locale } from '../../core/i18n/locale.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let observer: MutationObserver | null = null;

/**
 * Keeps an element's UI language in step with `lang` on itself, its ancestors and `<html>`.
 * One attribute-filtered observer serves every element on the page.
 */
export class LocaleController implements ReactiveController {
  #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The language to render in now. */
  get locale(): Locale {
    return resolveLocale(this.#host);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    observer ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
    if (hosts.size === 1) {
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    if (hosts.size === 0) observer?.disconnect();
  }
}
