// The tool version, recorded in every graph's prov:Activity.
export const VERSION = '0.1.0';
