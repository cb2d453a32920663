/** The functions seed 003 ("Aan de slag") addresses; a library card is filtered by them. */
export const LIBRARY_AUDIENCES = ["BURGEMEESTER", "WETHOUDER", "GEMEENTESECRETARIS", "RAADSLID", "GRIFFIER"] as const;
export type LibraryAudience = (typeof LIBRARY_AUDIENCES)[number];
