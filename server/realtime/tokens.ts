import crypto from "node:crypto";

/** A secret handed to one client (host or player); only its hash is stored. */
export function newToken(): string {
  return crypto.randomBytes(24).toString("base64url");
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Constant-time comparison of a presented token against a stored hash. */
export function tokenMatches(token: string, hash: string): boolean {
  const a = Buffer.from(hashToken(token), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** A 6-digit game PIN from the CSPRNG, never one already in use. */
export function newPin(inUse: (pin: string) => boolean): string {
  for (let i = 0; i < 1000; i++) {
    const pin = String(crypto.randomInt(100_000, 1_000_000));
    if (!inUse(pin)) return pin;
  }
  throw new Error("no free game PIN");
}
