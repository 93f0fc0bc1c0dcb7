import type { Block, RichText } from './model.js';

/** The words of rich text, links as their text. */
export function richPlainText(text: RichText): string {
  return typeof text === 'string' ? text : text.map((inline) => (typeof inline === 'string' ? inline : inline.text)).join('');
}

/** The words of a block as a reader meets them, one line per heading, item or caption. */
export function blockPlainText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return richPlainText(block.text);
    case 'list':
      return block.items.map(richPlainText).join('\n');
    case 'figure':
      return block.caption;
    case 'callout':
      return `${block.heading}\n${richPlainText(block.text)}`;
    case 'checklist':
      return [block.title, ...block.items.map(richPlainText)].join('\n');
  }
}
