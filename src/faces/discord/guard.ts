import { type Client, InteractionResponseType, InteractionType, MessageFlags, Routes } from 'discord.js';
import { newIncidentId } from '../../support/incident.js';
import type { Logger } from '../../support/log.js';

const GARBLED = '抱歉，无法读取这个请求（Discord 发来的数据不完整）。请重新运行命令。';

interface PacketHandler {
  handlePacket(packet: unknown, shard: unknown): boolean;
}

/**
 * discord.js builds its interaction and message objects inside the gateway's dispatch handler, so a
 * garbled payload (an interaction whose `options` is an object, a button without `message`) throws
 * there — outside any handler of ours — and would end the process. Wrapping the one method that turns a
 * packet into objects keeps the bot serving: the packet is logged with an incident id and, when it is an
 * interaction we can still address, its sender gets a polite private answer.
 */
export function guardPackets(client: Client, logger: Logger): void {
  // `handlePacket` is internal to discord.js (WebSocketManager); its own dispatch listener calls it by name.
  const ws = client.ws as unknown as PacketHandler;
  const original = ws.handlePacket.bind(ws);
  ws.handlePacket = (packet, shard) => {
    try {
      return original(packet, shard);
    } catch (error) {
      const p = packet as { t?: unknown; d?: { id?: unknown; token?: unknown; type?: unknown } } | null;
      const incident = newIncidentId();
      logger.error('garbled gateway payload ignored', { incident, event: p?.t, type: p?.d?.type, error });
      if (p?.t === 'INTERACTION_CREATE') void answerGarbled(client, p.d, incident, logger);
      return false;
    }
  };
}

async function answerGarbled(
  client: Client,
  d: { id?: unknown; token?: unknown; type?: unknown } | undefined,
  incident: string,
  logger: Logger,
): Promise<void> {
  if (
    typeof d?.id !== 'string' ||
    typeof d.token !== 'string' ||
    d.type === InteractionType.ApplicationCommandAutocomplete
  )
    return;
  try {
    await client.rest.post(Routes.interactionCallback(d.id, d.token), {
      body: {
        type: InteractionResponseType.ChannelMessageWithSource,
        data: {
          content: `${GARBLED}（事件编号 ${incident}）`,
          flags: MessageFlags.Ephemeral,
          allowed_mentions: { parse: [] },
        },
      },
      auth: false,
    });
  } catch (error) {
    logger.warn('could not answer a garbled interaction', { incident, error });
  }
}
