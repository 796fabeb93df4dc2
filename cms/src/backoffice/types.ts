import type { Action, BackofficeResource, Role } from '@sigobito/config';
import type { FieldError } from './errors';

export type BackofficeUser = {
  id: number;
  username: string;
  email: string;
  role: Role;
  member: { id: number; documentId: string; fullName: string } | null;
};

/** The Strapi attribute description, as much of it as the back office reads. */
export type Attribute = {
  type: string;
  required?: boolean;
  unique?: boolean;
  private?: boolean;
  enum?: string[];
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  regex?: string;
  relation?: string;
  target?: string;
  mappedBy?: string;
  inversedBy?: string;
  multiple?: boolean;
  default?: unknown;
};

export type Attributes = Record<string, Attribute>;

/** Attributes Strapi adds to every content type (i18n, admin authorship, draft state): never ours to read or write. */
export const STRAPI_SYSTEM_ATTRIBUTES = new Set(['localizations', 'locale', 'createdBy', 'updatedBy', 'publishedAt']);

export type Filters = Record<string, unknown>;

/** The municipality's rule settings, read once per call that needs them. */
export type Rules = {
  timeZone: string;
  taskDueSoonDays: number;
  requestAnswerDays: number;
  goalAtRiskGapPercent: number;
  milestoneSoonDays: number;
  progressReportStaleDays: number;
};

export type RuleContext = { user: BackofficeUser; rules: Rules; now: Date };
export type VirtualFilter = (value: unknown, op: string, ctx: RuleContext) => Filters | Promise<Filters>;
export type DocumentRecord = Record<string, unknown> & { id: number; documentId: string };

/**
 * A back-office resource: everything the generic controller needs to serve it. Only the
 * declaration differs between resources; parsing, validation, queries and audit are shared.
 */
export type ResourceDef = {
  name: BackofficeResource;
  uid: string;
  /** Fields the `q` filter searches (case-insensitive "contains", every word must match). */
  searchable: string[];
  /** Fields never returned nor accepted (secrets). */
  hidden?: string[];
  /**
   * Fields some users may not read (a goal's internal notes for press): left out of every answer
   * and of the record's history, and refused as filter or sort for them. With `record` (an
   * answer, or `{ id }` for its history) the rule may depend on the record (a member's own
   * settings); without it, it answers for filters and sorts over all records.
   */
  readHidden?: (user: BackofficeUser, record?: Record<string, unknown>) => string[];
  /** Fields computed or written by the system: returned, never accepted from the client. */
  readOnly?: string[];
  /** Relations that point to a parent of the same type: cycles are refused. */
  treeParent?: string;
  /** Filters on something other than a stored field (members' role, a task's traffic light). */
  virtualFilters?: Record<string, VirtualFilter>;
  /** Load the rule settings (time zone, thresholds) for virtual filters and decorate. */
  usesRules?: boolean;
  /** Adds computed fields to a batch of answers (one query for the batch, never one per row). */
  decorate?: (rows: Array<Record<string, unknown>>, ctx: RuleContext) => Promise<void> | void;
  /** Cross-field checks on the record as it would be after the write. */
  validate?: (merged: Record<string, unknown>) => FieldError[];
  /** Fields a role may change; others are refused when they differ from what is stored. */
  writableFields?: (user: BackofficeUser) => readonly string[] | undefined;
  /** Values a create starts from (the body overrides them), before validation. */
  defaults?: (ctx: RuleContext) => Record<string, unknown>;
  /** Fills system fields before a create or an update is stored. */
  beforeWrite?: (data: Record<string, unknown>, ctx: RuleContext & { existing?: DocumentRecord }) => Promise<void> | void;
  /** Side effects after a create or update (notifications), given the stored answer. */
  afterWrite?: (out: Record<string, unknown>, ctx: RuleContext & { existing?: Record<string, unknown> }) => Promise<void> | void;
  /** Record-level read scope: extra filters every read adds for this user (undefined: all). */
  readScope?: (user: BackofficeUser) => Filters | undefined;
  /** Record-level write rule, checked after the role matrix. */
  canWrite?: (user: BackofficeUser, action: Exclude<Action, 'read'>, record: DocumentRecord | undefined) => boolean;
  /** Extra relations to populate for output (besides the content type's own, as ids). */
  populate?: Record<string, unknown>;
  /** Shapes a stored record into what the API answers (after the generic serializer). */
  present?: (record: DocumentRecord, out: Record<string, unknown>) => Record<string, unknown>;
  /** Replaces the generic create/update (members: user account + profile). */
  create?: (data: Record<string, unknown>, user: BackofficeUser) => Promise<DocumentRecord>;
  update?: (documentId: string, data: Record<string, unknown>, user: BackofficeUser) => Promise<DocumentRecord>;
  /** Single types answer one record with id `current`. */
  single?: boolean;
  readonlyResource?: boolean;
};
