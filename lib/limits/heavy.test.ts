import { describe, expect, it } from "vitest";
import { textStream } from "@/lib/api/stream";
import {
  acquireHeavy,
  HEAVY_LIMITS,
  heavyRunning,
  withHeavyResponse,
  withHeavySlot,
} from "./heavy";
import { toHttpResponse } from "@/lib/errors/handle";

describe("heavy work limits", () => {
  it("refuses a user past their limit at once, with 429 and Retry-After, and lets others in", async () => {
    const mine = Array.from({ length: HEAVY_LIMITS.export.perUser }, () =>
      acquireHeavy("export", "ana"),
    );
    let refused: unknown;
    try {
      acquireHeavy("export", "ana");
    } catch (error) {
      refused = error;
    }
    const response = toHttpResponse(refused, "en");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe(String(HEAVY_LIMITS.export.retryAfter));
    expect((await response.json()).error).toEqual({
      code: "rate_limited",
      message: `The server is busy with other large requests; try again in ${HEAVY_LIMITS.export.retryAfter} s.`,
      retryAfter: HEAVY_LIMITS.export.retryAfter,
    });
    const other = acquireHeavy("export", "ben");
    mine.forEach((release) => release());
    other();
    expect(heavyRunning("export")).toBe(0);
  });

  it("bounds the instance over all users", () => {
    const held = Array.from({ length: HEAVY_LIMITS.report.perInstance }, (_, i) =>
      acquireHeavy("report", `user-${i}`),
    );
    expect(() => acquireHeavy("report", "someone-else")).toThrow(/rate_limited/);
    held.forEach((release) => release());
    acquireHeavy("report", "someone-else")();
  });

  it("releases the slot however the work ends, once", async () => {
    await expect(
      withHeavySlot("search", "ana", async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(heavyRunning("search")).toBe(0);
    const release = acquireHeavy("search", "ana");
    release();
    release();
    expect(heavyRunning("search")).toBe(0);
  });

  it("counts hashing per instance only: nobody is known yet", () => {
    const held = Array.from({ length: HEAVY_LIMITS.hash.perInstance }, () =>
      acquireHeavy("hash", null),
    );
    expect(() => acquireHeavy("hash", null)).toThrow(/rate_limited/);
    held.forEach((release) => release());
  });

  it("holds a streamed response's slot until its body is read, or its reader leaves", async () => {
    async function* parts() {
      yield "a";
      yield "b";
    }
    const streamed = () =>
      withHeavyResponse("export", "ana", async () => new Response(textStream(parts())));
    const read = await streamed();
    expect(heavyRunning("export")).toBe(1);
    expect(await read.text()).toBe("ab");
    expect(heavyRunning("export")).toBe(0);

    const left = await streamed();
    const reader = left.body!.getReader();
    await reader.read();
    expect(heavyRunning("export")).toBe(1);
    await reader.cancel();
    expect(heavyRunning("export")).toBe(0);

    await expect(
      withHeavyResponse("export", "ana", async () => {
        throw new Error("before any byte");
      }),
    ).rejects.toThrow("before any byte");
    expect(heavyRunning("export")).toBe(0);
  });
});
