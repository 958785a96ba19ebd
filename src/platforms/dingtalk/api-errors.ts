import { PlatformApiError } from '../../errors.js';

// DingTalk answers errors two ways: {errcode, errmsg} (oapi, webhooks; HTTP 200) and {code, message} (api.dingtalk.com;
// HTTP 4xx). These sort them by what the client should do. shared/reference/dingtalk.md §3.2, §3.3, §4.

/** Rate limits by code: custom robot 410100 / legacy 130101; OpenAPI send.too.fast, *tooFast, QpsLimit*, HTTP 429. */
export function isRateLimited(err: unknown): boolean {
  if (!(err instanceof PlatformApiError)) return false;
  const c = String(err.errcode);
  return err.httpStatus === 429 || c === '410100' || c === '130101' || /send\.too\.fast|toofast|qpslimit/i.test(c);
}

/** An expired or revoked access token: refresh once and retry. */
export function isTokenError(err: unknown): boolean {
  if (!(err instanceof PlatformApiError) || isRateLimited(err)) return false;
  const c = String(err.errcode);
  return err.httpStatus === 401 || /invalidauthentication|accesstoken|access_token/i.test(c) || c === '40014' || c === '42001';
}

/** Worth another try later: rate limits and DingTalk's "system busy" (-1). */
export function isTransient(err: unknown): boolean {
  return isRateLimited(err) || (err instanceof PlatformApiError && String(err.errcode) === '-1');
}

/** What an operator should check for the errors that need a human (shared/reference/dingtalk.md §3.2, §3.3, §4). */
export function dingtalkErrorHint(errcode: number | string): string | undefined {
  const c = String(errcode);
  if (c === '310000') return 'custom robot security check failed: check the SEC… secret in DINGTALK_CUSTOM_ROBOTS, the server clock (NTP), and the robot\'s keyword / IP settings';
  if (c === '300001' || c === '400101') return 'unknown custom robot: DINGTALK_CUSTOM_ROBOTS needs the access_token=… value of the robot\'s Webhook URL';
  if (c === '400102') return 'the custom robot is disabled (机器人已停用) in the group settings';
  if (c === '400013' || c === '400106') return 'the group was dissolved or the robot is no longer in it';
  if (c === '90020' || /ApiCountLimitForOrg/i.test(c)) return 'the monthly metered API quota (付费API调用量) is used up: 开发者后台 → 资源管理 / 用量明细';
  if (/^invalidParameter\.robotCode/i.test(c)) return 'check DINGTALK_ROBOT_CODE (应用 → 机器人 → RobotCode) and that the robot is published';
  if (/invalidClientIdOrSecret/i.test(c)) return 'check DINGTALK_APP_KEY / DINGTALK_APP_SECRET (开发者后台 → 凭证与基础信息)';
  if (/permission|AccessDenied/i.test(c)) return 'grant the app 企业内机器人发送消息权限 (qyapi_robot_sendmsg) under 权限管理, and add the robot to the group';
  return undefined;
}
