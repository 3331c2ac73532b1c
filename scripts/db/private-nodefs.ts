import type { PGlite } from "@electric-sql/pglite";
import { NodeFS } from "@electric-sql/pglite/nodefs";

/** The parts of Emscripten's NODEFS that set a file's mode on disk. */
interface NodeFsOps {
  node_ops: { mknod: (...args: unknown[]) => unknown; setattr: (...args: unknown[]) => unknown };
  stream_ops: { setattr: (...args: unknown[]) => unknown };
}

type NodeFsInit = Awaited<ReturnType<NodeFS["init"]>>;

const PRIVATE = ~0o077;
const patched = new WeakSet<object>();

/** Takes the group and other bits off the mode that `call` would pass at argument `at`. */
function privateModes<F extends (...args: unknown[]) => unknown>(call: F, at: number): F {
  return function (this: unknown, ...args: unknown[]) {
    const value = args[at] as number | { mode?: number } | null | undefined;
    if (typeof value === "number") args[at] = value & PRIVATE;
    else if (typeof value?.mode === "number") args[at] = { ...value, mode: value.mode & PRIVATE };
    return call.apply(this, args);
  } as F;
}

/**
 * PGlite's Node.js file system with owner-only files. Emscripten writes the data folder with
 * modes of its own, not the process umask: 0666 and 0644 files (WAL segments, pg_internal.init),
 * even later at run time. Here every mode it creates a file or folder with, or sets, loses its
 * group and other bits, so the folder stays 0700 and its files 0600 while the database runs.
 */
export class PrivateNodeFS extends NodeFS {
  async init(pg: PGlite, options: Parameters<NodeFS["init"]>[1]): Promise<NodeFsInit> {
    const result = await super.init(pg, options);
    const preRun = result.emscriptenOpts.preRun ?? [];
    result.emscriptenOpts.preRun = [
      ...preRun,
      (mod) => {
        const fs = (mod.FS as unknown as { filesystems: { NODEFS?: NodeFsOps } }).filesystems
          .NODEFS;
        const { node_ops: node, stream_ops: stream } = fs ?? ({} as Partial<NodeFsOps>);
        if (!node?.mknod || !node.setattr || !stream?.setattr)
          throw new Error("Unexpected PGlite internals: cannot keep the data folder private");
        if (patched.has(node)) return;
        patched.add(node);
        node.mknod = privateModes(node.mknod, 2); // (parent, name, mode, dev)
        node.setattr = privateModes(node.setattr, 1); // (node, attr)
        stream.setattr = privateModes(stream.setattr, 1); // (stream, attr)
      },
    ];
    return result;
  }
}
