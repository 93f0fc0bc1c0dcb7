import { whenIdle } from './when-idle.js';

/**
 * Checks the attribute names of `element` (a misspelt one is warned about, with the closest name)
 * from a chunk of its own, loaded when the page is idle after its first paint: the check costs a
 * page's first render nothing.
 */
export function checkAttributesLater(element: Element): void {
  whenIdle(() =>
    import('./unknown-attributes.js').then(
      ({ checkAttributes }) => checkAttributes(element),
      () => {},
    ),
  );
}
