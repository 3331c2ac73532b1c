import { describe, expect, it } from "vitest";
import { emailSchema, newUserSchema, tokenNameSchema } from "./users";

describe("user and token schemas", () => {
  it("refuse a NUL character, with the nul problem, before it reaches PostgreSQL", () => {
    const user = newUserSchema.safeParse({
      email: "a@example.com",
      name: "A\u0000B",
      role: "viewer",
    });
    expect(user.success).toBe(false);
    expect(user.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["name", "nul"]]);
    expect(tokenNameSchema.safeParse("ci\u0000").error?.issues[0].message).toBe("nul");
    expect(emailSchema.safeParse("a\u0000@example.com").success).toBe(false);
    expect(
      newUserSchema.safeParse({
        email: "a@example.com",
        name: "A",
        role: "viewer",
        password: "long-enough-password\u0000",
      }).error?.issues[0].message,
    ).toBe("nul");
  });

  it("keep ordinary names", () => {
    expect(tokenNameSchema.parse("  ci 机器 ")).toBe("ci 机器");
  });
});
