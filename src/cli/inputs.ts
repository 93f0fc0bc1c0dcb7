import { readFileSync } from 'node:fs';
import { clinicAttribute, clinicKeys, type ClinicKey, type ClinicSettings } from '../core/documents/clinic.js';
import type { DocumentKind, LegalDocument, ProcedureGuide } from '../core/documents/model.js';
import { formatProblem, validateDocument } from '../core/documents/validate.js';

/** `--clinic-name` → `name`: the same names as the provider's attributes. */
export const clinicOptions = Object.fromEntries(clinicKeys.map((key) => [clinicAttribute(key), key])) as Record<string, ClinicKey>;

export const clinicUsage = `  --clinic <clinic.json>    the clinic's settings as JSON: { "name", "legalName", "website", "city",
                            "jurisdiction", "state", "country" } (the provider's attributes)
  --clinic-name, --legal-name, --website, --city, --jurisdiction, --state, --country <text>
                            one setting each (these win over --clinic)`;

type Err = (text: string) => void;
type DocumentOf<Kind extends DocumentKind> = Kind extends 'procedure-guide' ? ProcedureGuide : LegalDocument;

/** The file's JSON, or undefined (with why written to `err`). */
export function readJson(file: string, err: Err): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    err(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not valid JSON'}.`);
    return undefined;
  }
}

/** A content file of `kind`, validated; null (with the problems written to `err`) otherwise. */
export function readDocumentFile<Kind extends DocumentKind>(file: string, kind: Kind, err: Err): DocumentOf<Kind> | null {
  const json = readJson(file, err);
  if (json === undefined) return null;
  const result = validateDocument(json);
  if (!result.ok) {
    err(`${file} does not follow the content format:\n${result.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    return null;
  }
  if (result.document.kind !== kind) {
    err(`${file} is a ${result.document.kind}, not a ${kind}.`);
    return null;
  }
  return result.document as DocumentOf<Kind>;
}

/** The clinic settings from `--clinic <file>` and the one-setting options; null when the file is unusable. */
export function clinicFrom(values: Record<string, unknown>, err: Err): Partial<ClinicSettings> | null {
  const clinic: Partial<ClinicSettings> = {};
  if (typeof values.clinic === 'string') {
    const json = readJson(values.clinic, err);
    if (json === undefined) return null;
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      err(`${values.clinic}: expected an object of clinic settings (${clinicKeys.join(', ')}).`);
      return null;
    }
    for (const [key, value] of Object.entries(json)) {
      if (key === '$schema') continue;
      if (!clinicKeys.includes(key as ClinicKey)) err(`Note: ${values.clinic}: "${key}" is not a clinic setting (${clinicKeys.join(', ')}); ignored.`);
      else if (typeof value === 'string' && value.trim()) clinic[key as ClinicKey] = value.trim();
    }
  }
  for (const [option, key] of Object.entries(clinicOptions)) {
    const value = values[option];
    if (typeof value === 'string' && value.trim()) clinic[key] = value.trim();
  }
  return clinic;
}

export function optionFor(key: string): string {
  return Object.entries(clinicOptions).find(([, value]) => value === key)?.[0] ?? key;
}
