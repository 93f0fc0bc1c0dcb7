import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Listener = readonly [target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions];

/**
 * Event listeners that live exactly as long as the element is in the page: added when it
 * connects, removed when it disconnects (so a removed element never reacts to the window).
 */
export class ListenersController implements ReactiveController {
  #listeners: readonly Listener[];

  constructor(host: ReactiveControllerHost, listeners: readonly Listener[]) {
    this.#listeners = listeners;
    host.addController(this);
  }

  hostConnected(): void {
    for (const [target, type, handler, options] of this.#listeners) target.addEventListener(type, handler, options);
  }

  hostDisconnected(): void {
    for (const [target, type, handler] of this.#listeners) target.removeEventListener(type, handler);
  }
}
