// A minimal Socket.IO v5 client over one raw WebSocket (Engine.IO v4, websocket transport only), for
// driving thousands of simulated phones from one process. It speaks just what the game needs:
//   server → "0{…}" open, "40{…}" connected, "2" ping, "42[event, data]" event, "43<id>[res]" ack,
//            "44{…}" connect error, "41" / "1" disconnect
//   client → "40" connect to "/", "3" pong, "42<id>[event, data]" emit with ack, "41" disconnect
// Why not socket.io-client: per socket it builds a Manager, an Engine.IO Socket, a transport, timers
// and an emitter chain; at 10,000 sockets that is the bot process's CPU and memory, not the server's
// (`--client sio` switches to it for comparison). Binary packets and namespaces are not supported.
import WebSocket from "ws";
import { io as sioConnect, type Socket as SioSocket } from "socket.io-client";
import { wallNow } from "./common";

export interface BotSocket {
  /** Called with the receipt time (wallNow, read first) and the event's argument. */
  onEvent: (receivedAt: number, event: string, data: unknown) => void;
  onClose: (reason: string) => void;
  /** Emits with an acknowledgement; resolves with the ack's argument and the time it arrived. */
  emitWithAck(event: string, data: unknown, timeoutMs: number): Promise<{ res: unknown; at: number }>;
  close(): void;
  readonly connected: boolean;
}

export interface ConnectOptions {
  url: string; // http://127.0.0.1:PORT
  timeoutMs: number;
  client: "raw" | "sio";
  /** Handshake headers, e.g. the teacher's session cookie for the host. */
  headers?: Record<string, string>;
}

export function connectBot(opts: ConnectOptions): Promise<BotSocket> {
  return opts.client === "sio" ? connectSio(opts) : connectRaw(opts);
}

class AckTimeout extends Error {}

function connectRaw({ url, timeoutMs, headers }: ConnectOptions): Promise<BotSocket> {
  const wsUrl = url.replace(/^http/, "ws") + "/socket.io/?EIO=4&transport=websocket";
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl, { perMessageDeflate: false, headers });
    let nextAckId = 0;
    const acks = new Map<number, { resolve: (v: { res: unknown; at: number }) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
    let connected = false;
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      ws.terminate();
      reject(err);
    };
    const connectTimer = setTimeout(() => fail(new Error(`connect timed out after ${timeoutMs} ms`)), timeoutMs);

    const bot: BotSocket = {
      onEvent: () => {},
      onClose: () => {},
      get connected() {
        return connected;
      },
      emitWithAck(event, data, ackTimeoutMs) {
        return new Promise((res, rej) => {
          if (ws.readyState !== WebSocket.OPEN) return rej(new Error("socket closed"));
          const id = nextAckId++;
          const timer = setTimeout(() => {
            acks.delete(id);
            rej(new AckTimeout(`no ack for ${event} within ${ackTimeoutMs} ms`));
          }, ackTimeoutMs);
          acks.set(id, { resolve: res, reject: rej, timer });
          ws.send(`42${id}${JSON.stringify([event, data])}`);
        });
      },
      close() {
        if (ws.readyState === WebSocket.OPEN) ws.send("41");
        ws.terminate();
      },
    };

    ws.on("message", (raw: Buffer) => {
      const at = wallNow();
      const msg = raw.toString();
      const type = msg.charCodeAt(0);
      if (type === 52 /* "4" message */) {
        const packet = msg.charCodeAt(1);
        if (packet === 50 /* "2" event */) {
          const [event, arg] = JSON.parse(msg.slice(2)) as [string, unknown];
          bot.onEvent(at, event, arg);
        } else if (packet === 51 /* "3" ack */) {
          let i = 2;
          while (i < msg.length && msg.charCodeAt(i) >= 48 && msg.charCodeAt(i) <= 57) i++;
          const id = Number(msg.slice(2, i));
          const pending = acks.get(id);
          if (pending) {
            acks.delete(id);
            clearTimeout(pending.timer);
            pending.resolve({ res: (JSON.parse(msg.slice(i)) as unknown[])[0], at });
          }
        } else if (packet === 48 /* "0" connect */) {
          connected = true;
          settled = true;
          clearTimeout(connectTimer);
          resolve(bot);
        } else if (packet === 52 /* "4" connect error */) {
          fail(new Error(`connect refused: ${msg.slice(2)}`));
        } else if (packet === 49 /* "1" disconnect */) {
          ws.terminate();
        }
      } else if (type === 50 /* "2" ping */) {
        ws.send("3");
      } else if (type === 48 /* "0" open */) {
        ws.send("40");
      } else if (type === 49 /* "1" close */) {
        ws.terminate();
      }
    });
    ws.on("error", (err) => fail(err));
    ws.on("close", (code) => {
      const wasConnected = connected;
      connected = false;
      for (const p of acks.values()) {
        clearTimeout(p.timer);
        p.reject(new Error("socket closed"));
      }
      acks.clear();
      if (!settled) fail(new Error(`closed during handshake (code ${code})`));
      else if (wasConnected) bot.onClose(`ws close ${code}`);
    });
  });
}

function connectSio({ url, timeoutMs, headers }: ConnectOptions): Promise<BotSocket> {
  const socket: SioSocket = sioConnect(url, { transports: ["websocket"], forceNew: true, reconnection: false, timeout: timeoutMs, extraHeaders: headers });
  const bot: BotSocket = {
    onEvent: () => {},
    onClose: () => {},
    get connected() {
      return socket.connected;
    },
    async emitWithAck(event, data, ackTimeoutMs) {
      const res: unknown = await socket.timeout(ackTimeoutMs).emitWithAck(event, data);
      return { res, at: wallNow() };
    },
    close() {
      socket.close();
    },
  };
  socket.onAny((event: string, arg: unknown) => bot.onEvent(wallNow(), event, arg));
  socket.on("disconnect", (reason) => bot.onClose(reason));
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(bot));
    socket.once("connect_error", (err) => {
      socket.close();
      reject(err);
    });
  });
}
