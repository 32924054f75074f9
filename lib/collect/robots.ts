// robots.txt, read once per host per run with the maintained `robots-parser`. A missing robots.txt
// (4xx) allows everything; a server error or no answer leaves the host alone for this run (the
// reason says so, distinct from a rule that forbids), as RFC 9309
// asks of a crawler that cannot tell what is allowed.
import robotsParser from "robots-parser";
import { CollectError, politeGet, USER_AGENT } from "./fetch";

type Robot = ReturnType<typeof robotsParser>;

export class RobotsCache {
  private byOrigin = new Map<string, Promise<Robot | "allow" | { deny: string }>>();

  constructor(private timeoutMs: number) {}

  async allowed(url: string): Promise<boolean> {
    const origin = new URL(url).origin;
    let robot = this.byOrigin.get(origin);
    if (!robot) {
      robot = this.load(origin);
      this.byOrigin.set(origin, robot);
    }
    const r = await robot;
    if (r === "allow") return true;
    // Not "forbids": the site said nothing; say why the host is left alone this run.
    if ("deny" in r) throw new CollectError("robots", `robots.txt could not be read (${r.deny}); the host is left alone this run`);
    return r.isAllowed(url, USER_AGENT) !== false;
  }

  private async load(origin: string): Promise<Robot | "allow" | { deny: string }> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const res = await politeGet(robotsUrl, { timeoutMs: this.timeoutMs, maxBytes: 512 * 1024 });
      if (res.status !== 200) return "allow";
      return robotsParser(robotsUrl, new TextDecoder().decode(res.bytes));
    } catch (error) {
      const reason = (error as Error).message;
      // A 4xx (no robots.txt) allows; anything else (5xx, time-out, refused) is a reason to stay away.
      return /^HTTP 4\d\d/.test(reason) ? "allow" : { deny: reason };
    }
  }
}
