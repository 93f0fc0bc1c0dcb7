import { whenIdle } from './when-idle.js';

const queued = new Set<Element>();

/**
 * Checks the attribute names of `element` (a misspelt one is warned about, with the closest name)
 * from a chunk of its own, loaded when the page is idle after its first paint: the check costs a
 * page's first render nothing. Elements connected before that moment are checked together.
 */
export function checkAttributesLater(element: Element): void {
  if (!queued.size)
    whenIdle(() =>
      import('./unknown-attributes.js')
        .then(
          ({ checkAttributes }) => queued.forEach(checkAttributes),
          () => {},
        )
        .finally(() => queued.clear()),
    );
  queued.add(element);
}
