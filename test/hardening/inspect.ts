/**
 * What the hardening suite looks for after hostile input was rendered: markup that should never
 * exist (scripts, frames, event-handler attributes, script addresses), in the light DOM and in
 * every open shadow root, and requests that left the page's own origin.
 */

/** Every element under `root` (itself included), crossing into open shadow roots; not into <template> content. */
export function allElements(root: Element | ShadowRoot | Document): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    if (node instanceof Element) {
      found.push(node);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.children) visit(child);
  };
  visit(root);
  return found;
}

/** Tags no element of the library ever renders from text, in either DOM. */
const forbiddenTags = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'style',
  'noscript',
  'xmp',
  'plaintext',
  'listing',
  'math',
  'portal',
  'video',
  'audio',
  'source',
  'track',
  'marquee',
  'details',
  'body',
  'html',
  'head',
  'title',
  'svg',
  'animate',
  'set',
  'image',
  'use',
  'foreignobject',
  'img',
  'template',
  'textarea',
  'select',
  'keygen',
  'param',
  'x:script',
]);

/** Attributes whose value the browser loads or navigates to. */
const urlAttributes = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'ping',
  'cite',
  'srcset',
  'codebase',
  'manifest',
  'lowsrc',
  'dynsrc',
]);

/** Whether the browser would treat `value` as a `javascript:`, `data:` or `vbscript:` address. */
export function isScriptUrl(value: string): boolean {
  try {
    return ['javascript:', 'data:', 'vbscript:'].includes(new URL(value, location.href).protocol);
  } catch {
    return false;
  }
}

function describe(element: Element): string {
  const root = element.getRootNode();
  const where = root instanceof ShadowRoot ? ` in the shadow root of <${root.host.localName}>` : '';
  return `<${element.localName}>${where}`;
}

/** Markup that may be there because the test put it there itself (the clinic's own HTML). */
function isFixture(element: Element): boolean {
  return element.closest('[data-fixture]') !== null;
}

/** The built-in information icon of `<medical-disclaimer>`. */
function isKnownIcon(element: Element): boolean {
  const icon = element.closest('svg');
  return icon !== null && icon.getAttribute('part') === 'icon' && icon.getRootNode() instanceof ShadowRoot;
}

/**
 * The attributes the page itself gave (the test's input, before the library ran), per element:
 * `<legal-document src="javascript:…">` is the hostile input, not something the library made.
 */
export function givenAttributes(root: Element): WeakMap<Element, Set<string>> {
  const given = new WeakMap<Element, Set<string>>();
  for (const element of allElements(root)) given.set(element, new Set([...element.attributes].map(({ name, value }) => `${name}=${value}`)));
  return given;
}

/** Everything dangerous under `root` that the page did not give itself: one line per finding. */
export function dangerousMarkup(root: Element, given?: WeakMap<Element, Set<string>>): string[] {
  const problems: string[] = [];
  for (const element of allElements(root)) {
    const tag = element.localName.toLowerCase();
    if (forbiddenTags.has(tag) && !isFixture(element) && !isKnownIcon(element)) problems.push(`unexpected ${describe(element)}`);
    for (const { name, value } of element.attributes) {
      if (given?.get(element)?.has(`${name}=${value}`)) continue;
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) problems.push(`${describe(element)} has an event-handler attribute ${name}="${value}"`);
      if (attribute === 'srcdoc') problems.push(`${describe(element)} has srcdoc`);
      if (urlAttributes.has(attribute) && isScriptUrl(value)) problems.push(`${describe(element)} has ${name}="${value}"`);
      if (attribute === 'style' && /expression\s*\(|javascript:|url\s*\(|@import/i.test(value)) problems.push(`${describe(element)} has style="${value}"`);
    }
  }
  return problems;
}

/** Elements in the document that can run or load code, to compare before and after. */
export function activeElements(): Set<Element> {
  return new Set(document.querySelectorAll('script, iframe, frame, object, embed, base, meta, link, style, portal'));
}

/**
 * Active elements added to the document since `before`, apart from the guide's JSON-LD block,
 * which is checked here instead: data only, valid JSON, nothing that could close the script.
 */
export function addedActiveElements(before: Set<Element>): string[] {
  const problems: string[] = [];
  for (const element of activeElements()) {
    if (before.has(element)) continue;
    if (element.matches('script[type="application/ld+json"][data-clinic-guide]')) {
      const text = element.textContent ?? '';
      if (text.includes('<')) problems.push('the JSON-LD block contains "<"');
      try {
        JSON.parse(text);
      } catch {
        problems.push('the JSON-LD block is not valid JSON');
      }
      continue;
    }
    problems.push(`a new <${element.localName}> in the document: ${element.outerHTML.slice(0, 160)}`);
  }
  return problems;
}

/** Requests since `from` (performance time) that did not go to this page's own origin. */
export function offOriginRequests(from: number): string[] {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= from)
    .map((entry) => entry.name)
    .filter((name) => !name.startsWith('blob:') && new URL(name).origin !== location.origin)
    .map((name) => `a request left the site: ${name}`);
}

/** Text as a reader gets it: white space folded. */
export const fold = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Two animation frames: whatever was scheduled for the next frame has been drawn. */
export const frames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits until every Lit element under `root` (shadow roots included) has finished updating.
 * Returns the errors of updates that failed (an update that throws leaves the element broken).
 */
export async function updatesDone(root: Element): Promise<string[]> {
  const errors: string[] = [];
  for (let round = 0; round < 5; round += 1) {
    const pending = allElements(root)
      .map((element) => [element, (element as Element & { updateComplete?: Promise<boolean> }).updateComplete] as const)
      .filter((entry): entry is readonly [Element, Promise<boolean>] => entry[1] instanceof Promise);
    const results = await Promise.all(
      pending.map(([element, promise]) =>
        promise.catch((error: unknown) => {
          errors.push(`<${element.localName}> failed to update: ${String(error)}`);
          return true;
        }),
      ),
    );
    if (results.every(Boolean)) break;
  }
  return [...new Set(errors)];
}
