// The embedded default database: PGlite (real PostgreSQL compiled to WebAssembly) persisted in a data
// directory and served on a loopback port by pglite-socket, so Prisma reaches it through the same
// adapter-pg path as a real server. pglite-socket serves ONE backend: concurrent connections there
// interfere (writes reported done and never written), so callers must use a pool of exactly one.
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import fs from "node:fs";
import net from "node:net";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/** A free loopback port; the OS picks it, we release it and hand it to the socket server. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts PGlite on `dataDir` (or in memory when null) and serves it on 127.0.0.1. */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ?? undefined);
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 1 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
