import { unknownAttribute } from '../../core/platform/attribute-names.js';
import { checkColorTokens } from './token-check.js';

/** `tag attribute` pairs already warned about: each once per page, however many elements carry it. */
const told = new Set<string>();
let tokensChecked = false;

/**
 * Warns about each attribute of `element` that neither its class observes nor HTML defines for
 * every element. `src-<lang>` (`src-es`, `src-es-mx`) counts for an element that observes `src`.
 */
export function checkAttributes(element: Element): void {
  // The page's colour tokens are checked once, with the first element (the same idle moment).
  if (!tokensChecked) checkColorTokens();
  tokensChecked = true;
  const tag = element.localName;
  const ctor = element.constructor as { observedAttributes?: string[]; formAssociated?: boolean };
  // A form control may carry `type` (Vue's checkbox v-model asks for type="checkbox") and `form`.
  const known = [...(ctor.observedAttributes ?? []), ...(ctor.formAssociated ? ['type', 'form'] : [])];
  for (const { name } of element.attributes) {
    if (told.has(`${tag} ${name}`) || (known.includes('src') && /^src-[a-z]{2,3}(-[a-z\d]+)*$/.test(name))) continue;
    const problem = unknownAttribute(name, known);
    told.add(`${tag} ${name}`);
    if (problem) console.warn(`clinic-elements: <${tag}> ${problem}`);
  }
}
