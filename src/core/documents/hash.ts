import type { Block, ClinicDocument } from './model.js';
import { blockPlainText } from './plain-text.js';
import { fillPlaceholders } from './placeholders.js';
import type { ClinicSettings } from './clinic.js';
import { sha256 } from '../platform/sha256.js';

/**
 * The canonical text of a document, as a visitor reads it: the clinic filled in, each heading and
 * block on its own line, Unicode NFC, white space folded. The same words always give the same text.
 */
export function canonicalText(doc: ClinicDocument, clinic: Partial<ClinicSettings>): { whole: string; sections: Record<string, string> } {
  const fill = (text: string) => fillPlaceholders(text, clinic).replace(/\s+/g, ' ').trim().normalize('NFC');
  const block = (b: Block) => fill(blockPlainText(b));
  const sections = Object.fromEntries(
    doc.sections.map((section) => [
      section.id,
      [fill(section.number ? `${section.number}. ${section.heading}` : section.heading), ...section.blocks.map(block)].join('\n'),
    ]),
  );
  const whole = [fill(doc.title), ...(doc.intro ?? []).map(block), ...Object.values(sections)].join('\n\n');
  return { whole, sections };
}

export { sha256 };

/** The hash of the whole document and of each section (to tell which sections changed later). */
export async function documentHashes(doc: ClinicDocument, clinic: Partial<ClinicSettings>): Promise<{ hash: string; sections: Record<string, string> }> {
  const text = canonicalText(doc, clinic);
  const sections = Object.fromEntries(await Promise.all(Object.entries(text.sections).map(async ([id, value]) => [id, await sha256(value)] as const)));
  return { hash: await sha256(text.whole), sections };
}
