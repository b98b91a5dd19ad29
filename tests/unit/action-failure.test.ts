import { describe, expect, it } from "vitest";
import { z } from "zod";
import { actionFailure } from "@/components/forms/action-result";
import { describeFailure } from "@/components/forms/failure-text";
import { fieldMessage } from "@/components/ui/field";
import { AppError } from "@/lib/errors";
import { email, parseInput, requiredText } from "@/lib/validation";

const Schema = z.object({ name: requiredText(10), email, role: z.enum(["USER", "ADMIN"]), probability: z.number().int().max(100) });

function failureOf(input: unknown) {
  try {
    parseInput(Schema, input);
  } catch (e) {
    return actionFailure(e, "test");
  }
  throw new Error("expected a validation failure");
}

describe("form failures in the reader's language", () => {
  it("carries the error code and a neutral issue per field", () => {
    const f = failureOf({ name: "x".repeat(11), email: "nope", role: "BOSS", probability: 101 });
    expect(f.code).toBe("validation");
    expect(f.issues).toEqual({
      name: { kind: "too_long", limit: 10 },
      email: { kind: "invalid_email" },
      role: { kind: "invalid_option" },
      probability: { kind: "too_big", limit: 100 },
    });
    expect(failureOf({ name: "", email: "a@b.co", role: "USER" }).issues).toEqual({ name: { kind: "required" }, probability: { kind: "required" } });
  });

  it("translates the summary and the fields by code, not by the server's sentence", () => {
    const f = failureOf({ name: "", email: "nope", role: "USER", probability: 1 });
    expect(describeFailure(f, "en")).toEqual({ message: "Please correct the highlighted fields.", fields: { name: "is required", email: "must be a valid email address" } });
    const fr = describeFailure(f, "fr");
    expect(fr.message).toBe("Veuillez corriger les champs signalés.");
    expect(fr.fields).toEqual({ name: "est obligatoire", email: "doit être une adresse e-mail valide" });
    const ar = describeFailure(f, "ar");
    expect(ar.fields.name).toBe("مطلوب");
    expect(fieldMessage("الاسم", ar.fields.name)).toBe("الاسم مطلوب");
    expect(fieldMessage("Nom", fr.fields.name)).toBe("Nom est obligatoire");
  });

  it("keeps the server's words in English for refusals, and a translated sentence elsewhere", () => {
    const forbidden = actionFailure(new AppError("forbidden", "Your role (USER) is not allowed to invite users"), "test");
    expect(forbidden.code).toBe("forbidden");
    expect(describeFailure(forbidden, "en").message).toBe("Your role (USER) is not allowed to invite users");
    expect(describeFailure(forbidden, "fr").message).toMatch(/rôle/);
    const business = actionFailure(new AppError("validation", "franchiseId: no such franchise", { fields: { franchiseId: "no such franchise" } }), "test");
    expect(describeFailure(business, "fr").fields.franchiseId).toBe("no such franchise");
  });

  it("hides unexpected errors behind a generic, translated sentence", () => {
    const original = console.error;
    console.error = () => {};
    try {
      const f = actionFailure(new Error("connection reset"), "test");
      expect(f).toMatchObject({ ok: false, code: "internal" });
      expect(describeFailure(f, "ar").message).not.toMatch(/connection/);
    } finally {
      console.error = original;
    }
  });
});
