import { expect, waitFor } from 'storybook/test';

/**
 * For play functions: waits until the story's `tag` is ready (`ready` holds for it, e.g. its shadow
 * root shows a form) and returns it. Elements render after the story, so a play function starts here.
 */
export const readyElement = <K extends keyof HTMLElementTagNameMap>(
  canvasElement: HTMLElement,
  tag: K,
  ready: (element: HTMLElementTagNameMap[K]) => unknown,
): Promise<HTMLElementTagNameMap[K]> =>
  waitFor(() => {
    const element = canvasElement.querySelector(tag);
    expect(element && ready(element)).toBeTruthy();
    return element!;
  });
