/** The starting list every gemeente gets (seed 001: the values named in the case conversation). */
export const STARTING_VALUES = ["tijdigheid", "samenwerking", "communicatie", "de burger centraal", "toegankelijkheid", "autonomie"];
