import { randomUUID } from "node:crypto";

// Many analysts at once on one app: each client writes private drafts and team notes with large
// bodies, lists, reads and edits them, and probes other users' drafts. Every answer is checked
// against who asked, so a mixed-up query shows up as a wrong author or a foreign read.

export interface LoadUser {
  name: string;
  token: string;
  /** A word only this user's bodies contain. */
  tag: string;
}

export interface LoadTally {
  requests: number;
  wrongAuthors: number;
  foreignReads: number;
  serverErrors: number;
  unexpected4xx: number;
  networkErrors: number;
  /** id → the author who created it, for a check in the database afterwards. */
  created: Map<string, string>;
  samples: string[];
}

interface Note {
  id: string;
  body: string;
  version: number;
}

// About 9,000 characters of mixed Chinese and ASCII: large enough that one wire message spans reads.
const filler = "智慧城市 data governance 数据治理 ".repeat(360);
const drafts: { id: string; owner: string }[] = [];

function note(kind: "PRIVATE" | "TEAM", user: LoadUser) {
  return `${kind} ${user.tag} ${randomUUID()}\n\n${filler}`;
}

/** Runs `clients` clients per user until `durationMs` has passed. */
export async function runConcurrentLoad(
  baseUrl: string,
  users: LoadUser[],
  clientsPerUser: number,
  durationMs: number,
): Promise<LoadTally> {
  const tally: LoadTally = {
    requests: 0,
    wrongAuthors: 0,
    foreignReads: 0,
    serverErrors: 0,
    unexpected4xx: 0,
    networkErrors: 0,
    created: new Map(),
    samples: [],
  };
  const others = (user: LoadUser) => users.filter((u) => u !== user).map((u) => u.tag);
  const sample = (what: string) => tally.samples.length < 20 && tally.samples.push(what);
  const deadline = Date.now() + durationMs;

  async function call(user: LoadUser, method: string, path: string, body?: unknown) {
    tally.requests++;
    try {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${user.token}`,
          "content-type": "application/json",
          "accept-language": "en",
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (response.status >= 500) {
        tally.serverErrors++;
        sample(`${method} ${path} → ${response.status} ${text.slice(0, 200)}`);
      }
      let json = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        sample(`${method} ${path} → ${response.status}, not JSON: ${text.slice(0, 120)}`);
      }
      return { status: response.status, json, text };
    } catch (error) {
      tally.networkErrors++;
      sample(`${method} ${path} → ${(error as Error).message}`);
      return { status: 0, json: null, text: "" };
    }
  }

  /** A request that must succeed with `status`; anything else in 4xx is a valid request refused. */
  function expectStatus(result: { status: number; text: string }, status: number, what: string) {
    if (result.status === status) return true;
    if (result.status >= 400 && result.status < 500) {
      tally.unexpected4xx++;
      sample(`${what} → ${result.status} ${result.text.slice(0, 200)}`);
    }
    return false;
  }

  function checkAnnotation(
    user: LoadUser,
    a: { id: string; body: string; visibility: string; author: { name: string } | null },
    where: string,
  ) {
    const foreign = others(user).find((tag) => a.body.startsWith(`PRIVATE ${tag} `));
    if (foreign) {
      tally.foreignReads++;
      sample(`${user.name} read a draft of ${foreign} (${where})`);
    }
    if (a.visibility === "private" && a.author?.name !== user.name) {
      tally.foreignReads++;
      sample(`${user.name} got ${a.author?.name}'s private draft (${where})`);
    }
  }

  async function client(user: LoadUser) {
    const mine: Note[] = [];
    while (Date.now() < deadline) {
      const roll = Math.random();
      if (roll < 0.35) {
        const visibility = roll < 0.2 ? "private" : "team";
        const body = note(visibility === "private" ? "PRIVATE" : "TEAM", user);
        const r = await call(user, "POST", "/api/v1/annotations", {
          target: { kind: "view", path: "/matrix" },
          body,
          visibility,
          tags: [user.tag],
        });
        if (!expectStatus(r, 201, "create")) continue;
        const a = r.json.annotation;
        if (a.author?.name !== user.name || a.body !== body) {
          tally.wrongAuthors++;
          sample(`${user.name} created a note answered as ${a.author?.name}'s`);
        }
        tally.created.set(a.id, user.name);
        mine.push({ id: a.id, body, version: a.version });
        if (visibility === "private") drafts.push({ id: a.id, owner: user.tag });
      } else if (roll < 0.55) {
        const r = await call(user, "GET", `/api/v1/annotations?view=/matrix&limit=40`);
        if (expectStatus(r, 200, "list"))
          for (const a of r.json.annotations) checkAnnotation(user, a, "list");
      } else if (roll < 0.7 && mine.length) {
        const own = mine[Math.floor(Math.random() * mine.length)];
        const r = await call(user, "GET", `/api/v1/annotations/${own.id}`);
        if (!expectStatus(r, 200, "read own")) continue;
        if (r.json.annotation?.body !== own.body || r.json.annotation?.author?.name !== user.name) {
          tally.wrongAuthors++;
          sample(`${user.name} read their note ${own.id} and got another text or author`);
        }
      } else if (roll < 0.8) {
        const theirs = drafts.filter((d) => d.owner !== user.tag);
        if (!theirs.length) continue;
        const probe = theirs[Math.floor(Math.random() * theirs.length)];
        const r = await call(user, "GET", `/api/v1/annotations/${probe.id}`);
        if (r.status === 200) {
          tally.foreignReads++;
          sample(`${user.name} read ${probe.owner}'s draft ${probe.id} by id`);
        } else expectStatus(r, 404, "someone else's draft");
      } else if (roll < 0.9 && mine.length) {
        const own = mine[Math.floor(Math.random() * mine.length)];
        const body = `${own.body.split("\n")[0]} edited\n\n${filler}`;
        const r = await call(user, "PATCH", `/api/v1/annotations/${own.id}`, {
          baseVersion: own.version,
          body,
        });
        if (!expectStatus(r, 200, "edit own")) continue;
        if (r.json.annotation?.author?.name !== user.name || r.json.annotation?.body !== body) {
          tally.wrongAuthors++;
          sample(`${user.name} edited ${own.id} and got another text or author back`);
        }
        own.body = body;
        own.version = r.json.annotation?.version;
      } else {
        const r = await call(user, "GET", "/api/v1/countries");
        expectStatus(r, 200, "countries");
      }
    }
  }

  await Promise.all(
    users.flatMap((user) => Array.from({ length: clientsPerUser }, () => client(user))),
  );
  return tally;
}
