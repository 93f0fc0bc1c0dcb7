/**
 * A bar, box or floating button must never hide the focused element (WCAG 2.4.11): while it shows, the page gets
 * that much room at its end (so the last links can scroll clear) and keeps it free when scrolling
 * an element into view. The room is added below everything, so nothing visible moves.
 */
export class PageRoom {
  #observer: ResizeObserver | null = null;
  #banner: HTMLElement | null = null;
  /** The page's own inline `padding-bottom` on `<body>`, given back when the banner closes. */
  #bodyPadding: string | null = null;
  #basePadding = 0;

  /** Keeps room for `banner` (one observer per opening), or gives the room back for `null`. */
  keepFor(banner: HTMLElement | null): void {
    const { documentElement, body } = document;
    if (banner && banner === this.#banner) return;
    this.#observer?.disconnect();
    this.#banner = banner;
    if (!banner) {
      documentElement.style.removeProperty('scroll-padding-bottom');
      if (this.#bodyPadding !== null) body.style.paddingBottom = this.#bodyPadding;
      this.#bodyPadding = null;
      return;
    }
    if (this.#bodyPadding === null) {
      this.#bodyPadding = body.style.paddingBottom;
      this.#basePadding = parseFloat(getComputedStyle(body).paddingBottom) || 0;
    }
    const basePadding = this.#basePadding;
    const keepRoom = () => {
      const room = banner.offsetHeight + 16;
      documentElement.style.setProperty('scroll-padding-bottom', `${room}px`);
      body.style.paddingBottom = `${basePadding + room}px`;
    };
    // At once (nothing may be covered for a frame), then whenever the banner's height changes.
    keepRoom();
    this.#observer = new ResizeObserver(keepRoom);
    this.#observer.observe(banner);
  }
}
