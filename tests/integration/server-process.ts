// A server in its own process, for tests that kill it (kill -9) and start it again on the same data.
// Prints "READY <port>" once it listens. Env: PORT, DATA_DIR, GET_READY_MS.
import { startServer } from "../../server/index";

const server = await startServer({
  port: Number(process.env.PORT ?? 0),
  host: "127.0.0.1",
  ui: false,
  quiet: true,
  db: { dataDir: process.env.DATA_DIR ?? null },
  gameSettings: { getReadyMs: Number(process.env.GET_READY_MS ?? 300) },
});
console.log(`READY ${server.port}`);
