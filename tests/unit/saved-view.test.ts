import { describe, expect, it } from "vitest";
import { savedViewHref, savedViewInput } from "@/lib/filters/saved-view";

describe("saved view input", () => {
  it("keeps only the canonical filter query and a known page", () => {
    const v = savedViewInput.parse({ name: "  إدلب 2019 ", path: "/map", query: "to=2019-12-31&gov=SY-ID&from=2019-01-01&evil=<script>&sort=date" });
    expect(v.name).toBe("إدلب 2019");
    expect(v.query).toBe("gov=SY-ID&from=2019-01-01&to=2019-12-31");
    expect(savedViewHref(v)).toBe("/map?gov=SY-ID&from=2019-01-01&to=2019-12-31");
    expect(savedViewInput.parse({ name: "x", path: "/admin", query: "" }).path).toBe("/");
  });
  it("refuses an empty name", () => {
    expect(savedViewInput.safeParse({ name: "  ", path: "/", query: "" }).success).toBe(false);
  });
});
