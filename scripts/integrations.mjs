// Generates editor and framework integrations from custom-elements.json (run by `npm run build`,
// after `tsc` has written dist/*.d.ts and `cem analyze` the manifest):
//
//   dist/react.d.ts                     JSX types for React 19 (`import type {} from 'clinic-elements/react'`)
//   dist/react.js                       an empty module, so a plain `import 'clinic-elements/react'` also resolves
//   dist/vue.d.ts, dist/vue.js          Vue 3 GlobalComponents types (scripts/integrations-vue.mjs), and its empty module
//   dist/vscode.html-custom-data.json   VS Code HTML custom data 1.1 (`"html.customData"` in settings)
//
// The manifest names types (`AgeGateMode`, `Theme | undefined`) rather than spelling them out, so
// the TypeScript compiler resolves them against the package's own dist/index.d.ts: the React types
// refer to the element classes (`CE.AgeGate['mode']`, always in step with the code) and the VS Code
// data lists the values of string-literal unions. Event details come from the elements'
// `HTMLElementEventMap` entries. Nothing here guesses from descriptions.
//
// How React 19 treats a custom element (react-dom's setPropOnCustomElement, facebook/react#22184):
// - a prop named `on` + exact event name, with a function, becomes addEventListener(name) — the
//   case is kept, so `consent-change` is `onconsent-change` (`onConsentChange` would listen for
//   "ConsentChange", which never fires); React's own synthetic handlers (`onClick`, `onChange`, …)
//   keep working as on any element;
// - any other prop is set as a property when the element has one (`name in element`, so only once
//   the element is defined), else as an attribute (`true` → empty attribute, `false` → removed);
// - `className` is the className property; `class` is set as the attribute.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { vueTypes } from './integrations-vue.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(root, 'dist');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** Global HTML attributes React and VS Code already know; an element redeclaring one without a type adds nothing. */
const globalAttributes = new Set(['lang', 'dir', 'id', 'class', 'style', 'title', 'hidden', 'slot', 'tabindex', 'role', 'inert']);
const builtinTypeWords = new Set([
  'string',
  'number',
  'boolean',
  'undefined',
  'null',
  'unknown',
  'any',
  'object',
  'true',
  'false',
  'bigint',
  'symbol',
  'never',
  'void',
  'Promise',
  'Record',
  'Array',
  'ReadonlyArray',
]);

// ---------------------------------------------------------------------------------------------
// The elements, as the manifest describes them.

const notes = [];
const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName))
  .sort((a, b) => (a.tagName < b.tagName ? -1 : 1))
  .map((declaration) => {
    const fields = new Map(
      (declaration.members ?? [])
        .filter(
          (m) => m.kind === 'field' && !m.static && !m.readonly && !m.name.startsWith('#') && !m.name.startsWith('_') && (m.privacy ?? 'public') === 'public',
        )
        .map((m) => [m.name, m]),
    );
    const attributes = (declaration.attributes ?? [])
      .filter((a) => a.fieldName || a.type?.text || !globalAttributes.has(a.name))
      // An `@attr` documented in JSDoc has no fieldName; a field of the same name is its property.
      .map((a) => (!a.fieldName && !a.type?.text && fields.has(a.name) ? { ...a, fieldName: a.name } : a));
    // Documented events only (`@fires name - …`): the analyzer also reports events it cannot name,
    // such as `new CustomEvent(type)` in a helper, as an event called "type".
    const events = (declaration.events ?? []).filter((event) => {
      if (event.description) return true;
      notes.push(`<${declaration.tagName}>: skipped the undocumented event "${event.name}" (no @fires)`);
      return false;
    });
    return { tag: declaration.tagName, className: declaration.name, declaration, fields, attributes, events };
  });

if (!elements.length) throw new Error('custom-elements.json lists no custom elements: run `npm run analyze` first.');

// ---------------------------------------------------------------------------------------------
// Types, resolved by the TypeScript compiler against dist/index.d.ts.

const probePath = join(distDir, '__integrations_probe__.ts');
const compilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/** A program of dist/index.d.ts plus one in-memory probe module next to it. */
function probeProgram(source) {
  const host = ts.createCompilerHost(compilerOptions);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (file, language, ...rest) =>
    file === probePath ? ts.createSourceFile(file, source, language, true) : getSourceFile.call(host, file, language, ...rest);
  host.fileExists = (file) => file === probePath || fileExists.call(host, file);
  host.readFile = (file) => (file === probePath ? source : readFile.call(host, file));
  const program = ts.createProgram([probePath], compilerOptions, host);
  const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length) {
    throw new Error(
      `Could not resolve the manifest's types against dist/index.d.ts (run the whole \`npm run build\`):\n${ts.formatDiagnostics(errors, host)}\n${source}`,
    );
  }
  return { program, checker: program.getTypeChecker(), file: program.getSourceFile(probePath) };
}

// Pass 1: what the package exports (types named in the manifest must be among them).
const exported = (() => {
  const { checker, file } = probeProgram(`import type * as CE from './index.js';\nexport type { CE };\n`);
  const specifier = file.statements[0].moduleSpecifier;
  return new Set(checker.getExportsOfModule(checker.getSymbolAtLocation(specifier)).map((s) => s.name));
})();
for (const { className, tag } of elements)
  if (!exported.has(className)) throw new Error(`<${tag}>: class ${className} is not exported from the package's index`);

/** The manifest's type text with the package's names qualified as `CE.Name`, or null if a name is unknown. */
function qualify(text) {
  let unknown = false;
  // Outside string literals only.
  const qualified = text.replace(/('[^']*'|"[^"]*"|`[^`]*`)|\b([A-Za-z_$][\w$]*)\b/g, (match, literal, word) => {
    if (literal || builtinTypeWords.has(word)) return match;
    if (exported.has(word)) return `CE.${word}`;
    unknown = true;
    return match;
  });
  return unknown ? null : qualified;
}

// Every type the outputs need, with a probe alias for each.
const probes = [];
const probe = (expression) => {
  const name = `P${probes.length}`;
  probes.push({ name, expression });
  return name;
};
for (const element of elements) {
  element.fieldTypes = new Map([...element.fields.keys()].map((field) => [field, probe(`CE.${element.className}[${JSON.stringify(field)}]`)]));
  element.attributeTypes = new Map();
  for (const attribute of element.attributes) {
    if (attribute.fieldName && element.fields.has(attribute.fieldName)) {
      element.attributeTypes.set(attribute.name, { expression: `CE.${element.className}[${JSON.stringify(attribute.fieldName)}]` });
    } else if (attribute.type?.text) {
      const expression = qualify(attribute.type.text);
      if (expression) element.attributeTypes.set(attribute.name, { expression });
      else notes.push(`<${element.tag}> ${attribute.name}: type "${attribute.type.text}" names something the package does not export; typed as text`);
    } else {
      (element.untyped ??= []).push(attribute.name);
    }
    const known = element.attributeTypes.get(attribute.name);
    if (known) known.probe = probe(known.expression);
  }
  if (element.untyped)
    notes.push(`<${element.tag}>: no type in the manifest for ${element.untyped.join(', ')} (@attr without {type}); typed as any attribute value`);
}
probes.push({ name: 'ElementEvents', expression: 'keyof HTMLElementEventMap' }, { name: 'DocumentEvents', expression: 'keyof DocumentEventMap' });

const { checker, file } = probeProgram(
  `import type * as CE from './index.js';\n${probes.map(({ name, expression }) => `export type ${name} = ${expression};`).join('\n')}\n`,
);
const resolved = new Map(file.statements.filter(ts.isTypeAliasDeclaration).map((alias) => [alias.name.text, checker.getTypeAtLocation(alias.name)]));

/** `{ strings, boolean, other }` for a resolved type: the string literals of a union, whether it is a boolean. */
function describeType(type) {
  const parts = type.isUnion() ? type.types : [type];
  const strings = [];
  let boolean = false;
  let other = false;
  for (const part of parts) {
    if (part.isStringLiteral()) strings.push(part.value);
    else if (part.flags & ts.TypeFlags.BooleanLiteral || part.flags & ts.TypeFlags.Boolean) boolean = true;
    else if (part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) continue;
    else other = true;
  }
  return { strings, boolean, other };
}
const eventNames = (alias) => new Set(describeType(resolved.get(alias)).strings);
const elementEvents = eventNames('ElementEvents');
const documentEvents = eventNames('DocumentEvents');

// ---------------------------------------------------------------------------------------------
// Text helpers.

const oneLine = (text = '') => text.replace(/\s+/g, ' ').trim();
const jsdoc = (lines, indent) => {
  const body = lines
    .filter(Boolean)
    .flatMap((line) => line.split('\n'))
    .map((line) => `${indent} * ${line.replaceAll('*/', '*\\/')}`.trimEnd());
  return body.length ? `${indent}/**\n${body.join('\n')}\n${indent} */\n` : '';
};
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const pascal = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());

// README anchors for each element's section (GitHub/npm heading slugs), outside code blocks.
const readmeHeadings = [];
{
  let fenced = false;
  for (const line of readme.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    else if (!fenced && /^#{1,6} /.test(line)) readmeHeadings.push(line.replace(/^#+ /, ''));
  }
}
const slug = (heading) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
const documentationUrl = pkg.homepage ?? `https://www.npmjs.com/package/${pkg.name}`;
function references(tag) {
  const heading = readmeHeadings.find((h) => h.includes(`\`<${tag}>\``));
  return [{ name: heading ? `README: ${heading.replaceAll('`', '')}` : 'README', url: heading ? `${documentationUrl}#${slug(heading)}` : documentationUrl }];
}

// ---------------------------------------------------------------------------------------------
// dist/react.d.ts

function eventType(event) {
  if (elementEvents.has(event.name)) return `HTMLElementEventMap[${JSON.stringify(event.name)}]`;
  return event.type?.text === 'Event' ? 'Event' : 'CustomEvent<unknown>';
}

function reactProps(element) {
  const { className, declaration } = element;
  const members = [];
  const seen = new Set();
  for (const attribute of element.attributes) {
    const field = attribute.fieldName && element.fields.get(attribute.fieldName);
    const sameName = field && attribute.fieldName === attribute.name;
    const known = element.attributeTypes.get(attribute.name);
    const type = sameName ? known.expression : known ? `AttributeValue<${known.expression}>` : 'string | number | boolean';
    const how = sameName
      ? `Attribute and property \`${attribute.name}\`.`
      : `Attribute \`${attribute.name}\`${field ? ` (property \`${attribute.fieldName}\`)` : ''}.`;
    members.push(
      `${jsdoc([oneLine(attribute.description), attribute.default ? `${how} Default: \`${oneLine(attribute.default)}\`.` : how], '  ')}  ${key(attribute.name)}?: ${type};`,
    );
    seen.add(attribute.name);
  }
  for (const [name, field] of element.fields) {
    if (seen.has(name)) continue;
    const note = `Property \`${name}\` (React sets it once the element is defined: import the element before rendering).`;
    members.push(`${jsdoc([oneLine(field.description), note], '  ')}  ${key(name)}?: CE.${className}[${JSON.stringify(name)}];`);
  }
  for (const event of element.events) {
    if (!elementEvents.has(event.name) && documentEvents.has(event.name)) {
      notes.push(`<${element.tag}>: "${event.name}" fires on document, not on the element: no on${event.name} prop`);
      continue;
    }
    members.push(
      `${jsdoc([oneLine(event.description), `Listener for the \`${event.name}\` event (React 19 adds it with addEventListener).`], '  ')}  ${key(`on${event.name}`)}?: (event: ${eventType(event)}) => void;`,
    );
  }
  const summary = oneLine(declaration.summary ?? declaration.description);
  return `${jsdoc([`Props of \`<${element.tag}>\`: ${summary}`], '')}export interface ${pascal(element.tag)}Props {\n${members.join('\n')}\n}\n`;
}

const react = `// Generated by scripts/integrations.mjs from custom-elements.json: do not edit.
/**
 * React 19 JSX types for the clinic-elements custom elements. Load them once in a TypeScript
 * project, with \`import type {} from '${pkg.name}/react';\` or \`"types": ["${pkg.name}/react"]\` in
 * tsconfig (moduleResolution "bundler", "node16" or "nodenext"), and define the elements at run
 * time as usual (\`import '${pkg.name}';\`).
 *
 * - Attributes in kebab case (\`policy-version\`) are always written as attributes.
 * - camelCase props (\`categoryText\`) are properties: React sets them only on a defined element.
 * - Events: \`on\` + the exact event name, e.g. \`onconsent-change\`; React 19 adds the function with
 *   addEventListener. React's own handlers (\`onClick\`, \`onChange\`, …) work as on any element.
 * - \`class\` and \`className\` both set the class.
 */
import type * as React from 'react';
import type * as CE from './index.js';

/** The value of an attribute backed by a property of type V, as React writes it. */
export type AttributeValue<V> = V extends boolean ? boolean : V extends number ? V | \`\${V}\` : V extends string ? V : V extends null | undefined ? V : string;

/** What every element takes besides its own props: React's HTML attributes and handlers, \`ref\`, \`key\`, \`class\`. */
export type CustomElementProps<E extends HTMLElement, Own> = Omit<React.HTMLAttributes<E>, keyof Own> &
  React.ClassAttributes<E> & {
    /** The class attribute (React 19 sets \`class\` as is on custom elements; \`className\` works too). */
    class?: string;
  };

${elements.map(reactProps).join('\n')}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `      '${e.tag}': CustomElementProps<CE.${e.className}, ${pascal(e.tag)}Props> & ${pascal(e.tag)}Props;`).join('\n')}
    }
  }
}
`;

// ---------------------------------------------------------------------------------------------
// dist/vscode.html-custom-data.json (https://github.com/microsoft/vscode-custom-data, version 1.1)

const markdown = (value) => ({ kind: 'markdown', value });
function tagDescription(element) {
  const d = element.declaration;
  const lines = [oneLine(d.summary), d.description?.trim()].filter(Boolean);
  const list = (title, items) => items.length && lines.push(`**${title}:** ${items.join(', ')}`);
  list(
    'Events',
    element.events.map((e) => `\`${e.name}\``),
  );
  list(
    'Slots',
    (d.slots ?? []).map((s) => (s.name ? `\`${s.name}\`` : 'default')),
  );
  list(
    'CSS parts',
    (d.cssParts ?? []).map((p) => `\`::part(${p.name})\``),
  );
  return markdown(lines.join('\n\n'));
}

function vscodeAttribute(element, attribute) {
  const entry = { name: attribute.name };
  const description = [oneLine(attribute.description), attribute.default ? `Default: \`${oneLine(attribute.default)}\`.` : ''].filter(Boolean).join(' ');
  if (description) entry.description = markdown(description);
  const known = element.attributeTypes.get(attribute.name);
  if (known) {
    const { strings, boolean, other } = describeType(resolved.get(known.probe));
    if (boolean && !strings.length && !other) entry.valueSet = 'v';
    else if (strings.length && !other && !boolean) entry.values = strings.map((name) => ({ name }));
  }
  return entry;
}

const vscode = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tag,
    description: tagDescription(element),
    attributes: element.attributes.map((attribute) => vscodeAttribute(element, attribute)),
    references: references(element.tag),
  })),
};

mkdirSync(distDir, { recursive: true });
writeFileSync(join(distDir, 'react.d.ts'), react);
writeFileSync(join(distDir, 'react.js'), "// Types only: see react.d.ts. This module lets `import 'clinic-elements/react'` resolve at run time.\nexport {};\n");
writeFileSync(join(distDir, 'vue.d.ts'), vueTypes(elements, { pkg, jsdoc, oneLine, key, pascal, eventType, elementEvents, documentEvents }));
writeFileSync(join(distDir, 'vue.js'), "// Types only: see vue.d.ts. This module lets `import 'clinic-elements/vue'` resolve at run time.\nexport {};\n");
writeFileSync(join(distDir, 'vscode.html-custom-data.json'), `${JSON.stringify(vscode, null, 2)}\n`);

const events = elements.reduce((n, e) => n + e.events.length, 0);
console.log(`integrations: dist/react.d.ts, dist/vue.d.ts and dist/vscode.html-custom-data.json for ${elements.length} elements (${events} events)`);
for (const note of notes) console.log(`  note: ${note}`);
