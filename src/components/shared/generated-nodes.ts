/**
 * The nodes an element wrote into the page (light DOM) are marked `data-<marker>-generated`, so
 * a reload replaces exactly them and never the clinic's own HTML.
 */
export function replaceGenerated(host: HTMLElement, marker: 'guide' | 'legal', nodes: readonly HTMLElement[] = []): void {
  host.querySelectorAll(`:scope > [data-${marker}-generated]`).forEach((node) => node.remove());
  for (const node of nodes) node.setAttribute(`data-${marker}-generated`, '');
  host.append(...nodes);
}

export function generatedNodes(host: HTMLElement, marker: 'guide' | 'legal'): Element[] {
  return [...host.querySelectorAll(`:scope > [data-${marker}-generated]`)];
}
