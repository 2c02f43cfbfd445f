// Every row's id: a random UUID, made by the application so a row can be named before it is written.
import { randomUUID } from 'node:crypto';

export const newId = () => randomUUID();
