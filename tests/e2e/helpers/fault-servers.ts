import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openSession, type Session } from './browser';

/** Like openSession, without service workers: what the page itself does with a response, nothing cached in between. */
export function openBareSession(): Promise<Session> {
  return openSession({ serviceWorkers: 'block' });
}

export interface StreamServer {
  url: string;
  /** Bytes written before the client went away (or all of them). */
  sent: () => number;
  /** Resolves when the client closed the connection or the body ended. */
  finished: Promise<void>;
  close: () => Promise<void>;
}

const CHUNK = Buffer.alloc(64 * 1024, 'x');

/**
 * Serves `/big.json` with chunked transfer encoding (no Content-Length) and CORS:
 * `{"pad":"xxx…` for `totalBytes`; or cuts the connection after `cutAfter` bytes;
 * or, after `hangAfter` bytes, sends nothing more and never ends.
 */
export async function serveStream(options: {
  totalBytes: number;
  cutAfter?: number;
  hangAfter?: number;
  /**
   * With hangAfter: `finished` resolves when a connection that had sent at least this many
   * bytes closes (default hangAfter). A client that stops reading at a limit below hangAfter
   * closes having been sent the limit plus whatever the socket buffers held, which is not
   * always hangAfter.
   */
  closedAfter?: number;
}): Promise<StreamServer> {
  // Each request is served from the start: the app may abort a first request and ask again
  // (its query is cancelled when the view re-mounts), and the second must see the same stream.
  let maxSent = 0;
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const server = createServer((request, response: ServerResponse) => {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' });
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    let sent = 0;
    response.on('close', () => {
      maxSent = Math.max(maxSent, sent);
      if (options.hangAfter === undefined || sent >= (options.closedAfter ?? options.hangAfter)) done();
    });
    const write = () => {
      while (sent < options.totalBytes) {
        if (options.cutAfter !== undefined && sent >= options.cutAfter) {
          response.destroy();
          return;
        }
        // Keeps the connection open without another byte: only a reader that stops by itself gets an answer.
        if (options.hangAfter !== undefined && sent >= options.hangAfter) return;
        const chunk = sent === 0 ? Buffer.from('{"pad":"') : CHUNK;
        sent += chunk.length;
        maxSent = Math.max(maxSent, sent);
        if (!response.write(chunk)) {
          response.once('drain', write);
          return;
        }
      }
      response.end('"}');
    };
    write();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/big.json`,
    sent: () => maxSent,
    finished,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
