// Streams an export of the filtered events, batch by batch, as a file download.
import "server-only";
import { exportEvents, type ExportEvent } from "../data/events";
import type { Filters } from "../filters";

export function exportResponse(f: Filters, opts: { head: string; row: (e: ExportEvent, first: boolean) => string; tail: string; type: string; file: string }) {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        controller.enqueue(encoder.encode(opts.head));
        let first = true;
        for await (const batch of exportEvents(f)) {
          controller.enqueue(encoder.encode(batch.map((e) => { const s = opts.row(e, first); first = false; return s; }).join("")));
        }
        controller.enqueue(encoder.encode(opts.tail));
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return new Response(stream, {
    headers: { "content-type": opts.type, "content-disposition": `attachment; filename="${opts.file}"`, "cache-control": "no-store" },
  });
}

export const exportFileName = (ext: string) => `syria-events-${new Date().toISOString().slice(0, 10)}.${ext}`;
