/**
 * Reports which section is being read while the visitor scrolls: the section that crosses a
 * reading line a quarter of the way down the viewport (so the tail of the previous section at the
 * very top does not count). Used for `aria-current` in the table of contents.
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
    this.#observer = new IntersectionObserver((entries) => this.#update(entries), { rootMargin: '-25% 0px -74% 0px' });
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
    const index = this.#order.findLastIndex((section) => this.#visible.has(section));
    if (index !== -1) this.#onChange(index);
  }
}
