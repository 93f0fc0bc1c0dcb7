// dist/vue.d.ts: the elements in Vue 3's `GlobalComponents`, for vue-tsc and the Vue language
// tools (`import type {} from 'clinic-elements/vue'`). Written by scripts/integrations.mjs from the
// elements it read in custom-elements.json and the types it resolved.
//
// The shape is the one Vue's guide gives for custom elements not built with Vue ("Non-Vue Web
// Components and TypeScript"): a constructor whose instance has `$props` (what the template may
// bind) and `$emit` (the events `@name` may listen to). How Vue 3.5 sets a binding on a custom
// element (runtime-dom's patchProp): as a property when `name in element` (so only once the
// element is defined), else as an attribute with the value turned to text. A property that is a
// boolean takes `''` (a bare attribute) as true; an attribute does not: `:floating-button="false"`
// writes floating-button="false", which is on. So a boolean attribute of another name than its
// property is typed `true | '' | null` (null removes it), and the property is the way to bind a
// boolean that changes.

const camelize = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
/** The prop vue-tsc looks up for `@name`: `on` + the camelized name with a capital, as for a component's emits. */
const handlerKey = (event) => `on${camelize(event).replace(/^./, (c) => c.toUpperCase())}`;

/** The props interface and event map of one element. */
function vueDeclarations(element, { jsdoc, oneLine, key, pascal, eventType, elementEvents, documentEvents }) {
  const { className, declaration } = element;
  const name = pascal(element.tag);
  // vue-tsc checks a tag it knows from GlobalComponents as a component: it looks a kebab-case
  // attribute up by its camelized name (`policy-version` as `policyVersion`), so one key serves both
  // spellings, with a type that is right for the attribute (what Vue writes for the kebab spelling).
  const members = new Map();
  for (const attribute of element.attributes) {
    const field = attribute.fieldName && element.fields.get(attribute.fieldName);
    const sameName = field && attribute.fieldName === attribute.name;
    const known = element.attributeTypes.get(attribute.name);
    const type = sameName ? known.expression : known ? `VueAttributeValue<${known.expression}>` : 'string | number | true | null';
    const how = sameName
      ? `Property \`${attribute.name}\` (an attribute until the element is defined).`
      : `Attribute \`${attribute.name}\`${field ? ` (property \`${attribute.fieldName}\`)` : ''}.`;
    const lines = [oneLine(attribute.description), attribute.default ? `${how} Default: \`${oneLine(attribute.default)}\`.` : how];
    members.set(camelize(attribute.name), `${jsdoc(lines, '  ')}  ${key(camelize(attribute.name))}?: ${type};`);
  }
  for (const [fieldName, field] of element.fields) {
    if (members.has(fieldName)) continue;
    const note = `Property \`${fieldName}\` (set as a property once the element is defined; \`.${fieldName}\` forces the property).`;
    members.set(fieldName, `${jsdoc([oneLine(field.description), note], '  ')}  ${key(fieldName)}?: CE.${className}[${JSON.stringify(fieldName)}];`);
  }
  const events = element.events
    .filter((event) => elementEvents.has(event.name) || !documentEvents.has(event.name))
    .map((event) => {
      const type = eventType(event);
      // A plain Event (`change`) is dispatched by the element itself: its currentTarget is the element.
      const typed = type === 'Event' || type === 'HTMLElementEventMap["change"]' ? `ElementEvent<CE.${className}>` : type;
      return { name: event.name, typed, doc: jsdoc([oneLine(event.description), `\`@${event.name}\``], '  ') };
    });
  for (const { name: eventName, typed, doc } of events) members.set(handlerKey(eventName), `${doc}  ${handlerKey(eventName)}?: (event: ${typed}) => void;`);
  // A box (a `checked` property and a `change` event) takes Vue's checkbox model, with type="checkbox".
  const box = element.fields.has('checked') && events.some((event) => event.name === 'change');
  const model = box
    ? ` & (
  | {
      /** Only for \`v-model\`: \`type="checkbox"\` makes it Vue's checkbox model (\`checked\` and \`change\`). */
      type: 'checkbox';
      modelValue?: boolean;
      'onUpdate:modelValue'?: (checked: boolean) => void;
    }
  | { type?: never; modelValue?: never }
)`
    : '';
  const summary = oneLine(declaration.summary ?? declaration.description);
  return (
    `${jsdoc([`Bindings and listeners of \`<${element.tag}>\` in a Vue template: ${summary}`], '')}export interface ${name}VueProps {\n${[...members.values()].join('\n')}\n}\n` +
    (box
      ? `${jsdoc([`\`<${element.tag}>\` with \`v-model\`: only with \`type="checkbox"\` (a plain \`v-model\` would write its \`value\`).`], '')}export type ${name}VueModel = ${model.slice(3)};\n`
      : '') +
    `${jsdoc([`Events of \`<${element.tag}>\`, for \`@name\` in a Vue template.`], '')}export interface ${name}VueEvents {\n${events.map((e) => `${e.doc}  ${key(e.name)}: ${e.typed};`).join('\n')}\n}\n`
  );
}

/** The text of dist/vue.d.ts. */
export function vueTypes(elements, helpers) {
  const { pkg, pascal } = helpers;
  return `// Generated by scripts/integrations.mjs from custom-elements.json: do not edit.
/**
 * Vue 3 template types for the clinic-elements custom elements (vue-tsc, the Vue language tools).
 * Load them once, with \`import type {} from '${pkg.name}/vue';\` or \`"types": ["${pkg.name}/vue"]\`
 * in tsconfig, define the elements before the app mounts (\`import '${pkg.name}';\`), and tell Vue's
 * compiler they are custom elements (\`compilerOptions.isCustomElement\` in @vitejs/plugin-vue).
 *
 * - Kebab-case names (\`policy-version\`) are attributes; camelCase ones (\`categoryText\`) and
 *   names the element has as a property (\`checked\`, \`layout\`) are set as properties.
 * - Events: \`@consent-change\`, \`@terms-accepted\`, \`@change\`, … with their typed event.
 * - Bind a box with \`:checked\` and \`@change\` (or \`type="checkbox" v-model\`); a plain
 *   \`v-model\` treats the element as a text field and writes its \`value\`.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type * as CE from './index.js';

/** The value of an attribute backed by a property of type V, as Vue writes it (as text; null removes it). */
export type VueAttributeValue<V> = V extends boolean
  ? true | '' | null
  : V extends number
    ? V | \`\${V}\` | null
    : V extends string
      ? V | null
      : V extends null | undefined
        ? V
        : string | null;

/** An event the element dispatches itself, such as \`change\`: its currentTarget is the element. */
export type ElementEvent<E extends HTMLElement> = Event & { readonly currentTarget: E };

/** An element as Vue's template type checker sees a component: what it binds and what it emits. */
export type VueCustomElement<E extends HTMLElement, Props, Events, Model = unknown> = new () => E & {
  /** @deprecated For template type checking only: an element has no \`$props\`. */
  $props: Omit<HTMLAttributes, keyof Props> & Props & Model & PublicProps;
  /** @deprecated For template type checking only: an element has no \`$emit\`. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

${elements.map((element) => vueDeclarations(element, helpers)).join('\n')}
declare module 'vue' {
  interface GlobalComponents {
${elements
  .map((e) => {
    const name = pascal(e.tag);
    const model = e.fields.has('checked') && e.events.some((event) => event.name === 'change') ? `, ${name}VueModel` : '';
    return `    '${e.tag}': VueCustomElement<CE.${e.className}, ${name}VueProps, ${name}VueEvents${model}>;`;
  })
  .join('\n')}
  }
  interface HTMLAttributes {
    /** The named slot of the custom element this element goes into (the HTML attribute, not Vue's \`v-slot\`). */
    slot?: string;
  }
}
`;
}
