// Addresses printed at start: students' phones need the machine's LAN address, not localhost.
import os from "node:os";

export function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === "IPv4" && !a.internal) out.push(a.address);
  }
  return out;
}

/** The base URL students type: PUBLIC_URL if set, else the first LAN address, else localhost. */
export function publicBaseUrl(port: number): string {
  if (process.env.PUBLIC_URL) return process.env.PUBLIC_URL.replace(/\/$/, "");
  const lan = lanAddresses()[0];
  return `http://${lan ?? "localhost"}:${port}`;
}
