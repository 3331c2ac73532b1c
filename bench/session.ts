import { runTool } from "./cli";

const usersCli = (env: NodeJS.ProcessEnv, args: string[]) => runTool(env, "users.ts", args);

/** Creates an analyst through the command-line tools, as people do; returns an API token of theirs. */
export async function createAnalyst(env: NodeJS.ProcessEnv, email: string, password: string) {
  await usersCli(env, [
    ...["create", "--email", email, "--name", "Bench analyst"],
    ...["--role", "analyst", "--password", password],
  ]);
  const output = await usersCli(env, ["token", "--email", email, "--name", "bench"]);
  return output.trim().split("\n").at(-1)!;
}

const cookiePairs = (response: Response) =>
  response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);

/** Signs in with next-auth's credentials provider; returns the Cookie header of the session. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiePairs(csrf).join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: base }),
  });
  const session = cookiePairs(response).filter((c) => c.startsWith("next-auth.session-token"));
  if (session.length === 0)
    throw new Error(`Signing in as ${email} failed (${response.status} ${await response.text()})`);
  return session.join("; ");
}

/** A JavaScript file under /_next/static that the sign-in page loads. */
export async function staticAsset(base: string): Promise<string> {
  const html = await (await fetch(`${base}/signin`)).text();
  const match = /\/_next\/static\/[^"'\s]+\.js/.exec(html);
  if (!match) throw new Error("The sign-in page names no file under /_next/static.");
  return match[0];
}

/** Throws unless GET path answers 200 with these headers (a session or token that works). */
export async function expectOk(base: string, path: string, headers: Record<string, string>) {
  const response = await fetch(`${base}${path}`, { headers, redirect: "manual" });
  await response.body?.cancel();
  if (response.status !== 200)
    throw new Error(
      `GET ${path} answered ${response.status}: the bench's credentials do not work.`,
    );
}

/** Every annotation whose body contains text (the run's id), through the API, page by page. */
export async function findNotes(base: string, token: string, text: string) {
  const found: { id: string; body: string }[] = [];
  let after: string | null = null;
  do {
    const query = new URLSearchParams({ kind: "view", q: text, limit: "200" });
    if (after) query.set("after", after);
    const response = await fetch(`${base}/api/v1/annotations?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`Listing annotations answered ${response.status}.`);
    const page = (await response.json()) as {
      annotations: { id: string; body: string }[];
      next: string | null;
    };
    found.push(...page.annotations.map(({ id, body }) => ({ id, body })));
    after = page.next;
  } while (after);
  return found;
}

/** The size in bytes of one answer's body. */
export async function bodySize(url: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(url, { headers, redirect: "manual" });
  return (await response.arrayBuffer()).byteLength;
}
