// Streams an export of the filtered events, batch by batch, as a file download.
import "server-only";
import { exportEvents, type ExportEvent } from "../data/events";
import type { Filters } from "../filters";

export function exportResponse(f: Filters, opts: { head: string; row: (e: ExportEvent, first: boolean) => string; tail: string; type: string; file: string }) {
  const encoder = new TextEncoder();
  const batches = exportEvents(f);
  let first = true;
  // Pulled batch by batch as the client reads, so a slow download never piles rows up in memory.
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(opts.head));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) {
        controller.enqueue(encoder.encode(opts.tail));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map((e) => { const row = opts.row(e, first); first = false; return row; }).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(stream, {
    headers: { "content-type": opts.type, "content-disposition": `attachment; filename="${opts.file}"`, "cache-control": "no-store" },
  });
}

export const exportFileName = (ext: string) => `syria-events-${new Date().toISOString().slice(0, 10)}.${ext}`;
