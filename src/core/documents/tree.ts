/**
 * A tiny element tree: the one shape every document template returns, turned into DOM nodes in the
 * browser (`toDom`) or into an HTML string in Node (`toHtml`). Text is always text: `toDom` uses
 * text nodes and `toHtml` escapes, so content can never become markup in either place.
 */
export type TreeNode = string | TreeElement;

export interface TreeElement {
  tag: string;
  attrs: Record<string, string | true | undefined>;
  children: TreeNode[];
}

export function h(tag: string, attrs: TreeElement['attrs'] = {}, children: TreeNode[] = []): TreeElement {
  return { tag, attrs, children };
}

const voidTags = new Set(['br', 'hr', 'img', 'input', 'meta', 'link']);

export function toDom(node: TreeNode, doc: Document = document): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const element = doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value !== undefined) element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of node.children) element.append(toDom(child, doc));
  return element;
}

export function toHtml(node: TreeNode, indent = ''): string {
  if (typeof node === 'string') return escapeText(node);
  const attrs = Object.entries(node.attrs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value as string)}"`))
    .join('');
  if (voidTags.has(node.tag)) return `${indent}<${node.tag}${attrs}>`;
  const blockChildren = node.children.some((child) => typeof child !== 'string' && !inlineTags.has(child.tag));
  if (!blockChildren) return `${indent}<${node.tag}${attrs}>${node.children.map((child) => toHtml(child)).join('')}</${node.tag}>`;
  const inner = node.children.map((child) => (typeof child === 'string' ? `${indent}  ${escapeText(child)}` : toHtml(child, `${indent}  `)));
  return `${indent}<${node.tag}${attrs}>\n${inner.join('\n')}\n${indent}</${node.tag}>`;
}

const inlineTags = new Set(['a', 'input', 'strong', 'em', 'span', 'b', 'i', 'code', 'br']);

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
