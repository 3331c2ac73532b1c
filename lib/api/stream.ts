/**
 * A response body written while its parts are read: a long export never sits in memory whole.
 * Read its first part before the response starts (see `started`), so that a bad request or a
 * database outage still answers with its status.
 */
export function textStream(parts: AsyncIterable<string>) {
  const iterator = parts[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        // The headers are sent: the client sees a cut download, and the log gets one line.
        console.error(
          `Export stopped: ${error instanceof Error ? error.message.split("\n")[0] : error}`,
        );
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** `source` with its first part read now, and whether it has none. */
export async function started<T>(source: AsyncIterable<T>) {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  const parts: AsyncIterable<T> = {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next())
        yield next.value;
    },
  };
  return { empty: first.done === true, parts };
}
