/** The few failures the server answers differently; everything else is a 500 logged once at the boundary. */
export const ErrorCode = {
  SignatureInvalid: 'SIGNATURE_INVALID',
  TimestampExpired: 'TIMESTAMP_EXPIRED',
  DecryptFailed: 'DECRYPT_FAILED',
  ReceiveIdMismatch: 'RECEIVE_ID_MISMATCH',
  PayloadInvalid: 'PAYLOAD_INVALID',
  BodyTooLarge: 'BODY_TOO_LARGE',
  ConfigInvalid: 'CONFIG_INVALID',
  RosterInvalid: 'ROSTER_INVALID',
  PlatformApi: 'PLATFORM_API',
  /** Nowhere to keep a verified message right now (Redis away and the journal not writable): the platform redelivers. */
  Unavailable: 'UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const STATUS: Partial<Record<ErrorCode, number>> = {
  SIGNATURE_INVALID: 401,
  TIMESTAMP_EXPIRED: 401,
  DECRYPT_FAILED: 400,
  RECEIVE_ID_MISMATCH: 401,
  PAYLOAD_INVALID: 400,
  BODY_TOO_LARGE: 413,
  UNAVAILABLE: 503,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  /** A hint for the operator: what to check to fix it. Never contains secrets. */
  readonly hint: string | undefined;
  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.hint = options.hint;
  }
  get status(): number {
    return STATUS[this.code] ?? 500;
  }
}

/** A platform API answered with an error code (WeCom errcode/errmsg, DingTalk code/message). */
export class PlatformApiError extends Error {
  readonly platform: string;
  readonly errcode: number | string;
  readonly errmsg: string;
  readonly httpStatus: number | undefined;
  constructor(platform: string, errcode: number | string, errmsg: string, httpStatus?: number) {
    super(`${platform} API error ${errcode}: ${errmsg}`);
    this.name = 'PlatformApiError';
    this.platform = platform;
    this.errcode = errcode;
    this.errmsg = errmsg;
    this.httpStatus = httpStatus;
  }
}
