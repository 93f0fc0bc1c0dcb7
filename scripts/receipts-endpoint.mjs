// A clinic's receipts endpoint, as the README's receiving contract describes it, for the demo
// server, the tests and the receipts soak: POST `{ "receipts": [ … ] }` (one request may carry
// several), each receipt stored once by its `id` whatever the number of deliveries, the server's
// own time stamped on it, 201 when all are stored (or were already), 400 naming a receipt that is
// not one. With `faults: true` it also answers the way real endpoints fail (see `setMode`).
//
//   const endpoint = receiptsEndpoint({ faults: true });
//   http.createServer((req, res) => endpoint.handle(req, res));

const readBody = (request) =>
  new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });

/** What is wrong with a receipt, or null: the fields every receipt of its type carries. */
function problemOf(receipt) {
  if (typeof receipt?.id !== 'string' || receipt.id === '') return 'a receipt needs an id';
  if (typeof receipt.type !== 'string') return `receipt ${receipt.id} has no type`;
  if (typeof receipt.clientTime !== 'string') return `receipt ${receipt.id} has no clientTime`;
  if (receipt.type === 'consent' && (typeof receipt.categories !== 'object' || receipt.categories === null)) return `receipt ${receipt.id} has no categories`;
  if (receipt.type === 'terms' && typeof receipt.hash !== 'string') return `receipt ${receipt.id} has no hash`;
  return null;
}

const send = (response, status, body) => {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
};

/**
 * `handle(request, response)` serves one request: POST a batch, GET `{ receipts, deliveries, requests }`
 * (`deliveries`: how many requests carried each id that the endpoint read and stored; `requests`:
 * POSTs by how they were answered). With `faults`, POST `…/mode?set=<mode>[&ms=N][&status=N][&reset][&release]`
 * changes how it answers:
 * `ok`; `fail` (500 without storing); `down` (the connection is reset); `hang` (no answer until
 * `release` or the browser gives up; counted as `hung`); `slow` (stores and answers after `ms`;
 * counted as `slowed` too); `flaky` (every other
 * request fails with 500); `store-then-500` (stores, then answers 500); `answer` (answers `status`
 * without storing: 429, 408, 404…).
 */
export function receiptsEndpoint({ faults = false } = {}) {
  const receipts = new Map();
  const deliveries = {};
  let requests = {};
  let mode = 'ok';
  let delayMs = 0;
  let answerStatus = 503;
  let flakyTurn = 0;
  // A request that began before the last reset (a slow answer still on its way) counts for nothing after it.
  let generation = 0;
  const hanging = new Set();
  const count = (outcome) => (requests[outcome] = (requests[outcome] ?? 0) + 1);
  const reset = () => {
    generation += 1;
    receipts.clear();
    for (const id of Object.keys(deliveries)) delete deliveries[id];
    requests = {};
    flakyTurn = 0;
  };
  const release = () => [...hanging].forEach((resolve) => resolve());

  async function handle(request, response) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (faults && url.pathname.endsWith('/mode')) {
      if (url.searchParams.has('reset')) reset();
      if (url.searchParams.has('release')) release();
      mode = url.searchParams.get('set') ?? mode;
      delayMs = Number(url.searchParams.get('ms') ?? delayMs);
      answerStatus = Number(url.searchParams.get('status') ?? answerStatus);
      return send(response, 200, { mode, delayMs, hanging: hanging.size });
    }
    if (request.method === 'GET') return send(response, 200, { receipts: [...receipts.values()], deliveries, requests });
    if (request.method !== 'POST') return send(response, 405, { error: 'POST a batch of receipts' });
    const started = generation;
    if (mode === 'down') {
      count('reset');
      return request.socket.destroy();
    }
    const body = await readBody(request).catch(() => null);
    if (mode === 'hang') {
      count('hung');
      const answered = await new Promise((resolve) => {
        const done = () => (hanging.delete(done), resolve(true));
        hanging.add(done);
        response.once('close', () => (hanging.delete(done), resolve(false)));
      });
      if (!answered || response.destroyed) return;
    }
    if (mode === 'answer') {
      count(String(answerStatus));
      return send(response, answerStatus, { error: `answered ${answerStatus}` });
    }
    if (mode === 'fail' || (mode === 'flaky' && flakyTurn++ % 2 === 0)) {
      count('500');
      return send(response, 500, { error: 'unavailable' });
    }
    let batch;
    try {
      batch = JSON.parse(body);
    } catch {
      count('400');
      return send(response, 400, { error: 'expected JSON: { "receipts": [ … ] }' });
    }
    if (!Array.isArray(batch?.receipts)) {
      count('400');
      return send(response, 400, { error: 'expected { "receipts": [ … ] }' });
    }
    const problem = batch.receipts.map(problemOf).find(Boolean);
    if (problem) {
      count('400');
      return send(response, 400, { error: problem });
    }
    if (mode === 'slow') {
      count('slowed');
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
    if (started !== generation) return send(response, 201, { stored: 0 });
    for (const receipt of batch.receipts) {
      deliveries[receipt.id] = (deliveries[receipt.id] ?? 0) + 1;
      if (!receipts.has(receipt.id)) receipts.set(receipt.id, { ...receipt, serverTime: new Date().toISOString() });
    }
    if (mode === 'store-then-500') {
      count('stored, 500');
      return send(response, 500, { error: 'stored, then failed' });
    }
    count('201');
    send(response, 201, { stored: batch.receipts.length });
  }

  return {
    handle,
    receipts,
    deliveries,
    get requests() {
      return requests;
    },
    reset,
    release,
    setMode(next, ms = delayMs) {
      mode = next;
      delayMs = ms;
    },
  };
}
