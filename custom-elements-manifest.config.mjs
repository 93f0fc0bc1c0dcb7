/** Keeps the manifest to the public API (private `#x` and protected members are implementation, events must be documented), in a stable order. */
function publicMembersOnly() {
  return {
    name: 'public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      // Files are found in directory order, which differs between machines: sort for a stable file.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          // `new CustomEvent(type)` reads as an event named "type": only documented (@fires) events count.
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => !member.name.startsWith('#') && member.privacy !== 'private' && member.privacy !== 'protected',
          );
        }
      }
    },
  };
}

/**
 * Lit gives a `static properties` entry with `state: true` no attribute (as `@state()` did); the
 * analyzer lists one for it all the same. This drops those attributes.
 */
function stateHasNoAttribute() {
  /** `Class name` → names of its internal reactive state. */
  const states = new Map();
  return {
    name: 'state-has-no-attribute',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || member.name?.getText() !== 'properties' || !member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const property of member.initializer.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const isState = property.initializer.properties.some(
            (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) states.set(node.name.text, (states.get(node.name.text) ?? new Set()).add(property.name.getText()));
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          // Inherited state too: `formDisabled` of the form-control base class.
          const isState = (attribute) => states.get(attribute.inheritedFrom?.name ?? declaration.name)?.has(attribute.fieldName);
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !isState(attribute));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  plugins: [stateHasNoAttribute(), publicMembersOnly()],
};
