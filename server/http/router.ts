// A tiny method+path router for /api/*. Route modules register handlers; anything else falls to Next.
import type { IncomingMessage, ServerResponse } from "node:http";
import { HttpError, sendError } from "./json";

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  params: Record<string, string>;
  url: URL;
}
type Handler = (ctx: RouteContext) => Promise<void> | void;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

export class Router {
  private routes: Route[] = [];

  on(method: string, path: string, handler: Handler): this {
    const keys: string[] = [];
    const pattern = new RegExp(
      "^" + path.replace(/:([a-zA-Z]+)/g, (_m, k: string) => (keys.push(k), "([^/]+)")) + "/?$",
    );
    this.routes.push({ method, pattern, keys, handler });
    return this;
  }

  /** True when a route (or a 404/405 for /api) answered; false hands the request to Next. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith("/api/")) return false;
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(url.pathname);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== req.method) continue;
      const params = Object.fromEntries(route.keys.map((k, i) => [k, decodeURIComponent(m[i + 1])]));
      try {
        await route.handler({ req, res, params, url });
      } catch (err) {
        if (err instanceof HttpError) sendError(res, err);
        else {
          console.error(`[api] ${req.method} ${url.pathname}`, err);
          sendError(res, new HttpError(500, "INTERNAL"));
        }
      }
      return true;
    }
    sendError(res, new HttpError(pathMatched ? 405 : 404, "BAD_REQUEST", pathMatched ? "Method not allowed." : "No such API route."));
    return true;
  }
}
