"use client";
// The one way a page talks to the game server: a typed Socket.io client on the same origin, an
// ack-returning request() with a timeout, and a hook that reports the connection state.
import { useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { Ack, ClientToServerEvents, ErrorCode, ServerToClientEvents } from "@/server/protocol";

export type GameSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
/** "closed": the server ended the connection itself (socket.io does not retry then). */
export type ConnectionStatus = "connecting" | "connected" | "reconnecting" | "closed";

type EventName = keyof ClientToServerEvents;
type Payload<E extends EventName> = Parameters<ClientToServerEvents[E]>[0];
type AckOf<E extends EventName> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];

const REQUEST_TIMEOUT_MS = 8000;

function fail(code: ErrorCode, message: string) {
  return { ok: false as const, code, message };
}

/** Emits a command and resolves with its ack. Never rejects: a timeout or a lost connection is an error ack. */
export function request<E extends EventName>(socket: GameSocket, event: E, msg: Payload<E>): Promise<AckOf<E>> {
  if (!socket.connected) {
    return Promise.resolve(fail("INTERNAL", "Not connected to the game. Reconnecting…") as AckOf<E>);
  }
  return new Promise((resolve) => {
    // socket.io's typed emit cannot follow a generic event name; payload and ack types are checked above.
    const timed = socket.timeout(REQUEST_TIMEOUT_MS) as unknown as {
      emit(ev: string, m: unknown, cb: (err: Error | null, res?: Ack) => void): void;
    };
    timed.emit(event, msg, (err, res) => {
      if (err || !res) resolve(fail("INTERNAL", "The game server did not answer. Check your connection and try again.") as AckOf<E>);
      else resolve(res as AckOf<E>);
    });
  });
}

/**
 * Resolves true once the socket is connected, or false after `ms`. A phone that submits its nickname
 * a moment after the page loads would otherwise be told to try again while the socket is still opening.
 */
export function whenConnected(socket: Pick<GameSocket, "connected" | "once" | "off">, ms: number): Promise<boolean> {
  if (socket.connected) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onConnect = () => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      socket.off("connect", onConnect);
      resolve(false);
    }, ms);
    socket.once("connect", onConnect);
  });
}

/**
 * Opens one socket for the lifetime of the component (or while `enabled`). `listen` runs once on the
 * new socket, before it connects, to register the snapshot listeners. `onConnect` runs on the first
 * connection and on every reconnection: the server forgets who a socket was, so callers re-attach
 * (host) or resume (player) there. Both are read through refs, so they may close over fresh state.
 */
export function useGameSocket({
  listen,
  onConnect,
  enabled = true,
}: {
  listen: (socket: GameSocket) => void;
  onConnect: (socket: GameSocket) => void;
  enabled?: boolean;
}) {
  const [socket, setSocket] = useState<GameSocket | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>("connecting");
  const listenRef = useRef(listen);
  const onConnectRef = useRef(onConnect);
  useEffect(() => {
    listenRef.current = listen;
    onConnectRef.current = onConnect;
  });

  useEffect(() => {
    if (!enabled) return;
    const s: GameSocket = io({ transports: ["websocket"] });
    listenRef.current(s);
    s.on("connect", () => {
      setStatus("connected");
      onConnectRef.current(s);
    });
    s.on("disconnect", (reason) => setStatus(reason === "io server disconnect" ? "closed" : "reconnecting"));
    s.on("connect_error", () => setStatus("reconnecting"));
    setSocket(s);
    return () => {
      s.removeAllListeners();
      s.disconnect();
      setSocket(null);
      setStatus("connecting");
    };
  }, [enabled]);

  return { socket, status };
}
