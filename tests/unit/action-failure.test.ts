import { describe, expect, it } from "vitest";
import { z } from "zod";
import { actionFailure } from "@/components/forms/action-result";
import { describeFailure } from "@/components/forms/failure-text";
import { fieldMessage } from "@/components/ui/field";
import { AppError, ruleField } from "@/lib/errors";
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

  it("says business rules in the reader's language, with their parameters, and keeps the API's English", () => {
    const inUse = actionFailure(
      new AppError("validation", "This stage holds 3 deal(s); move them to another stage first", { fields: { stage: "holds 3 deal(s)" }, rule: { key: "stage_in_use", params: { count: 3 } } }),
      "test",
    );
    expect(inUse.rule).toEqual({ key: "stage_in_use", params: { count: 3 } });
    expect(describeFailure(inUse, "en").message).toBe("This stage holds 3 deals; move them to another stage first.");
    expect(describeFailure(inUse, "fr").message).toBe("Cette étape contient 3 affaires ; déplacez-les d’abord vers une autre étape.");
    expect(describeFailure({ ...inUse, rule: { key: "stage_in_use", params: { count: 1 } } }, "fr").message).toMatch(/1 affaire ;/);
    expect(describeFailure(inUse, "ar").message).toMatch(/المرحلة/);
    // A field rule: the server's English stays in `fields`, the form shows the catalog's words.
    const field = ruleField("currentPassword", "is not your current password", "wrong_current_password");
    expect(field.message).toBe("currentPassword: is not your current password");
    const f = actionFailure(field, "test");
    expect(f.fields).toEqual({ currentPassword: "is not your current password" });
    expect(describeFailure(f, "fr").fields.currentPassword).toBe("n’est pas votre mot de passe actuel");
    expect(describeFailure(f, "fr").message).toBe("Veuillez corriger les champs signalés.");
    const choice = actionFailure(ruleField("options.choices", '"Gold" appears twice', "choice_twice", { choice: "Gold" }), "test");
    expect(describeFailure(choice, "ar").fields["options.choices"]).toBe("يحتوي على «Gold» مرتين");
    // A refusal with a rule is translated in English too (one catalog sentence for every language).
    const owner = actionFailure(new AppError("forbidden", "Only the deal's owner, a manager or an admin can delete it", { rule: { key: "delete_not_owner" } }), "test");
    expect(describeFailure(owner, "fr").message).toMatch(/^Seuls le responsable/);
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
