/**
 * A page to see the card on the kit's own data: `GET /` answers a form for a customer id and a
 * `<customer-360>` reading `/graphql` on the same origin; `/card/*` serves the card's built
 * files (`dist/` of the repository, after `npm run build`). The page holds no customer data:
 * the card reads it through `/graphql`, authenticated and audited like any other client.
 */
import {readFile} from 'node:fs/promises';
import {extname, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

/** The card's built files. */
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function html(id: string, built: boolean): string {
  const card = built
    ? `<customer-360 customer-id="${escape(id)}" endpoint="/graphql" locale="en"></customer-360>`
    : '<p>The card is not built yet: run <code>npm run build</code> at the repository root, then reload.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>customer-360 on the reference server</title>
<script type="module" src="/card/customer-360.js"></script>
<style>body{font:16px system-ui,sans-serif;max-width:26rem;margin:1rem auto;padding:0 1rem}form{display:flex;gap:.5rem;margin-bottom:1rem}input{flex:1}</style>
</head>
<body>
<main>
<h1>customer-360</h1>
<form method="get" action="/"><label for="id">Customer id</label><input id="id" name="id" value="${escape(id)}"><button>Show</button></form>
${card}
</main>
</body>
</html>
`;
}

/** The page's answer for `url`, or `null` when the path is not the page's. */
export async function pageResponse(url: URL): Promise<Response | null> {
  if (url.pathname === '/') {
    let built = true;
    try {
      await readFile(resolve(DIST, 'customer-360.js'));
    } catch {
      built = false;
    }
    const id = url.searchParams.get('id') ?? 'c-000001';
    return new Response(html(id, built), {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
      },
    });
  }
  if (!url.pathname.startsWith('/card/')) return null;
  const file = resolve(DIST, decodeURIComponent(url.pathname.slice('/card/'.length)));
  const type = TYPES[extname(file)];
  if (!file.startsWith(DIST.endsWith(sep) ? DIST : DIST + sep) || !type) return new Response('Not found', {status: 404});
  try {
    return new Response(await readFile(file), {headers: {'content-type': type, 'cache-control': 'no-cache'}});
  } catch {
    return new Response('Not found', {status: 404});
  }
}
