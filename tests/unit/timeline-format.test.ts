import { describe, expect, it } from "vitest";
import { translator } from "@/components/i18n/catalog";
import { timelineMessages } from "@/components/timeline/messages";
import { fieldLabel, formatValue, humanise } from "@/components/timeline/format";

const en = translator(timelineMessages, "en");
const fr = translator(timelineMessages, "fr");
const known = timelineMessages.en as Record<string, string>;
const STAGE = "0190a1b2-0000-7000-8000-000000000001";

describe("timeline formatting", () => {
  it("names fields from the catalog, and humanises the others", () => {
    expect(fieldLabel(en, known, "stageId")).toBe("Stage");
    expect(fieldLabel(fr, known, "expectedCloseDate")).toBe("Date de clôture prévue");
    expect(fieldLabel(en, known, "vehicleMakeId")).toBe("Vehicle make");
    expect(humanise("trade_in")).toBe("Trade in");
  });

  it("shows names for ids, translated statuses, locale dates and numbers, and a word for empty", () => {
    const labels = { [STAGE]: "Proposal" };
    expect(formatValue(en, STAGE, "stageId", labels, "en")).toBe("Proposal");
    expect(formatValue(fr, "won", "status", labels, "fr")).toBe("Gagnée");
    expect(formatValue(en, null, "amount", labels, "en")).toBe("(empty)");
    expect(formatValue(en, "250.5000", "amount", labels, "en")).toBe("250.5");
    expect(formatValue(fr, "1250.5000", "amount", labels, "fr")).toMatch(/^1\s?250,5$/);
    expect(formatValue(en, "2025-01-31", "expectedCloseDate", labels, "en")).toBe("Jan 31, 2025");
    expect(formatValue(en, true, "isQualified", labels, "en")).toBe("Yes");
    // A multi-select's choices joined the way each language lists things, never a Latin ", " everywhere.
    const choices = { "tags=press": "Press", "tags=partner": "Partner", "tags=investor": "Investor" };
    expect(formatValue(en, ["press", "partner", "investor"], "tags", choices, "en")).toBe("Press, Partner, and Investor");
    expect(formatValue(fr, ["press", "partner", "investor"], "tags", choices, "fr")).toBe("Press, Partner et Investor");
    expect(formatValue(translator(timelineMessages, "ar"), ["صحافة", "شريك"], "tags", {}, "ar")).toBe("صحافة وشريك");
    expect(formatValue(en, ["press"], "tags", choices, "en")).toBe("Press");
  });

  it("reads a change in each language", () => {
    expect(en("change", { field: "Stage", from: "Qualified", to: "Proposal" })).toBe("Stage: Qualified → Proposal");
    expect(translator(timelineMessages, "ar")("action.note", { actor: "Rim" })).toContain("Rim");
  });
});

describe("task types in words", () => {
  it("turns the codes into the reader's words, everywhere through one helper", async () => {
    const { taskTypeLabel } = await import("@/components/tasks/task-type");
    expect(taskTypeLabel("FOLLOW_UP", "en")).toBe("Follow-up");
    expect(taskTypeLabel("FOLLOW_UP", "fr")).toBe("Relance");
    expect(taskTypeLabel("CALL", "ar")).toBe("مكالمة");
    expect(taskTypeLabel("SOMETHING", "fr")).toBe("SOMETHING");
    const { translator } = await import("@/components/i18n/catalog");
    const { timelineMessages } = await import("@/components/timeline/messages");
    const { formatValue } = await import("@/components/timeline/format");
    const t = translator(timelineMessages, "fr");
    expect(formatValue(t, "MEETING", "type", {}, "fr")).toBe("Rendez-vous");
    expect(formatValue(t, "MEETING", "title", {}, "fr")).toBe("MEETING");
    // Custom fields: their labels and their choices' labels come with the page.
    const labels = { "customFields.tier": "Niveau", "customFields.tier=gold": "Or", "customFields.tags=vip": "VIP" };
    expect(formatValue(t, "gold", "customFields.tier", labels, "fr")).toBe("Or");
    expect(formatValue(t, ["vip", "press"], "customFields.tags", labels, "fr")).toBe("VIP et press");
    const { fieldLabel } = await import("@/components/timeline/format");
    expect(fieldLabel(t, timelineMessages.en as Record<string, string>, "customFields.tier", labels)).toBe("Niveau");
  });
});
