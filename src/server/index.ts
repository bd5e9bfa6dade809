// The HTTP service: the Fastify app factory, and starting it on a port with a graceful stop.
export { buildServer } from "./app.js";
export type { ServerOptions } from "./app.js";
export { startServer, stopOnSignals } from "./start.js";
export type { Running, StartOptions } from "./start.js";
export { SESSION_COOKIE, AUTH_DEFAULTS } from "./auth.js";
export type { AuthOptions } from "./auth.js";
export { CSRF_HEADER, CSRF_VALUE } from "./route.js";
