import { expect, type Page } from "@playwright/test";

/** An annotation as the API answers a POST: what specs go on with. */
export interface PostedNote {
  id: string;
  version: number;
  targetKeys: string[];
  createdAt: string;
}

/**
 * Posts an annotation as the user signed in on `page`: the API with the page's session and the
 * Origin header a browser sends (past the CSRF check). Fails the spec unless it is created.
 */
export async function postNote(
  page: Page,
  note: {
    target: object;
    body: string;
    tags?: string[];
    visibility?: "team" | "private";
    parentId?: string;
  },
): Promise<PostedNote> {
  const origin = process.env.E2E_BASE_URL!;
  const response = await page.request.post("/api/v1/annotations?lang=en", {
    headers: { Origin: new URL(origin).origin },
    data: { tags: [], visibility: "team", ...note },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { annotation: PostedNote }).annotation;
}
