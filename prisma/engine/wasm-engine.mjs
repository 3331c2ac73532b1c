// Loading the WebAssembly schema engine and connecting it to PostgreSQL or PGlite.
// Plain ESM JavaScript: the Prisma CLI spawns schema-engine.mjs as a bare program.
import { randomBytes, randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

/** Parses the arguments the Prisma CLI passes to a schema engine. */
export function parseArgs(argv) {
  const out = { datamodels: [], datasource: undefined, cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--datamodels") out.datamodels.push(argv[++i]);
    else if (arg === "--datasource") out.datasource = JSON.parse(argv[++i]);
    else if (arg === "--version" || arg === "-V") out.version = true;
    else if (arg === "cli") out.cli = argv[++i];
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") i++;
  }
  return out;
}

/** The message of the last panic inside the engine, if any. */
export const panic = { message: null };

/** Instantiates the engine; Node 20 cannot import the package's .wasm entry directly. */
export async function loadEngine(datamodels, onLog, adapterFactory) {
  // The engine reports a Rust panic's message here before it throws.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (message) => {
      panic.message = message;
    },
  };
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = require
    .resolve("@prisma/schema-engine-wasm/schema_engine_bg")
    .replace(/\.js$/, ".wasm");
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    "./schema_engine_bg.js": glue,
  });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue.SchemaEngine.new({ datamodels }, onLog, adapterFactory);
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on("error", () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function isPglite(url) {
  return withClient(url, async (client) => {
    const { rows } = await client.query("select version() as v");
    return String(rows[0].v).includes("PGlite");
  });
}

/** Connects to an empty in-memory PGlite: PGlite serves one database, so it cannot host a shadow one. */
async function startMemoryShadow() {
  const { PGlite } = await import("@electric-sql/pglite");
  // The app's own wire server (TypeScript, loaded through tsx): one batch or transaction at a time.
  const { tsImport } = await import("tsx/esm/api");
  const { PGliteWireServer } = await tsImport("../../scripts/db/wire/server.ts", import.meta.url);
  const db = await PGlite.create();
  // A password of its own (the server requires one); the URL stays in this process.
  const password = randomBytes(24).toString("base64url");
  const server = new PGliteWireServer({ db, password, maxConnections: 4 });
  const url = `postgresql://postgres:${password}@${await server.start()}/postgres`;
  return {
    url,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

const PG_CHAR = 18;
const PG_TEXT = 25;
const CHAR_COLUMNS = Symbol("charColumns");
let charPatched = false;

function findOwner(object, method) {
  let proto = Object.getPrototypeOf(object);
  while (proto && !Object.hasOwn(proto, method)) proto = Object.getPrototypeOf(proto);
  return proto;
}

/**
 * The schema engine reads catalog columns of PostgreSQL's one-byte "char" type (pg_class.relkind,
 * pg_constraint.contype, …) and expects them typed as Character, but @prisma/adapter-pg 7.10 rejects
 * that type. node-postgres returns those values as strings: we let the adapter see text, then report
 * the columns as Character. Patched once on the class that both the adapter and its transactions
 * inherit from; only this engine process is affected, never the app's own Prisma client.
 */
function patchCharColumns(adapter) {
  if (charPatched) return;
  const proto = findOwner(adapter, "performIO");
  if (!proto || !Object.hasOwn(proto, "queryRaw"))
    throw new Error("Unexpected @prisma/adapter-pg internals: cannot patch");
  const { performIO, queryRaw } = proto;
  proto.performIO = async function patchedPerformIO(query) {
    const result = await performIO.call(this, query);
    const indices = [];
    (result?.fields ?? []).forEach((field, i) => {
      if (field.dataTypeID === PG_CHAR) {
        field.dataTypeID = PG_TEXT;
        indices.push(i);
      }
    });
    if (indices.length > 0 && Array.isArray(result.rows)) result.rows[CHAR_COLUMNS] = indices;
    return result;
  };
  proto.queryRaw = async function patchedQueryRaw(query) {
    const resultSet = await queryRaw.call(this, query);
    for (const i of resultSet.rows?.[CHAR_COLUMNS] ?? [])
      resultSet.columnTypes[i] = ColumnTypeEnum.Character;
    return resultSet;
  };
  charPatched = true;
}

async function connectPatched(factory) {
  const adapter = await factory.connect();
  patchCharColumns(adapter);
  return adapter;
}

/**
 * A temporary database on the same server. (PrismaPg's own connectToShadowDb keeps the
 * connection string, whose database wins over the new name, so it would use the main database.)
 */
async function startServerShadow(url) {
  const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "")}`;
  await withClient(url, (client) => client.query(`CREATE DATABASE "${name}"`));
  const shadowUrl = new URL(url);
  shadowUrl.pathname = `/${name}`;
  const stop = () =>
    withClient(url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  return { url: shadowUrl.toString(), stop };
}

/** A driver-adapter factory whose shadow database also works on PGlite and with SHADOW_DATABASE_URL. */
export async function makeAdapterFactory(datasource) {
  const url = datasource?.url;
  if (!url) throw new Error("No datasource URL was given (set DATABASE_URL).");
  const base = new PrismaPg({ connectionString: url });
  const cleanups = [];
  const explicitShadow = datasource.shadowDatabaseUrl;
  const factory = {
    adapterName: base.adapterName,
    provider: base.provider,
    connect: () => connectPatched(base),
    connectToShadowDb: async () => {
      if (explicitShadow) {
        // Like the native engine: a configured shadow database is wiped before use.
        await withClient(explicitShadow, (c) =>
          c.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public"),
        );
        return connectPatched(new PrismaPg({ connectionString: explicitShadow }));
      }
      if (await isPglite(url)) {
        const shadow = await startMemoryShadow();
        cleanups.push(shadow.stop);
        return connectPatched(new PrismaPg({ connectionString: shadow.url }));
      }
      const shadow = await startServerShadow(url);
      cleanups.push(shadow.stop);
      return connectPatched(new PrismaPg({ connectionString: shadow.url }));
    },
  };
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  // Drops the shadow databases made so far; called after every request, since the CLI
  // kills the engine right after closing its stdin.
  bound.dispose = async () => {
    for (const stop of cleanups.splice(0)) await stop().catch(() => {});
  };
  return bound;
}

function errorCode(error) {
  if (error.code === "3D000") return "P1003";
  if (error.code === "28P01" || error.code === "28000") return "P1000";
  return "P1001";
}

export async function probeDatabase(url) {
  try {
    await withClient(url, (client) => client.query("select 1"));
  } catch (error) {
    throw Object.assign(new Error(error.message), { code: errorCode(error) });
  }
}

export async function createDatabase(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1)) || "postgres";
  const admin = new URL(url);
  admin.pathname = "/postgres";
  await withClient(admin.toString(), (client) =>
    client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`),
  );
}
