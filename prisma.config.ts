// Prisma 7 reads its settings here (.env is not auto-loaded). The app itself never uses this URL:
// it starts the embedded database or reads DATABASE_URL at run time (server/db/).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/factsprint" },
});
