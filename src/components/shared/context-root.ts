import { keepUnansweredRequests } from './context-protocol.js';

const attached = Symbol.for('clinic-elements.context-root');

/**
 * Lets an element find its `<clinic-provider>` even when the element's script ran before the
 * provider's (two separate `dist/cdn/<tag>.js` tags in either order). Without it, a request made
 * before the provider is defined is lost silently. Attached once per page, whatever the number
 * of copies of the library.
 */
export function attachContextRoot(): void {
  const root = document.documentElement as HTMLElement & { [attached]?: true };
  if (root[attached]) return;
  root[attached] = true;
  keepUnansweredRequests(root);
}
