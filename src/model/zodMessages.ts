import * as z from 'zod/mini';

/**
 * zod/mini ships without messages ("Invalid input"); the English locale says what was expected
 * ("Invalid option: expected one of …"). Imported, for its effect, by every module that validates.
 */
z.config(z.locales.en());
