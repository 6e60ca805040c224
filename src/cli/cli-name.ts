/** The command's name, as installed. */
export const cliName = 'destalinisation-essay';
