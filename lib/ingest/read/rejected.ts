// Why a file is not an article. `reason` (the English message) is what existing callers show and
// translate (lib/upload/reasons.ts matches its start); `code` is stable for code that branches on it.
export type RejectionCode =
  | "empty"
  | "binary"
  | "encoding"
  | "too-large"
  | "unsupported"
  | "no-text"
  | "invalid-json"
  | "invalid-feed"
  | "too-complex";

export class RejectedInput extends Error {
  constructor(
    readonly reason: string,
    readonly code: RejectionCode = "no-text",
  ) {
    super(reason);
  }

  toJSON(): { code: RejectionCode; message: string } {
    return { code: this.code, message: this.reason };
  }
}

/** Something a reader noticed but could work around (a bad date, replaced bytes); the article is kept. */
export type Warn = (message: string) => void;
export const ignoreWarnings: Warn = () => {};
