import type { ClinicConsentGlobal } from '../src/core/consent/decision-core.js';
import type { ConsentReceipt } from '../src/core/receipts/types.js';
import { waitUntil } from '@open-wc/testing';

/**
 * A clinic page with its vendors (test/pages/vendors.html: GA4, a pixel, two YouTube frames, a
 * video, a map's style sheet, a chat and a pixel's stub and library), loaded in a frame as a
 * visitor would load it. The test server's request log shows what each vendor received.
 */
export type PageWindow = Window & { clinicConsent?: ClinicConsentGlobal; runs: string[]; warnings: string[]; tables: unknown[][]; dataLayer?: IArguments[] };
export interface Page {
  win: PageWindow;
  doc: Document;
  banner: HTMLElement;
  part(name: string): HTMLElement | null;
  frame: HTMLIFrameElement;
}

export const requested = async (): Promise<string[]> => (await fetch('/api/vendor-log')).json();
export const emptyLog = () => fetch('/api/vendor-log', { method: 'POST' });
export const receipts = async (): Promise<ConsentReceipt[]> => (await (await fetch('/api/receipts')).json()).receipts;
export const includesAll = (log: string[], ids: string[]) => ids.every((id) => log.includes(id));
export const count = (log: string[], id: string) => log.filter((entry) => entry === id).length;
export const frames: HTMLIFrameElement[] = [];
/** Lets what the page would request on its own arrive at the server before the log is read. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

export async function openPage(query = ''): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1200px';
  frame.src = `/test/pages/vendors.html${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  const banner = doc.querySelector<HTMLElement>('cookie-banner')!;
  await waitUntil(() => win.clinicConsent && (banner.shadowRoot?.querySelector('.banner') || win.clinicConsent.decision), 'the page did not settle');
  const part = (name: string) => banner.shadowRoot?.querySelector<HTMLElement>(`[part="${name}"]`) ?? null;
  return { win, doc, banner, part, frame };
}

export async function openPreferences(page: Page): Promise<HTMLDialogElement> {
  page.part('customize-button')!.click();
  await waitUntil(() => page.banner.shadowRoot!.querySelector<HTMLDialogElement>('#preferences')?.open, 'the preferences did not open');
  return page.banner.shadowRoot!.querySelector<HTMLDialogElement>('#preferences')!;
}

export const switchOf = (dialog: HTMLDialogElement, name: string) => dialog.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
