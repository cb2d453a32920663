/** A Content-Disposition that downloads under `filename`, reduced to characters every browser keeps. */
export const attachment = (filename: string) => `attachment; filename="${filename.replace(/[^\w.-]+/g, "-")}"`;
