import { describe, expect, it } from "vitest";
import { zodIssueMessage } from "@/lib/errors/zod";
import { annotationPatchSchema, MAX_BODY, newAnnotationSchema } from "./annotations";

const target = { kind: "assessment", country: "CN", dimension: "development-model" };
const issues = (input: unknown) => {
  const result = newAnnotationSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => zodIssueMessage(i, "en"));
};

describe("newAnnotationSchema", () => {
  it("takes a body, tags (deduplicated) and defaults", () => {
    expect(
      newAnnotationSchema.parse({
        target,
        body: "Top-down **here**",
        tags: ["model", "model", "cn"],
      }),
    ).toEqual({
      target: [target],
      body: "Top-down **here**",
      tags: ["model", "cn"],
      visibility: "team",
    });
  });

  it("takes one target or a list, and turns a first-version place into its fact", () => {
    const event = { kind: "event", event: "cn-stage-1" };
    expect(newAnnotationSchema.parse({ target: [target, event], body: "x" }).target).toEqual([
      target,
      event,
    ]);
    expect(
      newAnnotationSchema.parse({
        target: { kind: "matrix-cell", country: "CN", dimension: "development-model" },
        body: "x",
      }).target,
    ).toEqual([target]);
    expect(issues({ target: [], body: "ok" })).toEqual([
      "target: Name what the note is about: a target, or a list of one to 8 targets.",
    ]);
    expect(issues({ body: "ok" })[0]).toMatch(/^target: Name what the note is about/);
    const nine = Array.from({ length: 9 }, (_, i) => ({
      kind: "view",
      path: i ? `/sources/s${i}` : "/",
    }));
    expect(issues({ target: nine, body: "ok" })).toEqual([
      "target: At most 8 targets on one note.",
    ]);
  });

  it("refuses an empty or too long body, too many tags, an unknown target kind", () => {
    expect(issues({ target, body: "   " })).toEqual(["body: body must not be empty"]);
    expect(issues({ target, body: "x".repeat(MAX_BODY + 1) })).toEqual([
      `body: body must be at most ${MAX_BODY} characters`,
    ]);
    expect(
      issues({ target, body: "ok", tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }),
    ).toEqual(["tags: at most 20 tags"]);
    expect(issues({ target: { kind: "paragraph" }, body: "ok" })[0]).toMatch(
      /^target(\.0)?\.kind: /,
    );
    expect(issues({ target, body: "ok", tags: ["<script>"] })[0]).toMatch(
      /^tags\.0: a tag is one word/,
    );
  });

  it("says each problem in Chinese too, naming the field", () => {
    const [issue] = newAnnotationSchema.safeParse({ target, body: "   " }).error!.issues;
    expect(zodIssueMessage(issue, "zh")).toBe("正文：正文不能为空");
  });
});

describe("annotationPatchSchema", () => {
  it("needs the base version and something to change", () => {
    expect(annotationPatchSchema.safeParse({ body: "x" }).success).toBe(false);
    expect(annotationPatchSchema.safeParse({ baseVersion: 1 }).success).toBe(false);
    expect(annotationPatchSchema.parse({ baseVersion: 2, status: "resolved" })).toEqual({
      baseVersion: 2,
      status: "resolved",
    });
  });
});
