/** `npm run deploy-commands`: registers the slash commands for one guild (DISCORD_GUILD_ID) or globally. */
import { REST, Routes } from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import { allDefinitions } from '../faces/discord/definitions.js';
import { runIfMain } from '../support/isMain.js';
import { loadConfig } from './config.js';

export async function deployCommands(): Promise<number> {
  const { config, problems } = loadConfig();
  for (const p of problems) console.error(`config: ${p}`);
  if (!config.token || !config.clientId) {
    console.error('deploy-commands needs DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see .env.example).');
    return 1;
  }
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.clientId, config.guildId)
    : Routes.applicationCommands(config.clientId);
  const registered = (await rest.put(route, { body: allDefinitions(COMMANDS) })) as { name: string; type?: number }[];
  console.log(
    `Registered ${registered.length} commands ${config.guildId ? `to guild ${config.guildId}` : 'globally (may take up to an hour to appear)'}:`,
  );
  for (const c of registered) console.log(`  ${c.type === 3 ? '[message menu] ' : '/'}${c.name}`);
  return 0;
}

runIfMain(
  import.meta.url,
  () => deployCommands(),
  1,
  (e) => (e instanceof Error ? e.message : e),
);
