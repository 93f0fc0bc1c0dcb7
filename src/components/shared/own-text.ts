/**
 * Whether an element's default slot has words of its own: white space between the tags does not
 * count (a slot with only white space assigned would hide its built-in text).
 */
export const hasOwnText = (nodes: Iterable<Node>): boolean =>
  [...nodes].some((node) => !(node instanceof Element && node.slot) && (node.textContent ?? '').trim() !== '');
