import type { ConsentStoreOptions } from '../src/core/consent/consent-store.js';
import type { OutboxRecord } from '../src/core/receipts/outbox.js';
import { captureWarnings } from './helpers.js';

// What the receipts tests share: fresh namespaces, receipts the test endpoint accepts, and the
// endpoint itself (scripts/receipts-endpoint.mjs, mounted at /api/receipts by the test runner).

let count = 0;
export const ns = (name: string) => `receipts-${name}-${++count}`;

export function storeOptions(overrides: Partial<ConsentStoreOptions> = {}): ConsentStoreOptions {
  return {
    namespace: ns('store'),
    storage: 'local',
    policyVersion: '2024-05',
    expiresDays: 180,
    categories: ['necessary', 'preferences', 'analytics', 'advertising'],
    recordEndpoint: '/api/receipts',
    ...overrides,
  };
}

/** A consent receipt as the endpoint expects it (it answers 400 to a receipt that is not one). */
export const receipt = (id: string): OutboxRecord =>
  ({
    id,
    type: 'consent',
    categories: { necessary: true },
    policyVersion: '1',
    method: 'reject-all',
    gpc: false,
    locale: 'en',
    clientTime: new Date().toISOString(),
  }) as OutboxRecord;

export async function endpoint(mode: string, query = '') {
  await fetch(`/api/receipts/mode?set=${mode}${query}`, { method: 'POST' });
}

export interface Received {
  receipts: { id: string; type: string; serverTime: string }[];
  deliveries: Record<string, number>;
  requests: Record<string, number>;
}
export async function received(): Promise<Received> {
  return (await fetch('/api/receipts')).json();
}

/**
 * Passes every beacon on to the browser, keeping those to `endpoint`: how many the page sent there
 * (outboxes of earlier tests listen for pagehide too, each with its own endpoint), and their ids.
 */
export function spyOnBeacons(endpoint: string): { ids: () => Promise<string[][]>; restore: () => void } {
  const bodies: Blob[] = [];
  const send = navigator.sendBeacon.bind(navigator);
  Object.defineProperty(navigator, 'sendBeacon', {
    configurable: true,
    value: (url: string, data: Blob) => (url === endpoint && bodies.push(data), send(url, data)),
  });
  return {
    ids: () => Promise.all(bodies.map(async (body) => JSON.parse(await body.text()).receipts.map((r: OutboxRecord) => r.id))),
    restore: () => delete (navigator as { sendBeacon?: unknown }).sendBeacon,
  };
}

export const stored = (namespace: string, key = 'outbox'): { id: string }[] => JSON.parse(localStorage.getItem(`${namespace}:${key}`) ?? '{"data":[]}').data;
export const storedIds = (namespace: string) => stored(namespace).map((record) => record.id);

/**
 * For a describe block: each test starts with empty storage and a healthy endpoint that has
 * received nothing, with console warnings captured (`messages`) and given back after it.
 */
export function withReceiptsEndpoint(): { readonly messages: string[] } {
  let captured = captureWarnings();
  captured.restore();
  beforeEach(async () => {
    localStorage.clear();
    await endpoint('ok', '&reset&release');
    captured = captureWarnings();
  });
  afterEach(async () => {
    captured.restore();
    await endpoint('ok', '&reset&release');
  });
  return {
    get messages() {
      return captured.messages;
    },
  };
}
