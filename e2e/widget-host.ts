import { createServer, type Server } from 'node:http';
import { CHANNEL_API, ChannelCreated } from '@sincere/contracts';

/**
 * A customer's website on another origin: a page per path, each embedding the widget with its script tag.
 * Its CSS is hostile on purpose: it tries to restyle and hide everything, buttons first.
 */
export async function startHostSite(widgetOrigin: string): Promise<{
  origin: string;
  url(path: string): string;
  /** The widget key the pages embed: the channel is created once the site's origin is known. */
  setKey(key: string): void;
  stop(): Promise<void>;
}> {
  let key = '';
  // A signed-in user of the site, named in the query (?user=<JSON>), is identified before the widget loads.
  const identify = (user: string | null) =>
    user ? `<script>window.Sincere = { q: [['identify', ${JSON.stringify(JSON.parse(user))}]] };</script>\n` : '';
  const page = (locale: string | null, user: string | null) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<style>
  * { color: red !important; font-size: 40px; letter-spacing: 3px; }
  button { display: none; }
  div, section, ol, li { direction: ltr; text-align: right; }
</style></head>
<body><h1>Our shop</h1><button id="buy">Buy</button>
${identify(user)}<script src="${widgetOrigin}/widget/v1/widget.js" data-key="${key}"${locale ? ` data-locale="${locale}"` : ''} async></script>
</body></html>`;
  const server: Server = createServer((request, response) => {
    const query = new URL(request.url ?? '/', 'http://host').searchParams;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page(query.get('locale'), query.get('user')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  // "localhost", not the server's 127.0.0.1: another origin, as a real site is.
  const origin = `http://localhost:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    setKey: (value) => {
      key = value;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What an admin does in the channel settings: connects a chat widget, allowed on one site. */
export async function createWebChannel(baseUrl: string, adminToken: string, allowedOrigins: string[]) {
  const response = await fetch(`${baseUrl}${CHANNEL_API.channels}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ kind: 'web', name: 'Shop website', settings: { allowedOrigins } }),
  });
  if (response.status !== 201) throw new Error(`creating a web channel answered ${response.status}`);
  return ChannelCreated.parse(await response.json());
}
