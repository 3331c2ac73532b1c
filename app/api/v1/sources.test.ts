import { beforeAll, describe, expect, it } from "vitest";
import { createToken } from "@/lib/auth/tokens";
import { createUser } from "@/lib/auth/users";
import { getDb } from "@/lib/db/client";
import { ERROR_STATUS } from "@/lib/errors/app-error";
import type { Lang } from "@/lib/i18n/lang";
import { translateKey } from "@/lib/i18n/translator";
import type { Role } from "@/lib/permissions";
import { MAX_SOURCE_BYTES } from "@/lib/sources/extract";
import { seedDatabase } from "@/prisma/seed";
import { BAD_FILES, textPdf } from "@/testing/fixtures/source-files";
import { GET as original } from "./sources/[key]/versions/[version]/original/route";
import { POST as addSource, GET as listSources } from "./sources/route";

// Adding a source over the API, as the browser's source form does it (multipart with `file` and
// the metadata fields, or JSON with pasted `text`): every bad file of the shared corpus is refused
// with its status and a message in the reader's language, and nothing at all is stored; a good
// file is stored with its original; only editors may add; missing metadata is a 400 naming the field.

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
const tokens: Partial<Record<Role, string>> = {};

/** The metadata an editor fills in (the form's required fields and a few optional ones). */
const META = {
  titleZh: "Smart city pilot report (zh title)",
  titleEn: "Smart city pilot report",
  author: "Cabinet Office",
  publisher: "Cabinet Office",
  date: "2023-04",
  language: "en",
  kind: "report",
} as const;

/** The Accept-Language headers the tests send. */
type AcceptLanguage = "zh-CN" | "en";

/** A multipart body as the source form sends it: the file, then the non-empty metadata fields. */
function uploadForm(
  file: { bytes: Uint8Array; filename: string; mediaType: string } | null,
  meta: Record<string, string> = META,
) {
  const form = new FormData();
  // A copy: File wants bytes backed by a plain ArrayBuffer.
  if (file)
    form.set(
      "file",
      new File([new Uint8Array(file.bytes)], file.filename, { type: file.mediaType }),
    );
  for (const [name, value] of Object.entries(meta)) form.set(name, value);
  return form;
}

async function call(
  handler: unknown,
  who: Role | null,
  {
    method = "GET",
    body,
    params = {},
    lang = "en",
  }: {
    method?: string;
    body?: FormData | Record<string, unknown>;
    params?: Record<string, string>;
    lang?: AcceptLanguage;
  } = {},
) {
  const headers: Record<string, string> = { "accept-language": lang };
  if (who) headers.authorization = `Bearer ${tokens[who]}`;
  const json = body !== undefined && !(body instanceof FormData);
  if (json) headers["content-type"] = "application/json";
  // A FormData body sets its own multipart content type, boundary included.
  const response = await (handler as Handler)(
    new Request("http://localhost/api/v1/sources", {
      method,
      headers,
      body: json ? JSON.stringify(body) : (body as FormData | undefined),
    }),
    { params: Promise.resolve(params as never) },
  );
  const bytes = new Uint8Array(await response.arrayBuffer());
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many shapes
  let parsed: Record<string, any> | null = null;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    parsed = null;
  }
  return { status: response.status, json: parsed, bytes, headers: response.headers };
}

/** What a failed upload could have left behind. */
async function stored() {
  const db = getDb();
  const [documents, files, versions] = await Promise.all([
    db.sourceDocument.count(),
    db.sourceFile.count(),
    db.datasetVersion.count(),
  ]);
  return { documents, files, versions };
}

const CJK = /\p{Script=Han}/u;
const codeOf = (status: number) =>
  Object.entries(ERROR_STATUS).find(([, s]) => s === status)?.[0] as string;

beforeAll(async () => {
  await seedDatabase();
  const stamp = Date.now();
  for (const role of ["viewer", "analyst", "editor"] as const) {
    const { user } = await createUser({
      email: `sources-${role}-${stamp}@example.com`,
      name: `Sources ${role}`,
      role,
    });
    tokens[role] = (await createToken(user.id, "sources")).token;
  }
});

describe("POST /api/v1/sources: a bad file is refused and nothing is stored", () => {
  it.each(BAD_FILES)(
    "$name → $status $key",
    async (bad) => {
      const before = await stored();
      const messages: Partial<Record<Lang, string>> = {};
      for (const [header, lang] of [
        ["zh-CN", "zh"],
        ["en", "en"],
      ] as const) {
        const file = { bytes: bad.bytes(), filename: bad.filename, mediaType: bad.mediaType };
        const answer = await call(addSource, "editor", {
          method: "POST",
          body: uploadForm(file),
          lang: header,
        });
        expect(answer.status, `${bad.name} (${header})`).toBe(bad.status);
        expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
        expect(answer.json?.error.code).toBe(codeOf(bad.status));
        // The message of the entry's key (so the right refusal, not just the right status).
        const params = { name: bad.filename, limit: MAX_SOURCE_BYTES / 1024 / 1024 };
        expect(answer.json?.error.message).toBe(translateKey(lang, `errors.${bad.key}`, params));
        messages[lang] = answer.json?.error.message;
      }
      expect(messages.zh).toBeTruthy();
      expect(messages.en).toBeTruthy();
      expect(messages.zh).not.toBe(messages.en);
      expect(messages.zh).toMatch(CJK);
      expect(messages.en).not.toMatch(CJK);
      expect(await stored()).toEqual(before);
    },
    120_000,
  );

  it("refuses a body beyond file and metadata room by its Content-Length, as a browser sends it", async () => {
    const before = await stored();
    // Over the file limit plus the 256 KiB allowed for metadata: refused before the form is read.
    const bytes = new Uint8Array(MAX_SOURCE_BYTES + 512 * 1024).fill(0x61);
    const form = uploadForm({ bytes, filename: "huge.txt", mediaType: "text/plain" });
    // The multipart bytes as fetch would send them, with their length declared up front.
    const encoded = new Response(form);
    const body = new Uint8Array(await encoded.arrayBuffer());
    const response = await (addSource as Handler)(
      new Request("http://localhost/api/v1/sources", {
        method: "POST",
        headers: {
          authorization: `Bearer ${tokens.editor}`,
          "accept-language": "en",
          "content-type": encoded.headers.get("content-type")!,
          "content-length": String(body.length),
        },
        body,
      }),
      { params: Promise.resolve({} as never) },
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: {
        code: "too_large",
        message: translateKey("en", "errors.sourceFile.tooLarge", {
          limit: MAX_SOURCE_BYTES / 1024 / 1024,
        }),
      },
    });
    expect(await stored()).toEqual(before);
  });
});

describe("POST /api/v1/sources: a good file", () => {
  const pdf = () => ({
    bytes: textPdf(["Smart city pilots\nin five prefectures", "Results (2023)"], "Pilots"),
    filename: "pilots.pdf",
    mediaType: "application/pdf",
  });

  it("is refused without sign-in (401) and for a viewer or analyst (403), storing nothing", async () => {
    const before = await stored();
    const anonymous = await call(addSource, null, { method: "POST", body: uploadForm(pdf()) });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json?.error).toEqual({
      code: "unauthorized",
      message: translateKey("en", "errors.unauthorized"),
    });
    for (const role of ["viewer", "analyst"] as const) {
      for (const [header, lang] of [
        ["en", "en"],
        ["zh-CN", "zh"],
      ] as const) {
        const answer = await call(addSource, role, {
          method: "POST",
          body: uploadForm(pdf()),
          lang: header,
        });
        expect(answer.status, `${role} (${header})`).toBe(403);
        expect(answer.json?.error).toEqual({
          code: "forbidden",
          message: translateKey(lang, "errors.forbidden"),
        });
      }
    }
    expect(await stored()).toEqual(before);
  });

  it("is stored for an editor: 201, the extracted text and the original bytes", async () => {
    const before = await stored();
    const file = pdf();
    const key = `pilots-${Date.now()}`;
    const answer = await call(addSource, "editor", {
      method: "POST",
      body: uploadForm(file, { ...META, key }),
    });
    expect(answer.status).toBe(201);
    expect(answer.json?.source).toEqual({ key, version: 1 });
    expect(answer.json?.datasetVersion).toBe(before.versions + 1);
    expect(answer.headers.get("location")).toBe(`/api/v1/sources/${key}`);
    expect(await stored()).toEqual({
      documents: before.documents + 1,
      files: before.files + 1,
      versions: before.versions + 1,
    });

    const db = getDb();
    const document = await db.sourceDocument.findUniqueOrThrow({
      where: { key_version: { key, version: 1 } },
    });
    expect(document).toMatchObject({
      text: "Smart city pilots\nin five prefectures\n\nResults (2023)",
      format: "text",
      file: "pilots.pdf",
      titleEn: META.titleEn,
      kind: "report",
      language: "en",
      date: "2023-04",
    });
    const row = await db.sourceFile.findUniqueOrThrow({
      where: { key_version: { key, version: 1 } },
    });
    expect(row.filename).toBe("pilots.pdf");
    expect(row.mediaType).toBe("application/pdf");
    expect(new Uint8Array(row.bytes)).toEqual(file.bytes);

    // The original comes back byte for byte, to any reader.
    const download = await call(original, "viewer", { params: { key, version: "1" } });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.bytes).toEqual(file.bytes);
  });
});

describe("POST /api/v1/sources: pasted text", () => {
  const TEXT = "Pasted notes on smart city pilots.\nSecond line.\n";
  const without = (field: keyof typeof META) =>
    Object.fromEntries(Object.entries(META).filter(([name]) => name !== field));

  it.each(["titleZh", "titleEn", "author", "language", "kind"] as const)(
    "without %s is a 400 naming the field, as JSON and as a form, storing nothing",
    async (field) => {
      const before = await stored();
      const bodies = () => [
        { text: TEXT, ...without(field) },
        (() => {
          const form = uploadForm(null, without(field));
          form.set("text", TEXT);
          return form;
        })(),
      ];
      for (const [header, lang] of [
        ["en", "en"],
        ["zh-CN", "zh"],
      ] as const) {
        for (const body of bodies()) {
          const answer = await call(addSource, "editor", { method: "POST", body, lang: header });
          const kind = body instanceof FormData ? "form" : "JSON";
          expect(answer.status, `${kind} (${header})`).toBe(400);
          expect(answer.json?.error.code).toBe("bad_request");
          const message: string = answer.json?.error.message;
          // "{field}: {problem}", punctuated as the language writes it.
          const prefix = translateKey(lang, "validation.issue", { field, problem: "" });
          expect(message.startsWith(prefix), message).toBe(true);
          expect(message.length).toBeGreaterThan(prefix.length);
          if (lang === "zh") expect(message).toMatch(CJK);
          else expect(message).not.toMatch(CJK);
        }
      }
      expect(await stored()).toEqual(before);
    },
  );

  it("with no text and no file is a 400, storing nothing", async () => {
    const before = await stored();
    for (const body of [{ ...META }, uploadForm(null)]) {
      const answer = await call(addSource, "editor", { method: "POST", body });
      expect(answer.status).toBe(400);
      expect(answer.json?.error).toEqual({
        code: "bad_request",
        message: translateKey("en", "errors.sourceFile.noFile"),
      });
    }
    expect(await stored()).toEqual(before);
  });

  it("with its metadata is stored as text, without an original file", async () => {
    const before = await stored();
    const key = `pasted-${Date.now()}`;
    const answer = await call(addSource, "editor", {
      method: "POST",
      body: { text: TEXT, ...META, key },
    });
    expect(answer.status).toBe(201);
    expect(answer.json?.source).toEqual({ key, version: 1 });
    expect(await stored()).toEqual({
      documents: before.documents + 1,
      files: before.files,
      versions: before.versions + 1,
    });
    const document = await getDb().sourceDocument.findUniqueOrThrow({
      where: { key_version: { key, version: 1 } },
    });
    expect(document.text).toBe(TEXT);
    const download = await call(original, "viewer", { params: { key, version: "1" } });
    expect(download.status).toBe(404);
  });

  it("takes `title` for both titles, and the list pinned to the version before does not show it", async () => {
    const before = await stored();
    const key = `titled-${Date.now()}`;
    const rest = Object.fromEntries(Object.entries(META).filter(([f]) => !f.startsWith("title")));
    const answer = await call(addSource, "editor", {
      method: "POST",
      body: { text: TEXT, title: "Digital Agency priority plan", ...rest, key },
    });
    expect(answer.status).toBe(201);
    const document = await getDb().sourceDocument.findUniqueOrThrow({
      where: { key_version: { key, version: 1 } },
    });
    expect([document.titleZh, document.titleEn]).toEqual([
      "Digital Agency priority plan",
      "Digital Agency priority plan",
    ]);

    const list = async (query: string) => {
      const response = await (listSources as Handler)(
        new Request(`http://localhost/api/v1/sources${query}`, {
          headers: { authorization: `Bearer ${tokens.viewer}` },
        }),
        { params: Promise.resolve({} as never) },
      );
      const body = (await response.json()) as { sources?: { key: string }[] };
      return {
        status: response.status,
        version: response.headers.get("x-dataset-version"),
        keys: body.sources?.map((s) => s.key) ?? [],
      };
    };
    const now = await list("");
    expect(now.keys).toContain(key);
    expect(now.version).toBe(String(before.versions + 1));
    const pinned = await list(`?version=${before.versions}`);
    expect(pinned).toMatchObject({ status: 200, version: String(before.versions) });
    expect(pinned.keys).not.toContain(key);
    expect(pinned.keys).toContain("cn-jp-comparison");
    expect((await list("?version=abc")).status).toBe(400);
  });
});
