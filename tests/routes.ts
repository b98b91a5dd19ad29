import fs from "node:fs";
import path from "node:path";

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type ServedRoute = { method: (typeof METHODS)[number]; template: string; handler: unknown };

/** Every (method, path) served by a route handler under app/api, with the path as an OpenAPI template. */
export async function servedRoutes(): Promise<ServedRoute[]> {
  const root = path.resolve("app/api");
  const files = fs.readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("route.ts"));
  const served: ServedRoute[] = [];
  for (const file of files) {
    const segments = path.dirname(file) === "." ? [] : path.dirname(file).split(path.sep);
    const template = "/api" + segments.map((s) => "/" + s.replace(/^\[(?:\.\.\.)?(\w+)\]$/, "{$1}")).join("");
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const method of METHODS) if (typeof mod[method] === "function") served.push({ method, template, handler: mod[method] });
  }
  return served.sort((a, b) => `${a.method} ${a.template}`.localeCompare(`${b.method} ${b.template}`));
}
