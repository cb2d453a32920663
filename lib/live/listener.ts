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
      if (message.channel === LIVE_CHANNEL && message.payload) this.events.emit(message.payload);
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
        .then(() => this.events.emit("*reconnected"))
        .catch(() => this.scheduleReconnect());
    }, 1000).unref();
  }
}

const globalForLive = globalThis as unknown as { beraadLive?: LiveListener };
export const liveListener = () => (globalForLive.beraadLive ??= new LiveListener());
