import type { ModuleDef } from '../backoffice/types';
import { structure } from './structure';
import { agenda } from './agenda';
import { goalsModule } from './goals';
import { communicationsModule } from './communications';
import { history } from './history';

/**
 * The platform's modules, in order (seeds run in this order: structure first). Adding a module
 * is its folder and one line here; Strapi's register() hands the list to the kernel.
 */
export const MODULES: readonly ModuleDef[] = [structure, agenda, goalsModule, communicationsModule, history];
