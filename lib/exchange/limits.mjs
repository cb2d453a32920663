// The size limit of a session file, in one place: next.config.mjs sets the server-action
// body limit from it, the import page states it, and the browser, the action and the proxy
// (for a body over the server-action limit) check it.
// Plain JavaScript, so that next.config.mjs can import it.

/** The largest session file the import reads. A full session exports to some tens of kilobytes. */
export const MAX_IMPORT_MEGABYTES = 2;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MEGABYTES * 1024 * 1024;

/**
 * The server-action body limit: the file plus room for what comes with it (the multipart
 * envelope, the action's other arguments). Next.js reads a body before any action runs and
 * answers only a bare error when it is larger, so the limit must let a file at the limit
 * through; it stays close to it because anyone may post that much, signed in or not.
 */
export const ACTION_BODY_LIMIT_BYTES = MAX_IMPORT_BYTES + 64 * 1024;
