/** Records console.warn calls until `restore()`; tests assert on them and leave the console clean. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => void (console.warn = original) };
}

/** The text a reader sees in an element's shadow root and its slotted light DOM, whitespace folded. */
export function visibleText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...node.childNodes]).forEach(walk);
    } else if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
    } else if (node instanceof Element && node.shadowRoot) {
      node.shadowRoot.childNodes.forEach(walk);
    } else {
      node.childNodes.forEach(walk);
    }
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

// Any uncaught error or unhandled promise rejection during a test fails that test: the library
// promises never to throw at a page, and the test runner alone only logs them.
const uncaught: string[] = [];
window.addEventListener('error', (event) => uncaught.push(`uncaught error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => uncaught.push(`unhandled rejection: ${String(event.reason)}`));
afterEach(function failOnUncaught() {
  const found = uncaught.splice(0);
  if (found.length) throw new Error(found.join('\n'));
});

/**
 * For each test of the enclosing `describe`: the site's localStorage starts empty (and, with
 * `resetReceipts`, the test server's receipts endpoint answers 200 with nothing received), and the
 * console warnings it causes are kept in `.messages`, the console restored after it.
 */
export function warningsOfEachTest({ resetReceipts = false } = {}): { readonly messages: string[] } {
  let captured = { messages: [] as string[], restore: () => {} };
  beforeEach(async () => {
    localStorage.clear();
    if (resetReceipts) await fetch('/api/receipts/mode?set=ok&reset&release', { method: 'POST' });
    captured = captureWarnings();
  });
  afterEach(() => {
    captured.restore();
    localStorage.clear();
  });
  return {
    get messages() {
      return captured.messages;
    },
  };
}
