import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { env } from "@/lib/env";
import { LIVE_CHANNEL } from "./notify";

/**
 * One LISTEN connection per app instance, fanned out to the open live streams.
 * When the connection drops it reconnects, and subscribers are told to catch
 * up (they re-send a fresh snapshot).
 */
class LiveListener {
  private readonly events = new EventEmitter();
  /** Notifications seen per session (and reconnects), so streams can tell one change from the next. */
  private readonly changes = new Map<string, number>();
  private reconnects = 0;
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;

  constructor() {
    this.events.setMaxListeners(0);
  }

  async subscribe(sessionId: string, onChange: () => void): Promise<() => void> {
    await this.ensureConnected();
    this.events.on(sessionId, onChange);
    this.events.on("*reconnected", onChange);
    return () => {
      this.events.off(sessionId, onChange);
      this.events.off("*reconnected", onChange);
    };
  }

  /** Which change of the session this instance has heard of last; streams asking at the same generation may share one snapshot. */
  generation(sessionId: string): string {
    return `${this.reconnects}:${this.changes.get(sessionId) ?? 0}`;
  }

  private ensureConnected(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: env().DATABASE_URL });
    client.on("notification", (message) => {
      if (message.channel !== LIVE_CHANNEL || !message.payload) return;
      this.changes.set(message.payload, (this.changes.get(message.payload) ?? 0) + 1);
      this.events.emit(message.payload);
    });
    client.on("error", () => this.dropAndRetry(client));
    client.on("end", () => this.dropAndRetry(client));
    await client.connect();
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
    this.client = client;
  }

  private dropAndRetry(client: pg.Client) {
    if (this.client !== client) return;
    this.client = null;
    this.scheduleReconnect();
  }

  private scheduleReconnect() {
    setTimeout(() => {
      this.ensureConnected()
        .then(() => {
          this.reconnects++;
          this.events.emit("*reconnected");
        })
        .catch(() => this.scheduleReconnect());
    }, 1000).unref();
  }
}

const globalForLive = globalThis as unknown as { beraadLive?: LiveListener };
export const liveListener = () => (globalForLive.beraadLive ??= new LiveListener());
