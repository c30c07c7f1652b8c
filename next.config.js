// Next.js serves the UI only; the API and Socket.io live in the same Node process (server/index.ts).
import os from "node:os";

// In development Next only trusts localhost; phones reach the dev server through the LAN address.
const lanHosts = Object.values(os.networkInterfaces())
  .flat()
  .filter((a) => a && a.family === "IPv4" && !a.internal)
  .map((a) => a.address);

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  allowedDevOrigins: ["127.0.0.1", ...lanHosts],
  devIndicators: { position: "top-right" },
  // Server-only packages are never bundled into the UI.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "@prisma/adapter-pg"],
};

export default nextConfig;
