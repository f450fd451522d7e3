// The real-page suite's pages (../shared/pages and tests/pages/own) served
// byte for byte on 127.0.0.1, each with a Content-Security-Policy that lets
// the page load nothing from any other host and run none of its scripts:
// saved pages point at their sites' servers, and nothing may leave the
// machine. The page's markup stays as it was saved.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expectations, pagePath } from '../../pages/suite-pages';
import type { TestSite } from './site';

/** Only this server; no script of the page's own; images and styles from here or inline. */
const POLICY = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-src 'none'; connect-src 'none'";

export async function startPagesSite(): Promise<TestSite> {
  const byName = new Map(expectations.map((e) => [`/${e.source}/${e.page}`, pagePath(e)]));
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = byName.get(decodeURIComponent(path));
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': POLICY, 'cache-control': 'no-store' })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
