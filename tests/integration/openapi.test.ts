import { describe, expect, it } from "vitest";
import * as accountRoutes from "@/app/api/account/route";
import * as openapi from "@/app/api/openapi.json/route";
import { ConeAccount, ConeAccountPage } from "@/lib/http/openapi/schemas";
import { operations } from "@/lib/http/openapi/operations";
import { call, newWorkspace } from "../helpers";
import { servedRoutes } from "../routes";

describe("OpenAPI document", () => {
  it("documents exactly the routes the app serves", async () => {
    const documented = operations.map((o) => `${o.method} ${o.path}`).sort();
    expect(documented).toEqual((await servedRoutes()).map((r) => `${r.method.toLowerCase()} ${r.template}`).sort());
  });

  it("is served as OpenAPI 3.1 with request schemas from the validators", async () => {
    const res = await call(openapi.GET, { path: "/api/openapi.json" });
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    const create = res.body.paths["/api/account"].post;
    expect(create.requestBody.content["application/json"].schema.required).toEqual(["name"]);
    expect(create.requestBody.content["application/json"].schema.properties.name.maxLength).toBe(255);
    const list = res.body.paths["/api/account"].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["offset", "limit", "search", "sortField", "sortDirection"]));
    expect(res.body.paths["/api/health"].get.security).toEqual([]);
    const ids = Object.values(res.body.paths).flatMap((p) => Object.values(p as Record<string, { operationId: string }>).map((o) => o.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("matches what the endpoints really answer", async () => {
    const admin = await newWorkspace("Schema");
    const created = await call(accountRoutes.POST, { method: "POST", path: "/api/account", body: { name: "Typed", contacts: [{ firstName: "Rim" }] }, headers: admin.auth });
    expect(ConeAccount.strict().safeParse(created.body).error).toBeUndefined();
    const page = await call(accountRoutes.GET, { path: "/api/account", headers: admin.auth });
    expect(ConeAccountPage.safeParse(page.body).error).toBeUndefined();
  });
});
