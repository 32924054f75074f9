// The upload body read as a stream: multipart/form-data parsed as it arrives (busboy), with the limits
// enforced while reading, not after. Request.formData() buffered the whole body first, and a chunked
// body (no Content-Length) was not capped at all: 150 MB were accepted and held in memory.
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import busboy from "busboy";

export interface UploadLimits {
  /** Largest file; a larger one is refused alone, without buffering past the limit. */
  maxFileBytes: number;
  maxFiles: number;
  /** Largest whole body (files and form overhead); past it the request is refused and reading stops. */
  maxTotalBytes: number;
}

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
  /** True when the file was larger than maxFileBytes: its bytes were dropped, not kept. */
  tooLarge: boolean;
}

export type UploadRead =
  | { ok: true; files: UploadedFile[] }
  | { ok: false; status: 400 | 413; problem: "not_multipart" | "malformed" | "too_many_files" | "body_too_large" };

export async function readUploads(req: Request, limits: UploadLimits, field = "files"): Promise<UploadRead> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type) || !req.body) return { ok: false, status: 400, problem: "not_multipart" };
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": type },
      // One byte over the file limit tells "too large" from "exactly at the limit".
      limits: { fileSize: limits.maxFileBytes + 1, files: limits.maxFiles, fields: 20, parts: limits.maxFiles + 20, fieldSize: 64 * 1024 },
    });
  } catch {
    return { ok: false, status: 400, problem: "malformed" };
  }
  const body = Readable.fromWeb(req.body as unknown as NodeWebStream<Uint8Array>);
  return new Promise<UploadRead>((resolve) => {
    const files: UploadedFile[] = [];
    const pending: Promise<void>[] = [];
    let total = 0;
    let settled = false;
    const finish = (result: UploadRead) => {
      if (settled) return;
      settled = true;
      if (!result.ok) {
        // Stop reading: the client's remaining bytes are not wanted.
        body.unpipe(parser);
        body.destroy();
      }
      resolve(result);
    };
    body.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > limits.maxTotalBytes) finish({ ok: false, status: 413, problem: "body_too_large" });
    });
    body.on("error", () => finish({ ok: false, status: 400, problem: "malformed" }));
    parser.on("file", (name, stream, info) => {
      if (name !== field) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let tooLarge = false;
      stream.on("data", (c: Buffer) => {
        size += c.length;
        if (size > limits.maxFileBytes) {
          tooLarge = true;
          chunks.length = 0;
        } else chunks.push(c);
      });
      stream.on("limit", () => (tooLarge = true));
      pending.push(new Promise((done) => stream.on("close", () => {
        files.push({ name: info.filename || "file", bytes: tooLarge ? new Uint8Array() : new Uint8Array(Buffer.concat(chunks)), tooLarge });
        done();
      })));
    });
    parser.on("filesLimit", () => finish({ ok: false, status: 413, problem: "too_many_files" }));
    parser.on("partsLimit", () => finish({ ok: false, status: 413, problem: "too_many_files" }));
    parser.on("error", () => finish({ ok: false, status: 400, problem: "malformed" }));
    parser.on("close", () => void Promise.all(pending).then(() => finish({ ok: true, files })));
    body.pipe(parser);
  });
}
