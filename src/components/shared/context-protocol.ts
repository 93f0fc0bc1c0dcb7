/**
 * The community context protocol (the one `@lit/context` speaks), for the one context the elements
 * share: a `context-request` event that bubbles to the nearest provider, which answers through its
 * `callback` and, with `subscribe`, again on every change. Spoken as events, so elements from two
 * copies of the library (npm and a script tag) still find each other's providers.
 */
type Callback<T> = (value: T, unsubscribe?: () => void) => void;
export type ContextRequest<T> = Event & { context: unknown; contextTarget: Element; callback: Callback<T>; subscribe?: boolean };

/** Asks the nearest provider of `context` above `element`; `callback` gets the value (and each change, with `subscribe`). */
export function requestContext<T>(element: Element, context: unknown, callback: Callback<T>, subscribe: boolean): void {
  element.dispatchEvent(
    Object.assign(new Event('context-request', { bubbles: true, composed: true }), { context, contextTarget: element, callback, subscribe }),
  );
}

/** Answers requests for `context` from inside `host`, and tells subscribers each new value. */
export class ContextAnswerer<T> {
  #subscribers = new Map<Callback<T>, { target: Element; unsubscribe: () => void }>();
  value: T;

  constructor(host: HTMLElement, context: unknown, initialValue: T) {
    this.value = initialValue;
    host.addEventListener('context-request', (event) => {
      const request = event as ContextRequest<T>;
      if (request.context !== context || request.contextTarget === host) return;
      event.stopPropagation();
      const unsubscribe = () => this.#subscribers.delete(request.callback);
      if (request.subscribe) this.#subscribers.set(request.callback, { target: request.contextTarget, unsubscribe });
      request.callback(this.value, unsubscribe);
    });
    // A provider defined later inside this one takes over the subscribers inside it.
    host.addEventListener('context-provider', (event) => {
      const inner = (event as Event & { contextTarget: Element }).contextTarget;
      if ((event as Event & { context: unknown }).context !== context || inner === host) return;
      for (const [callback, { target }] of this.#subscribers)
        if (inner.contains(target)) {
          this.#subscribers.delete(callback);
          requestContext(target, context, callback, true);
        }
    });
  }

  setValue(value: T): void {
    if (value === this.value) return;
    this.value = value;
    this.#subscribers.forEach(({ unsubscribe }, callback) => callback(value, unsubscribe));
  }

  /** Tells requests that no provider answered yet (the provider's script came later) to ask again. */
  announce(host: HTMLElement, context: unknown): void {
    host.dispatchEvent(Object.assign(new Event('context-provider', { bubbles: true, composed: true }), { context, contextTarget: host }));
  }
}

/**
 * At the document: keeps the subscribing requests no provider answered, and sends them again
 * when a provider of their context announces itself.
 */
export function keepUnansweredRequests(root: HTMLElement): void {
  const waiting = new Set<ContextRequest<unknown>>();
  root.addEventListener('context-request', (event) => {
    const request = event as ContextRequest<unknown>;
    if (request.subscribe) waiting.add(request);
  });
  root.addEventListener('context-provider', (event) => {
    const { context } = event as Event & { context: unknown };
    for (const request of [...waiting]) {
      if (request.context !== context) continue;
      waiting.delete(request);
      if (request.contextTarget.isConnected) requestContext(request.contextTarget, context, request.callback, true);
    }
  });
}
