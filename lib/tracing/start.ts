import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider } from "@opentelemetry/sdk-trace-node";

/**
 * Registers an OpenTelemetry tracer provider that sends spans over OTLP/HTTP (JSON) to
 * `${endpoint}/v1/traces`. Next.js then records its own spans (each request, rendering,
 * route handlers, server actions, fetches) through it. Loaded by instrumentation.ts only
 * when TRACING=otlp: with tracing off none of this is even imported.
 */
export function startTracing({ endpoint, serviceName }: { endpoint: string; serviceName: string }) {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, "")}/v1/traces` }), { scheduledDelayMillis: 1000 })],
  });
  provider.register();
  // Spans still in the batch are sent when the server stops (scripts/serve.mjs sends SIGTERM).
  process.once("SIGTERM", () => void provider.shutdown().catch(() => {}));
  return provider;
}
