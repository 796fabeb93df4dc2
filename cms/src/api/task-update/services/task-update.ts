import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::task-update.task-update');
