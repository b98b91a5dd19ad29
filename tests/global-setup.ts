import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/db/embedded";
import { migrateDatabase } from "@/db/migrate";

export const TEMPLATE_DB = "rapport_template";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the server's maintenance database; tests create their databases through it. */
    pgAdminUrl: string;
  }
}

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

let server: EmbeddedServer | null = null;
// One directory per run, so that concurrent runs (two terminals, an editor) never share a cluster.
const dataDir = path.resolve(`.data-test-${process.pid}`);

/**
 * Starts one real PostgreSQL for the run (or uses TEST_DATABASE_URL's server) and migrates a template
 * database that every test file copies.
 */
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    server = await startEmbeddedPostgres({ dataDir, persistent: false });
    adminUrl = server.url("postgres");
  }
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${TEMPLATE_DB} with (force)`);
    await admin.unsafe(`create database ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  await migrateDatabase(withDatabase(adminUrl, TEMPLATE_DB));
  project.provide("pgAdminUrl", adminUrl);

  return async () => {
    await server?.stop();
    if (server) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
