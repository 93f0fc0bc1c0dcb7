/**
 * The content model: a clinic's documents as plain data. Text is always text (never HTML); the
 * elements turn it into real headings, paragraphs and lists. Any string may contain clinic
 * placeholders such as `{clinic.name}` (see `placeholders.ts`).
 */

/** A run of text, or a link. */
export type Inline = string | LinkInline;

export interface LinkInline {
  type: 'link';
  text: string;
  /** Relative, http(s), mailto or tel only; anything else fails validation. */
  href: string;
}

/** Paragraph text: plain text, or text mixed with links. */
export type RichText = string | Inline[];

export interface ParagraphBlock {
  type: 'paragraph';
  text: RichText;
}

export interface ListBlock {
  type: 'list';
  ordered?: boolean;
  items: RichText[];
}

export interface FigureBlock {
  type: 'figure';
  /** Stable id: the clinic supplies the image through the slot `figure-<id>`. */
  id: string;
  caption: string;
  /** Describes the image for people who cannot see it. */
  alt?: string;
}

/** Something the reader must not miss, such as when to call the surgeon at once; set apart and printed. */
export interface CalloutBlock {
  type: 'callout';
  tone: 'warning';
  /** Short title read first, e.g. "Call your surgeon at once". */
  heading: string;
  text: RichText;
}

/**
 * A list the reader ticks, such as questions to ask at the consultation. The ticks stay in the
 * visitor's browser (never sent) and print as boxes.
 */
export interface ChecklistBlock {
  type: 'checklist';
  /** Stable id, unique in the document: the ticks are kept under it. */
  id: string;
  title: string;
  items: RichText[];
}

export type Block = ParagraphBlock | ListBlock | FigureBlock | CalloutBlock | ChecklistBlock;

export interface Section {
  /** Anchor id (`#risks`): lowercase letters, digits and hyphens. */
  id: string;
  /** Section number as printed, for legal documents (`"2"`). */
  number?: string;
  heading: string;
  blocks: Block[];
}

interface DocumentBase {
  /** Machine name (`necklift`, `terms`). */
  id: string;
  title: string;
  /** Language of the text (BCP 47). */
  lang: string;
  /** Text before the first section. */
  intro?: Block[];
  sections: Section[];
}

/**
 * One fact of the recovery, counted in days from the procedure (day 0 is the day of surgery or
 * treatment; negative days come before it, such as stopping smoking two weeks ahead).
 * `milestone`: something happens in that span; `avoid`: something to avoid during it.
 */
export interface RecoveryMilestone {
  id: string;
  kind: 'milestone' | 'avoid';
  /** Short text, e.g. "Most stitches removed". */
  label: string;
  fromDay: number;
  /** Last day of the span; leave out for a single day or an open-ended span. */
  toDay?: number;
  /** Open-ended span in words, e.g. "several months" (instead of `toDay`). */
  duration?: string;
  /** Id of the section that states the fact. */
  section: string;
}

/** Patient education about one procedure. */
export interface ProcedureGuide extends DocumentBase {
  kind: 'procedure-guide';
  procedure: {
    name: string;
    /** Technical name, for example "Cervical Rhytidectomy". */
    alternateName?: string;
    /**
     * What kind of procedure this is. `SurgicalProcedure` (the default) makes the timeline speak of
     * surgery and the surgeon; the others (laser resurfacing, injectables) of treatment and the clinician.
     */
    procedureType?: 'SurgicalProcedure' | 'NoninvasiveProcedure' | 'PercutaneousProcedure';
  };
  /** Who last checked the guide's medical content, and when; published to search engines. */
  reviewed?: {
    /** ISO date (`YYYY-MM-DD`). */
    date: string;
    /** Name of the reviewer, e.g. "Dr. Ana Ruiz, MD". */
    by?: string;
  };
  /** Typical recovery, drawn as a timeline. */
  recovery?: RecoveryMilestone[];
}

/** Terms of use, privacy policy and similar documents. */
export interface LegalDocument extends DocumentBase {
  kind: 'legal-document';
  /** Revision label the clinic publishes (`"2024-03"`). */
  version?: string;
  /** ISO date (`YYYY-MM-DD`) from which this version applies. */
  effectiveDate?: string;
}

export type ClinicDocument = ProcedureGuide | LegalDocument;
export type DocumentKind = ClinicDocument['kind'];
