import { checkAttributesLater } from './attribute-check.js';

/**
 * Registers `ctor` under `tag` unless the tag is already taken.
 *
 * Loading a bundle twice, or two entry points that share an element, must never throw on a
 * clinic's page. The same class registered again is ignored silently; a different class under the
 * same tag (for example the npm build and the CDN build on one page) keeps the first registration
 * and warns once.
 */
export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor || warnedTags.has(tag)) return;
  warnedTags.add(tag);
  console.warn(`clinic-elements: <${tag}> is already defined by another copy of the library; keeping the first one. ` + 'Load clinic-elements once per page.');
}

const warnedTags = new Set<string>();

/**
 * {@link defineOnce} for the library's own elements: each element, whenever it connects, is also
 * queued for the check of its attribute names (see `checkAttributesLater`). The registry reads
 * `connectedCallback` when the tag is defined, so it is wrapped just before.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const prototype = ctor.prototype as HTMLElement & { connectedCallback?(): void };
  const connected = prototype.connectedCallback;
  if (!customElements.get(tag))
    prototype.connectedCallback = function (this: HTMLElement) {
      checkAttributesLater(this);
      connected?.call(this);
    };
  defineOnce(tag, ctor);
}
