// Plain text: the title is the first non-empty line, the body is the whole text.
import { type ArticleInput, firstLine } from "./article";
import { RejectedInput } from "./rejected";

/** Throws when the text is empty or looks like binary data decoded as text. */
export function checkText(text: string): void {
  if (!text.trim()) throw new RejectedInput("no text (the file is empty or only white space)", "no-text");
  const control = (text.match(/[\u0000-\u0008\u000E-\u001F]/g) ?? []).length;
  if (control > text.length * 0.01) throw new RejectedInput("binary file (control characters)", "binary");
}

export function fromText(text: string): ArticleInput {
  checkText(text);
  return { title: firstLine(text), body: text };
}
