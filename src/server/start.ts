/**
 * Starts the server on a port and stops it gracefully: on stop, it accepts no new connection, lets the requests
 * in flight finish, closes idle keep-alive connections, and resolves once everything is closed (or, after a
 * grace period, closes what remains).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dataset } from '../data/schema';
import { createApp } from './app';
import { createListener, type LogSink } from './listener';
import type { StaticFiles } from './staticFiles';

export interface StartOptions {
  getDataset: () => Dataset;
  files: StaticFiles;
  port: number;
  host: string;
  log?: LogSink;
  /** @hono/node-server's faster Request/Response globals; off when sharing a process with MSW (tests). */
  overrideGlobalObjects?: boolean;
  graceMs?: number;
}

export interface RunningServer {
  server: Server;
  /** http://host:port, with the port actually bound (PORT=0 picks a free one). */
  url: string;
  stop: () => Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const app = createApp(options);
  const listener = createListener(app.fetch, options);
  const server = createServer(listener);
  // Idle keep-alive sockets outlive any client's or load balancer's (65 s, as AWS ALB and nginx expect), so a
  // client never sends a request on a socket the server has just closed (ECONNRESET).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port, address, family } = server.address() as AddressInfo;
  const host = family === 'IPv6' ? `[${address}]` : address;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= new Promise<void>((resolve) => {
      const force = setTimeout(() => server.closeAllConnections(), options.graceMs ?? 10_000);
      // A keep-alive connection turns idle once its answer is sent: close it then, not at its timeout.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      server.close(() => {
        clearTimeout(force);
        clearInterval(sweep);
        resolve();
      });
      server.closeIdleConnections();
    }));
  return { server, url: `http://${host}:${port}`, stop };
}
