/**
 * jsdom lays nothing out and cannot scroll. For tests of windowed lists (ui/windowedRows.ts): scroll
 * boxes stand 600 px tall around content as tall as its inline style says, and scrolling sets the
 * offset and says so, as a browser does.
 */
export function stubScrollBoxes(): () => void {
  const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "clientHeight");
  const content = Object.getOwnPropertyDescriptor(Element.prototype, "scrollHeight");
  const scrollTo = Element.prototype.scrollTo;
  Object.defineProperty(HTMLElement.prototype, "clientHeight", {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains("virtual-scroll") ? 600 : 0;
    },
  });
  Object.defineProperty(Element.prototype, "scrollHeight", {
    configurable: true,
    get(this: Element) {
      return Number.parseFloat((this.firstElementChild as HTMLElement | null)?.style.height ?? "") || 0;
    },
  });
  Element.prototype.scrollTo = function (this: Element, opts?: ScrollToOptions | number) {
    const top = typeof opts === "object" ? (opts.top ?? 0) : 0;
    Object.defineProperty(this, "scrollTop", { value: top, configurable: true, writable: true });
    this.dispatchEvent(new Event("scroll"));
  };
  return () => {
    if (height) Object.defineProperty(HTMLElement.prototype, "clientHeight", height);
    if (content) Object.defineProperty(Element.prototype, "scrollHeight", content);
    Element.prototype.scrollTo = scrollTo;
  };
}
