import { describe, expect, it } from "vitest";
import { started, textStream } from "./stream";

describe("streamed bodies", () => {
  it("reads the first part before the response starts, so its error is still an answer", async () => {
    let reads = 0;
    async function* parts() {
      reads += 1;
      yield "head";
      reads += 1;
      yield "tail";
    }
    const { empty, parts: rest } = await started(parts());
    expect(empty).toBe(false);
    expect(reads).toBe(1);
    expect(await new Response(textStream(rest)).text()).toBe("headtail");

    async function* failing(): AsyncGenerator<string> {
      throw new Error("database unavailable");
    }
    await expect(started(failing())).rejects.toThrow("database unavailable");
    expect((await started((async function* () {})())).empty).toBe(true);
  });

  it("stops reading when the client goes away", async () => {
    let finished = false;
    async function* parts() {
      try {
        for (let i = 0; ; i++) yield `${i},`;
      } finally {
        finished = true;
      }
    }
    const reader = textStream(parts()).getReader();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
  });
});
