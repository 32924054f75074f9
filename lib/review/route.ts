// The shape every correction write route shares: the writer check (session + CSRF, or the token),
// the id from the path, the JSON body checked by zod, and the Arabic answers (lib/auth/guard.ts).
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireWriter, writerName } from "../auth/guard";
import type { CorrectResult } from "./correct";

type Ctx = { params: Promise<{ id: string }> };
type Done = Extract<CorrectResult, { ok: true }>;

/** { changes: { field: value… }, reason }: the body of a correction. */
export const correctionBody = z.object({ changes: z.record(z.string(), z.unknown()), reason: z.string().max(500).default("") });
/** A revert carries nothing. */
export const emptyBody = z.unknown();

export function correctionRoute<B>(opts: {
  badId: string;
  badBody?: string;
  failure: string;
  body: z.ZodType<B>;
  run: (id: number, body: B, author: string) => Promise<CorrectResult>;
  /** What the answer adds to { corrections } (e.g. the event's new review state). */
  answer?: (id: number, done: Done) => Promise<Record<string, unknown>>;
}) {
  return async (req: Request, { params }: Ctx) => {
    const writer = await requireWriter(req);
    if (writer instanceof NextResponse) return writer;
    const id = Number((await params).id);
    if (!Number.isInteger(id) || id <= 0) return NextResponse.json({ error: opts.badId }, { status: 400 });
    const parsed = opts.body.safeParse(opts.body === emptyBody ? null : await req.json().catch(() => null));
    if (!parsed.success) return NextResponse.json({ error: opts.badBody ?? "الطلب غير صالح." }, { status: 400 });
    try {
      const result = await opts.run(id, parsed.data, writerName(writer));
      if (!result.ok) return NextResponse.json({ error: result.error }, { status: result.status });
      return NextResponse.json({ corrections: result.corrections, ...(opts.answer ? await opts.answer(id, result) : {}) });
    } catch (error) {
      console.error(error);
      return NextResponse.json({ error: opts.failure }, { status: 500 });
    }
  };
}
