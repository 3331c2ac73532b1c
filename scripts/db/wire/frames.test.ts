import { serialize } from "pg-protocol";
import { describe, expect, it } from "vitest";
import {
  ProtocolError,
  closeStatements,
  readResponse,
  renameStatements,
  takeMessages,
} from "./frames";

const backend = (type: string, body: Buffer) => {
  const out = Buffer.alloc(5 + body.length);
  out.write(type, 0, "latin1");
  out.writeInt32BE(4 + body.length, 1);
  body.copy(out, 5);
  return out;
};

describe("wire frames", () => {
  it("cuts whole messages and keeps a partial one for the next read", () => {
    const bytes = Buffer.concat([serialize.parse({ text: "select 1" }), serialize.sync()]);
    const { messages, rest } = takeMessages(bytes.subarray(0, bytes.length - 2), true);
    expect(messages).toHaveLength(1);
    expect(rest).toHaveLength(3);
    expect(
      takeMessages(Buffer.concat([rest, bytes.subarray(bytes.length - 2)]), true).messages,
    ).toHaveLength(1);
  });

  it("refuses a length that cannot be a message", () => {
    expect(() => takeMessages(Buffer.from([0x51, 0, 0, 0, 1]), true)).toThrow(ProtocolError);
  });

  it("prefixes named statements and portals, and leaves unnamed ones alone", () => {
    const names = { prefix: "c7_", statements: new Set<string>() };
    const parse = renameStatements(serialize.parse({ name: "s1", text: "select $1" }), names);
    expect(parse.toString("latin1")).toContain("c7_s1\0select $1\0");
    expect(names.statements).toEqual(new Set(["c7_s1"]));
    const bind = renameStatements(
      serialize.bind({ portal: "p", statement: "s1", values: ["x"] }),
      names,
    );
    expect(bind.toString("latin1")).toContain("c7_p\0c7_s1\0");
    const unnamed = serialize.bind({ values: ["x"] });
    expect(renameStatements(unnamed, names)).toBe(unnamed);
    renameStatements(serialize.close({ type: "S", name: "s1" }), names);
    expect(names.statements.size).toBe(0);
  });

  it("closes what a departing connection prepared, then syncs", () => {
    const bytes = closeStatements({ prefix: "c1_", statements: new Set(["c1_a", "c1_b"]) });
    expect(takeMessages(bytes, true).messages.map((m) => String.fromCharCode(m[0]))).toEqual([
      "C",
      "C",
      "S",
    ]);
  });

  it("reads the transaction status at the end of a response and drops notifications", () => {
    const ready = (s: string) => backend("Z", Buffer.from(s));
    const notify = backend("A", Buffer.from("\0\0\0\x01chan\0payload\0", "latin1"));
    expect(readResponse(Buffer.concat([backend("1", Buffer.alloc(0)), ready("T")])).status).toBe(
      "T",
    );
    expect(readResponse(backend("1", Buffer.alloc(0))).status).toBeNull();
    const { data, status } = readResponse(Buffer.concat([notify, ready("I")]));
    expect(status).toBe("I");
    expect(data).toEqual(ready("I"));
  });
});
