import type { Core } from '@strapi/strapi';
import type { Action, BackofficeResource, Role } from '@sigobito/config';
import type { StoryEntry, StoryKind, StorySubject } from '@sigobito/config/contracts';
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

/** `today` is the municipality's day at `now`, computed once per call (meaningful where `rules` are loaded). */
export type RuleContext = { user: BackofficeUser; rules: Rules; now: Date; today: string };
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
  /**
   * On SQLite, `q` from a trigram index (backoffice/search-index.ts) instead of a scan, so that a
   * search costs the same however many records there are: for the lists that grow and are
   * searched every day. The index takes room (about as much as the text) and a little time on
   * each write, which the change log, say, would not repay.
   */
  searchIndex?: boolean;
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
  /**
   * A filter by one of its nodes means the node's whole branch (places, themes): a list filtered
   * by a district finds what is in its corregimientos too. Areas keep their own: "the positions
   * of an area" are its own.
   */
  branchFilters?: boolean;
  /** Filters on something other than a stored field (members' role, a task's traffic light). */
  virtualFilters?: Record<string, VirtualFilter>;
  /**
   * A condition the list's filters imply (the same rows), added so that an index bounds the
   * read: an activity window's `end > from` implies a lower bound on `start`.
   */
  impliedFilters?: (filters: Filters) => Promise<Filters | undefined>;
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
  /**
   * A single type (the municipality's settings): one record with id `current`, read and written
   * by these handlers; no create nor delete.
   */
  single?: {
    read: (strapi: Core.Strapi) => Promise<Record<string, unknown>>;
    update: (strapi: Core.Strapi, body: unknown) => Promise<Record<string, unknown>>;
  };
  /** Written by the system only (the change log): no create, update nor delete through the API. */
  readonlyResource?: boolean;
  /**
   * Lets a caller without read rights on the whole resource list part of it (one record's
   * history, for whoever reads the record): true when this call is authorized by the hook.
   */
  authorizeList?: (strapi: Core.Strapi, user: BackofficeUser, query: Record<string, unknown>) => Promise<boolean>;
  /**
   * A field that follows a workflow (a request's or an ARO's `status`): the kernel enforces it on
   * every write path (see workflow.ts).
   */
  workflow?: Workflow;
};

/**
 * A workflow field. `check` is the rule: what is wrong with a write that leaves the record as
 * `record`, its field moving `from` → `to` (`from` undefined on create). It runs on the generic
 * create and update, on imports, and on every Document Service update of the type (actions,
 * handovers). With `action`, moves carry side effects only that action makes (accepting a
 * request creates an activity): a plain write that changes the field is refused (400
 * `workflow_action`), and the rule still guards the action's own writes.
 */
export type Workflow = {
  field: string;
  check: (from: string | undefined, to: string | undefined, record: Record<string, unknown>) => FieldError[];
  action?: string;
};

/** What an action handler gets: the caller, the matched path's params, the request, and the answer's headers and status. */
export type ActionContext = {
  strapi: Core.Strapi;
  user: BackofficeUser;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  files: Record<string, unknown> | undefined;
  setHeader: (name: string, value: string) => void;
  setStatus: (status: number) => void;
};

/** Who may call an action: roles the matrix allows every one of these, or any signed-in role (the handler checks the rest). */
export type Permission = { resource: BackofficeResource; action: Action };

/** An extra back-office call of a module (`POST /members/:id/deactivate`), routed by the kernel. */
export type ActionDef = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Under /api/backoffice, Koa style (`/requests/:id/transition`). */
  path: string;
  permission: Permission | Permission[] | 'signed-in';
  handler: (ctx: ActionContext) => Promise<unknown>;
};

/** A scheduled job (node-schedule rule), as Strapi's cron takes it. */
export type CronJob = { task: (ctx: { strapi: Core.Strapi }) => Promise<unknown>; options: { rule: string } };

export type SeedContext = { password: string; log: (message: string) => void; dir: string };

/**
 * "Protocolo de cambio de funcionarios": when a member leaves, every module hands over that
 * member's open work.
 */
export type HandoverHandler = {
  /** The back-office resource whose records are handed over, e.g. `tasks`. */
  resource: string;
  /** Reassigns the open records of `fromMemberId` to `toMemberId`; returns how many. */
  handover: (strapi: Core.Strapi, fromMemberId: number, toMemberId: number) => Promise<number>;
};

/**
 * A module's part of the story (360° view) of an actor, a theme or a place: the records of one of
 * its resources linked to the subject. The kernel adds the resource's own read scope for the
 * caller, asks only resources the caller's role may read, and reads each provider in one query
 * (plus one count), whatever the number of records.
 */
/** The subject's row id, or, for a theme or a place, its row and every row beneath it in the tree (`{ $in }`). */
export type StorySubjectIds = number | { $in: number[] };

export type StoryProvider = {
  /** The resource whose records it tells (the entry's kind). */
  resource: BackofficeResource & StoryKind;
  /**
   * Where a record is linked to the subject (its row id, or its subtree's: used as `{ id }`), as a query filter; undefined
   * when this resource never links to that kind of subject. Links through another resource's
   * records (a task through its activity) add that resource's read scope (registry `targetScope`),
   * so a record the caller may not read never links anything for them.
   */
  linkedTo: (subject: StorySubject, id: StorySubjectIds, user: BackofficeUser) => Filters | undefined;
  /** The stored field that dates the entry (sorted newest first); `fallback` when it is empty. */
  date: string;
  fallback?: string;
  /** The stored fields `entry` reads (besides documentId and the date fields). */
  fields: string[];
  /** Relations `entry` reads (in the same query). */
  populate?: Record<string, unknown>;
  /** What the timeline says of one record: its title, status, a second code, and where it is shown. */
  entry: (row: Record<string, unknown>) => Pick<StoryEntry, 'title' | 'status' | 'subkind'> & { parent?: string | null };
};

/** A module of the platform: everything it brings, declared in one place (cms/src/modules/<name>/index.ts). */
export type ModuleDef = {
  name: string;
  resources: ResourceDef[];
  actions?: ActionDef[];
  handovers?: HandoverHandler[];
  /** The e-mail kinds it sends (each a member's on/off switch). */
  notificationKinds?: readonly string[];
  cronJobs?: Record<string, CronJob>;
  /** What its resources tell in the story of an actor, a theme or a place. */
  story?: StoryProvider[];
  /** Its part of the demo municipality, run in module order (upserts: safe to run again). */
  seed?: (strapi: Core.Strapi, ctx: SeedContext) => Promise<Record<string, unknown> | void>;
  /** Start-up work once the database is ready (Strapi's bootstrap). */
  bootstrap?: (strapi: Core.Strapi) => Promise<void>;
};
