import { describe, expect, it } from "vitest";
import { facets, groupThreads, NO_FILTERS, toThreads } from "./threads";

const item = (
  id: string,
  over: Partial<{
    parentId: string;
    body: string;
    tags: string[];
    status: string;
    author: string;
    kinds: string[];
    at: string;
  }> = {},
) => ({
  id,
  parentId: over.parentId ?? null,
  body: over.body ?? `note ${id}`,
  tags: over.tags ?? [],
  status: over.status ?? "open",
  author: { id: over.author ?? "ana", name: over.author === "bo" ? "Bo" : "Ana" },
  targets: (over.kinds ?? ["assessment"]).map((kind) => ({ kind })),
  updatedAt: over.at ?? "2026-11-22T08:00:00.000Z",
});

const items = [
  item("a", { at: "2026-11-22T08:00:00.000Z", tags: ["policy"] }),
  item("r1", {
    parentId: "a",
    author: "bo",
    body: "Agree, see 数据安全法",
    at: "2026-11-22T10:00:00.000Z",
  }),
  item("b", {
    at: "2026-11-22T09:00:00.000Z",
    status: "resolved",
    kinds: ["event", "source-passage"],
    author: "bo",
  }),
  item("orphan", { parentId: "gone", at: "2026-11-22T07:00:00.000Z" }),
];

describe("toThreads", () => {
  it("groups replies under their first annotation, newest activity first", () => {
    const threads = toThreads(items, NO_FILTERS);
    expect(threads.map((t) => [t.root.id, t.replies.map((r) => r.id)])).toEqual([
      ["a", ["r1"]],
      ["b", []],
      ["orphan", []],
    ]);
  });

  it("filters by status and kind on the thread, by author, tag and text on any of its annotations", () => {
    const ids = (f: Partial<typeof NO_FILTERS>) =>
      toThreads(items, { ...NO_FILTERS, ...f }).map((t) => t.root.id);
    expect(ids({ status: "resolved" })).toEqual(["b"]);
    // A thread with several targets is of each of their kinds.
    expect(ids({ kind: "event" })).toEqual(["b"]);
    expect(ids({ kind: "source-passage" })).toEqual(["b"]);
    expect(ids({ kind: "assessment" })).toEqual(["a", "orphan"]);
    expect(ids({ kind: "actor" })).toEqual([]);
    expect(ids({ author: "bo" })).toEqual(["a", "b"]);
    expect(ids({ tag: "policy" })).toEqual(["a"]);
    expect(ids({ q: "数据安全" })).toEqual(["a"]);
    expect(ids({ q: "POLICY" })).toEqual(["a"]);
    expect(ids({ q: "nothing like this" })).toEqual([]);
  });
});

describe("facets", () => {
  it("lists each author and tag once, sorted", () => {
    expect(facets(items)).toEqual({
      authors: [
        { id: "ana", name: "Ana" },
        { id: "bo", name: "Bo" },
      ],
      tags: ["policy"],
    });
  });
});

describe("groupThreads", () => {
  it("keeps the server's order of first notes, puts replies under them oldest first, and lets an orphan stand", () => {
    const threads = groupThreads([
      item("new", { at: "2026-11-22T09:00:00.000Z" }),
      item("old", { at: "2026-11-22T08:00:00.000Z" }),
      item("r2", { parentId: "old", at: "2026-11-22T10:00:00.000Z" }),
      item("r1", { parentId: "old", at: "2026-11-22T08:30:00.000Z" }),
      item("orphan", { parentId: "gone" }),
    ]);
    expect(threads.map((t) => [t.root.id, t.replies.map((r) => r.id)])).toEqual([
      ["new", []],
      ["old", ["r1", "r2"]],
      ["orphan", []],
    ]);
  });
});
