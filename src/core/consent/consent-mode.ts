/**
 * Google Consent Mode v2: tells Google tags on the page what they may store, without loading any
 * Google code. The first push (everything denied, wait for an update) must come before any tag
 * reads it; every decision pushes an update.
 */
type ConsentModeState = 'granted' | 'denied';

declare global {
  interface Window {
    dataLayer?: unknown[];
  }
}

/** Consent Mode signal → the category that grants it. */
const signals = {
  ad_storage: 'advertising',
  ad_user_data: 'advertising',
  ad_personalization: 'advertising',
  analytics_storage: 'analytics',
  functionality_storage: 'preferences',
  personalization_storage: 'preferences',
  security_storage: 'necessary',
} as const;

function gtag(..._args: unknown[]): void {
  window.dataLayer ??= [];
  // gtag reads an Arguments object, not an array.
  // eslint-disable-next-line prefer-rest-params
  window.dataLayer.push(arguments);
}

export function pushConsentDefault(waitForUpdateMs = 500): void {
  const denied = Object.fromEntries(Object.keys(signals).map((signal) => [signal, 'denied' satisfies ConsentModeState]));
  gtag('consent', 'default', { ...denied, wait_for_update: waitForUpdateMs });
}

export function pushConsentUpdate(granted: (category: string) => boolean): void {
  const update = Object.fromEntries(Object.entries(signals).map(([signal, category]) => [signal, granted(category) ? 'granted' : 'denied']));
  gtag('consent', 'update', update);
}
