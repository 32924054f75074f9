// At most `perHost` requests at a time to one host, however many sources and pages point at it: a
// feed of 50 items must not turn into 50 simultaneous requests to a small outlet's server.
export class HostLimit {
  private active = new Map<string, number>();
  private waiting = new Map<string, (() => void)[]>();

  constructor(private perHost: number) {}

  async run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = new URL(url).host;
    while ((this.active.get(host) ?? 0) >= this.perHost) {
      await new Promise<void>((resolve) => this.waiting.set(host, [...(this.waiting.get(host) ?? []), resolve]));
    }
    this.active.set(host, (this.active.get(host) ?? 0) + 1);
    try {
      return await task();
    } finally {
      this.active.set(host, (this.active.get(host) ?? 1) - 1);
      this.waiting.get(host)?.shift()?.();
    }
  }
}
