// How a plain-text outbound message looks on DingTalk: text or markdown, titles, @ in the content.
// https://open.dingtalk.com/document/development/robot-message-type (markdown subset, @ rules)

/** Who to @ in a webhook message: `tokens` are the @values written into the content, one per person. */
export interface WebhookAt {
  atUserIds: string[];
  atMobiles: string[];
  tokens: string[];
}

export const NO_AT: WebhookAt = Object.freeze({ atUserIds: [], atMobiles: [], tokens: [] }) as WebhookAt;

/** DingTalk markdown: a lone "\n" is often ignored, "  \n" breaks the line; HTML shows blank on mobile. */
export function markdownText(chunk: string): string {
  return chunk.replace(/</g, '&lt;').replace(/>/g, '&gt;').split('\n').join('  \n');
}

/** Title shown in the chat list and the notification: the first line, short. */
export function titleOf(chunk: string, part: number, parts: number): string {
  const first = (chunk.split('\n').find((l) => l.trim()) ?? '').replace(/[#*>`[\]]/g, '').trim();
  const short = [...first].length > 20 ? `${[...first].slice(0, 20).join('')}…` : first;
  return parts > 1 ? `${short} (${part}/${parts})` : short;
}

/** sampleText for one-liners, sampleMarkdown otherwise; msgParam is a JSON string. */
export function openApiPayload(chunk: string, part: number, parts: number): { msgKey: string; msgParam: string } {
  if (!chunk.includes('\n')) return { msgKey: 'sampleText', msgParam: JSON.stringify({ content: chunk }) };
  return { msgKey: 'sampleMarkdown', msgParam: JSON.stringify({ title: titleOf(chunk, part, parts), text: markdownText(chunk) }) };
}

/** The webhook body shape (sessionWebhook and custom robot): text with @ when mentioning, else markdown. */
export function webhookBody(chunk: string, part: number, parts: number, at: WebhookAt): Record<string, unknown> {
  const mentioning = at.tokens.length > 0;
  if (mentioning || !chunk.includes('\n')) {
    // @-mentions work only when the same @value is in the content (§3.4).
    const content = mentioning ? `${at.tokens.map((t) => `@${t}`).join(' ')}\n${chunk}` : chunk;
    const body: Record<string, unknown> = { msgtype: 'text', text: { content } };
    if (mentioning) body.at = { atUserIds: at.atUserIds, atMobiles: at.atMobiles, isAtAll: false };
    return body;
  }
  return { msgtype: 'markdown', markdown: { title: titleOf(chunk, part, parts), text: markdownText(chunk) } };
}
