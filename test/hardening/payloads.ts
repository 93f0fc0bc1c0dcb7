/**
 * Hostile strings for the hardening suite. Every payload calls a trap when it runs:
 * `__xssTrap('<id>')` (or `alert('<id>')`, `print()`, counted by overrides), so a test can tell
 * not only that something ran but which payload it was.
 *
 * `live` marks payloads that are known to run in this browser when a page makes the mistake the
 * library must never make: `html` when assigned with `innerHTML`, `url` when used as a link's
 * address and clicked. The control test proves the traps work with them.
 */
export interface Payload {
  id: string;
  category: string;
  text: string;
  live?: 'html' | 'url';
}

type Template = [category: string, make: (trap: string, id: string) => string, live?: 'html' | 'url'];

const templates: Template[] = [
  // <script> tags
  ['script', (t) => `<script>${t}</script>`],
  ['script', (t) => `<SCRIPT>${t}</SCRIPT>`],
  ['script', (t) => `<script src="data:text/javascript,${t}"></script>`],
  ['script', (t) => `"><script>${t}</script>`],
  ['script', (t) => `'><script>${t}</script>`],
  ['script', (t) => `</title><script>${t}</script>`],
  ['script', (t) => `</textarea><script>${t}</script>`],
  ['script', (t) => `</script><script>${t}</script>`],
  ['script', (t) => `<scr<script>ipt>${t}</scr</script>ipt>`],
  ['script', (t) => `<script type="module">${t}</script>`],
  // event-handler attributes
  ['event handler', (t) => `<img src=x onerror=${t}>`, 'html'],
  ['event handler', (_t, id) => `<img src=x onerror="alert('${id}')">`, 'html'],
  ['event handler', (t) => `<svg onload=${t}>`],
  ['event handler', (t) => `<body onload=${t}>`],
  ['event handler', (t) => `<input autofocus onfocus=${t}>`],
  ['event handler', (t) => `<details open ontoggle=${t}>`, 'html'],
  ['event handler', (t) => `<div onmouseover=${t} style="position:fixed;inset:0">hover</div>`],
  ['event handler', (t) => `<video src=x onerror=${t}></video>`, 'html'],
  ['event handler', (t) => `<audio src=x onerror=${t}>`, 'html'],
  ['event handler', (t) => `<iframe onload=${t}></iframe>`, 'html'],
  ['event handler', (t) => `<object data=x onerror=${t}></object>`],
  ['event handler', (t) => `<img/src="x"/onerror=${t}>`, 'html'],
  ['event handler', (t) => `<select autofocus onfocus=${t}></select>`],
  ['event handler', (t) => `<marquee onstart=${t}>x</marquee>`],
  ['event handler', () => `<img src=x onerror=print()>`, 'html'],
  ['event handler', (t) => `<form><button formaction="javascript:${t}">x</button></form>`],
  ['event handler', (t) => `<a href="javascript:${t}">click</a>`],
  // javascript: and data: addresses
  ['url', (t) => `javascript:${t}`, 'url'],
  ['url', (t) => `JaVaScRiPt:${t}`, 'url'],
  ['url', (t) => `  \n javascript:${t}`, 'url'],
  ['url', (t) => `\u0001\u0008javascript:${t}`, 'url'],
  ['url', (t) => `java\tscr\nipt:${t}`, 'url'],
  ['url', (t) => `jav&#x09;ascript:${t}`],
  ['url', (t) => `&#106;avascript:${t}`],
  ['url', (t) => `javascript&colon;${t}`],
  ['url', (t) => `javascript://%0a${t}`, 'url'],
  ['url', (t) => `\u0000javascript:${t}`],
  ['url', (t) => `vbscript:${t}`],
  ['url', (t) => `data:text/html,<script>${t}</script>`],
  ['url', (t) => `DATA:text/html;base64,${btoa(`<script>${t}</script>`)}`],
  ['url', (t) => ` data:image/svg+xml,<svg onload=${t}>`],
  ['url', (t) => `https://evil.example/?"><script>${t}</script>`],
  ['url', (t) => `//evil.example/${t}`],
  // SVG, MathML, <style>, <template>, <iframe srcdoc>
  ['svg', (t) => `<svg><script>${t}</script></svg>`],
  ['svg', (t) => `<svg><a xlink:href="javascript:${t}"><text y="20">x</text></a></svg>`],
  ['svg', (t) => `<svg><animate onbegin=${t} attributeName=x dur=1s>`, 'html'],
  ['svg', (t) => `<svg><foreignObject><img src=x onerror=${t}></foreignObject></svg>`, 'html'],
  ['math', (t) => `<math><mtext><table><mglyph><style><img src=x onerror=${t}>`],
  ['math', (t) => `<math href="javascript:${t}">x</math>`],
  ['style', (t) => `<style>@import 'javascript:${t}';</style>`],
  ['style', (t) => `<style>*{background:url("javascript:${t}")}</style>`],
  ['style', (t) => `</style><script>${t}</script>`],
  ['template', (t) => `<template><img src=x onerror=${t}></template>`],
  ['template', (t) => `<noscript><p title="</noscript><img src=x onerror=${t}>">`],
  ['iframe', (t) => `<iframe srcdoc="<script>parent.${t}</script>"></iframe>`, 'html'],
  ['iframe', (t) => `<iframe src="javascript:parent.${t}"></iframe>`, 'html'],
  ['iframe', (t) => `<embed src="javascript:${t}">`],
  ['iframe', (t) => `<meta http-equiv="refresh" content="0;url=javascript:${t}">`],
  ['iframe', (t) => `<base href="javascript:${t}//">`],
  // entity and Unicode tricks
  ['unicode', (t) => `＜script＞${t}＜/script＞`],
  ['unicode', (t) => `\u2028<script>${t}</script>\u2029`],
  ['unicode', (t) => `\u202e<img src=x onerror=${t}>\u202c`],
  ['unicode', (t) => `<scr\u200bipt>${t}</scr\u200bipt>`],
  ['unicode', (t) => `&lt;script&gt;${t}&lt;/script&gt;`],
  ['unicode', (t) => `%3Cscript%3E${t}%3C%2Fscript%3E`],
  ['unicode', (t) => `\\u003cscript\\u003e${t}\\u003c/script\\u003e`],
  ['unicode', (_t, id) => `<img src=x onerror=&#x5f;&#x5f;xssTrap('${id}')>`, 'html'],
  ['unicode', (t) => `\u{1F489}\u0301\uFEFF<img src=x onerror=${t}>`],
  // broken markup
  ['broken markup', (t) => `<img src="x" onerror="${t}"`],
  ['broken markup', (t) => `"><img src=x onerror=${t}>`, 'html'],
  ['broken markup', (t) => `' onmouseover='${t}`],
  ['broken markup', (t) => `" autofocus onfocus="${t}`],
  ['broken markup', (t) => `<!--<img src="--><img src=x onerror=${t}//">`, 'html'],
  ['broken markup', (t) => `<!-- --!><img src=x onerror=${t}> -->`, 'html'],
  ['broken markup', (t) => `<![CDATA[<script>${t}</script>]]>`],
  ['broken markup', (t) => `<x:script xmlns:x="http://www.w3.org/1999/xhtml">${t}</x:script>`],
  ['broken markup', (t) => `<<img src=x onerror=${t}>>`, 'html'],
  // template literals and placeholders (our placeholder engine is {clinic.*})
  ['placeholder', (t) => `\${${t}}`],
  ['placeholder', (t) => `{{constructor.constructor('${t.replace(/'/g, "\\'")}')()}}`],
  ['placeholder', (t) => `{clinic.name}<img src=x onerror=${t}>`],
  ['placeholder', (t) => `{clinic.name|upper}<svg onload=${t}>`],
  ['placeholder', (t) => `{clinic.evil}<script>${t}</script>`],
  ['placeholder', (t) => `{clinic.constructor}{clinic.__proto__}<img src=x onerror=${t}>`],
  ['placeholder', (t) => `<%= ${t} %>#{${t}}[[${t}]]`],
  ['placeholder', (t) => `$&$'$\`$1$<x> <img src=x onerror=${t}>`],
  ['placeholder', (t) => `{version}{src}{name} <img src=x onerror=${t}>`],
  // JSON breakers
  ['json', (t) => `"}]}<script>${t}</script>`],
  ['json', (t) => `\\"},"x":"<script>${t}</script>`],
  ['json', (t) => `{"__proto__":{"polluted":"${t}"}}`],
  ['json', (t) => `\u0000<script>${t}</script>\u0000`],
  ['json', (t) => `</script><!--<script>${t}</script>`],
  // CSS
  ['css', (t) => `expression(${t})`],
  ['css', (t) => `url(javascript:${t})`],
  ['css', (t) => `red;background:url(javascript:${t})`],
  ['css', (t) => `<div style="width:expression(${t})">x</div>`],
  ['css', (t) => `<div style="background:url(javascript:${t})">x</div>`],
];

export const payloads: Payload[] = templates.map(([category, make, live], index) => {
  const id = `x${String(index + 1).padStart(2, '0')}`;
  return { id, category, text: make(`__xssTrap('${id}')`, id), ...(live ? { live } : {}) };
});

/** What ran: payload ids that reached the trap, and calls to alert/confirm/prompt/print. */
export interface TrapRecord {
  fired: string[];
  dialogs: string[];
}

declare global {
  interface Window {
    __xssTrap?: (id: string) => void;
  }
}

/** Installs the trap and the dialog overrides once; returns the live record. */
export function installTraps(): TrapRecord {
  const record: TrapRecord = { fired: [], dialogs: [] };
  window.__xssTrap = (id: string) => void record.fired.push(String(id));
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    Object.defineProperty(window, name, {
      configurable: true,
      writable: true,
      value: (...args: unknown[]) => {
        record.dialogs.push(`${name}(${args.map(String).join(', ')})`);
        return name === 'confirm' ? false : name === 'prompt' ? null : undefined;
      },
    });
  }
  return record;
}
