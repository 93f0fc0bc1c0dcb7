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

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  plugins: [publicMembersOnly()],
};
