/**
 * Reports which section is being read while the visitor scrolls: the first section whose top
 * part is in the upper half of the viewport. Used for `aria-current` in the table of contents.
 */
export class SectionSpy {
  #observer: IntersectionObserver | null = null;
  #visible = new Set<Element>();
  #order: Element[] = [];
  #onChange: (index: number) => void;

  constructor(onChange: (index: number) => void) {
    this.#onChange = onChange;
  }

  observe(sections: readonly Element[]): void {
    this.disconnect();
    this.#order = [...sections];
    this.#observer = new IntersectionObserver((entries) => this.#update(entries), { rootMargin: '0px 0px -50% 0px' });
    sections.forEach((section) => this.#observer!.observe(section));
  }

  disconnect(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#visible.clear();
  }

  #update(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (entry.isIntersecting) this.#visible.add(entry.target);
      else this.#visible.delete(entry.target);
    }
    const index = this.#order.findIndex((section) => this.#visible.has(section));
    if (index !== -1) this.#onChange(index);
  }
}
