import { z } from 'zod';

/** Every password SIGOBito accepts: set by an administrator or changed by its owner. */
export const passwordSchema = z
  .string({ required_error: 'Es obligatorio', invalid_type_error: 'Debe ser un texto' })
  .min(8, 'Como mínimo 8 caracteres')
  .max(128, 'Como máximo 128 caracteres');
