import { describe, expect, it } from "vitest";
import { dayKey, groupOf, groupTasks, safeTimeZone } from "@/components/tasks/group";

describe("task groups", () => {
  const now = new Date("2025-03-01T22:30:00Z"); // 23:30 in Paris, already March 2 in Tokyo

  it("puts past due dates in overdue, later today in today, later days in upcoming, none in noDate", () => {
    expect(groupOf("2025-03-01T22:00:00Z", now, "Europe/Paris")).toBe("overdue");
    expect(groupOf("2025-03-01T22:45:00Z", now, "Europe/Paris")).toBe("today");
    expect(groupOf("2025-03-01T23:15:00Z", now, "Europe/Paris")).toBe("upcoming");
    expect(groupOf(null, now, "Europe/Paris")).toBe("noDate");
  });

  it("reads today in the person's time zone", () => {
    expect(dayKey(now, "Asia/Tokyo")).toBe("2025-03-02");
    expect(groupOf("2025-03-02T10:00:00Z", now, "Asia/Tokyo")).toBe("today");
    expect(groupOf("2025-03-02T10:00:00Z", now, "Europe/Paris")).toBe("upcoming");
  });

  it("keeps the given order inside each group", () => {
    const tasks = [{ dueAt: "2025-02-01T00:00:00Z", n: 1 }, { dueAt: null, n: 2 }, { dueAt: "2025-02-02T00:00:00Z", n: 3 }];
    expect(groupTasks(tasks, now, "UTC").overdue.map((t) => t.n)).toEqual([1, 3]);
  });

  it("falls back to UTC for unknown zones", () => {
    expect(safeTimeZone("Mars/Olympus")).toBe("UTC");
    expect(safeTimeZone(undefined)).toBe("UTC");
    expect(safeTimeZone("Africa/Casablanca")).toBe("Africa/Casablanca");
  });
});
