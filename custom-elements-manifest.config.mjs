/** Keeps the manifest to the public API: private (`#x`) and protected members are implementation. */
function publicMembersOnly() {
  return {
    name: 'public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
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
