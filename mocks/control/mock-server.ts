import type { Express } from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * Runs an Express app on a port (0: any free one) and stops it cleanly, closing kept-alive connections
 * so that a test run never hangs on an open socket.
 */
export class MockServer {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  constructor(
    readonly name: string,
    private readonly app: Express,
  ) {}

  get url(): string {
    const address = this.server?.address() as AddressInfo | null | undefined;
    if (!address)
      throw new Error(`Failed to read the URL of the ${this.name} mock: it is not running. Call start() first.`);
    return `http://127.0.0.1:${address.port}`;
  }

  async start(port = 0, host = '127.0.0.1'): Promise<string> {
    if (this.server) return this.url;
    const server = createServer(this.app);
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          new Error(
            `Failed to start the ${this.name} mock on ${host}:${port}: ${error.code === 'EADDRINUSE' ? 'the port is in use. Choose another one' : error.message}.`,
          ),
        ),
      );
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    return this.url;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
