import pg from "pg";

// The live feed of annotation changes in this process. Every change is announced here when its
// transaction commits; on a PostgreSQL server a LISTEN connection also brings the changes made by
// other app instances (NOTIFY scc_annotations). Each change id reaches the listeners once.

export const ANNOTATION_CHANNEL = "scc_annotations";
/** The payload that says "someone's access changed": streams check their reader again at once. */
export const ACCESS_CHANGED = "access";
/** A change id, or null when someone's access changed (disabled, signed out, reset, token revoked). */
type Listener = (changeId: bigint | null) => void;

interface Hub {
  listeners: Set<Listener>;
  recent: Set<bigint>;
  client: pg.Client | null;
  connecting: Promise<void> | null;
}

const g = globalThis as unknown as { sccAnnotationHub?: Hub };
const hub = (g.sccAnnotationHub ??= {
  listeners: new Set(),
  recent: new Set(),
  client: null,
  connecting: null,
});

function deliver(changeId: bigint) {
  if (hub.recent.has(changeId)) return;
  hub.recent.add(changeId);
  if (hub.recent.size > 2000) hub.recent.delete(hub.recent.values().next().value!);
  for (const listener of hub.listeners) listener(changeId);
}

/** Called after a change has committed. */
export const announce = (changeId: bigint) => deliver(changeId);

/** Called after someone's access was taken away here; other instances hear it by NOTIFY. */
export function announceAccessChange() {
  for (const listener of hub.listeners) listener(null);
}

async function listen() {
  if (process.env.SCC_EMBEDDED_DB === "1" || !process.env.DATABASE_URL) return;
  const client = new pg.Client({
    connectionString: process.env.DATABASE_URL,
    connectionTimeoutMillis: 5000,
  });
  client.on("notification", (n) => {
    if (n.channel !== ANNOTATION_CHANNEL || !n.payload) return;
    if (n.payload === ACCESS_CHANGED) announceAccessChange();
    else if (/^\d+$/.test(n.payload)) deliver(BigInt(n.payload));
  });
  // A dropped connection is made again after a second while anyone listens; meanwhile the streams'
  // heartbeat reads the change log, so nothing is lost, only later.
  const lost = () => {
    if (hub.client !== client) return;
    hub.client = null;
    setTimeout(() => {
      if (hub.listeners.size > 0 && !hub.client && !hub.connecting) void connect();
    }, 1000);
  };
  client.on("error", lost);
  client.on("end", lost);
  await client.connect();
  await client.query(`LISTEN ${ANNOTATION_CHANNEL}`);
  hub.client = client;
}

function connect(): Promise<void> {
  hub.connecting = listen()
    .catch((error) =>
      console.error(
        "Annotations: LISTEN failed; other instances' changes arrive at the streams' next heartbeat.",
        error,
      ),
    )
    .finally(() => {
      hub.connecting = null;
    });
  return hub.connecting;
}

/** Listens for changes until the returned function is called. */
export async function subscribe(listener: Listener): Promise<() => void> {
  hub.listeners.add(listener);
  if (!hub.client && !hub.connecting) void connect();
  await hub.connecting;
  return () => {
    hub.listeners.delete(listener);
  };
}

/** How many streams listen in this process (for tests and diagnostics). */
export const listenerCount = () => hub.listeners.size;
