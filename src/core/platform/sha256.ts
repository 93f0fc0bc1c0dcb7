/** SHA-256 of `text` (UTF-8) as 64 hex digits, with Web Crypto (on https pages and localhost only). */
export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
