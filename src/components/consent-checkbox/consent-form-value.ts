/** What a given consent adds to the form besides `name=value`. */
export interface SeparateConsentProof {
  version: string;
  covers: readonly string[];
  receipt: string | null;
  hash: string | null;
}

/**
 * The form value of a given consent: `value` under `name`, with `name.version`, `name.hash` and
 * `name.receipt` (once known), and for a photo release one `name.covers` per use ticked.
 */
export function separateConsentFormValue(name: string, value: string, proof: SeparateConsentProof): FormData {
  const data = new FormData();
  data.append(name, value);
  data.append(`${name}.version`, proof.version);
  if (proof.hash) data.append(`${name}.hash`, proof.hash);
  if (proof.receipt) data.append(`${name}.receipt`, proof.receipt);
  for (const use of proof.covers) data.append(`${name}.covers`, use);
  return data;
}
