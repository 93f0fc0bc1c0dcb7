// What the hardening scripts share: counting checks, and running one script on its own.

/** Counts checks and keeps the message of each one that fails. `count()` counts one that cannot fail by itself. */
export function checker() {
  const failures = [];
  let checks = 0;
  const check = (ok, message) => {
    checks += 1;
    if (!ok) failures.push(message);
    return ok;
  };
  return { check, failures, count: () => (checks += 1), counted: () => checks };
}

/** `node scripts/hardening/<name>.mjs`: runs the script, prints its result, exits 1 on failures. */
export async function runWhenMain(meta, title, run) {
  if (meta.url !== `file://${process.argv[1]}`) return;
  const started = Date.now();
  const result = await run();
  console.log(`${title}: ${result.checks} checks, ${result.failures.length} failures, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const [label, value] of Object.entries(result.figures)) console.log(`  ${label}: ${value}`);
  for (const failure of result.failures) console.log(`  FAIL ${failure}`);
  process.exit(result.failures.length ? 1 : 0);
}
