import type { Identifier, RaRecord } from 'react-admin';
import type { CommunicationStatus } from '@sigobito/config/contracts';
import { API_URL, httpClient, type SigobitoDataProvider } from '../dataProvider';

/** `POST communications/:id/correct`: a dated note, and what changes in the published news. */
export type Correction = { note: string; title?: string; summary?: string; body?: string };

export type CommunicationActions = {
  /** A workflow move (`allowedMoves` says which); approving may carry a comment. */
  transitionCommunication: (id: Identifier, to: CommunicationStatus, comment?: string) => Promise<RaRecord>;
  withdrawCommunication: (id: Identifier, reason: string) => Promise<RaRecord>;
  correctCommunication: (id: Identifier, correction: Correction) => Promise<RaRecord>;
  /** Sends an approved piece to its channel now, or at its scheduled time. */
  publishPiece: (id: Identifier) => Promise<RaRecord>;
  retryDelivery: (id: Identifier) => Promise<RaRecord>;
  communicationsReport: (from: string, to: string) => Promise<unknown>;
  untoldReport: () => Promise<unknown>;
};

export type CommunicationsDataProvider = SigobitoDataProvider & CommunicationActions;

const post = async (path: string, body: unknown): Promise<RaRecord> => {
  const { json } = await httpClient(`${API_URL}/${path}`, { method: 'POST', body: JSON.stringify(body) });
  return json as RaRecord;
};

const idPath = (resource: string, id: Identifier, action: string) => `${resource}/${encodeURIComponent(String(id))}/${action}`;

const period = (from: string, to: string) => new URLSearchParams({ from, to }).toString();

/** The communication report of a period as CSV (downloaded with the session). */
export const communicationsCsvUrl = (from: string, to: string) => `${API_URL}/reports/communications.csv?${period(from, to)}`;

/** The Comunicación actions beyond CRUD, added to the app's data provider by composition. */
export const withCommunicationActions = <D extends SigobitoDataProvider>(base: D): D & CommunicationActions => ({
  ...base,
  transitionCommunication: (id, to, comment) => post(idPath('communications', id, 'transition'), comment ? { to, comment } : { to }),
  withdrawCommunication: (id, reason) => post(idPath('communications', id, 'withdraw'), { reason }),
  correctCommunication: (id, correction) => post(idPath('communications', id, 'correct'), correction),
  publishPiece: (id) => post(idPath('pieces', id, 'publish'), {}),
  retryDelivery: (id) => post(idPath('deliveries', id, 'retry'), {}),
  communicationsReport: async (from, to) => (await httpClient(`${API_URL}/reports/communications?${period(from, to)}`)).json,
  untoldReport: async () => (await httpClient(`${API_URL}/reports/untold`)).json,
});
