import { Command } from 'commander';
import { ConfigError, SyncError } from '../errors';
import { formatSummary, loadConfig, syncFromSettings } from '../index';
import { createLogger } from '../logger';
import { PushReceiver } from '../server';
import type { CliEnvironment, ExitCode } from './io';
import { whileLocked, withState } from './locked-state';

/** `serve`: receive Acumatica's push notifications and sync the customers they name, until stopped. */
export function serveCommand(io: CliEnvironment, setExitCode: ExitCode): Command {
  return new Command('serve')
    .description(
      "Receive Acumatica's push notifications (webhook) and sync the customers they name, in coalesced batches. " +
        'Needs PUSH_SECRET; listens on PUSH_HOST (127.0.0.1) and PUSH_PORT at PUSH_PATH. Each notification is kept in the ' +
        'sync state before it is acknowledged, so a restart syncs what was not synced yet. ' +
        'Ctrl+C stops after the pending customers are synced.',
    )
    .option('--config <file>', 'read settings from this JSON file (the environment wins)')
    .action(async (flags: { config?: string }) => {
      const config = loadConfig(io.env, flags.config);
      if (!config.PUSH_SECRET) {
        throw new ConfigError(
          'Failed to start serve: PUSH_SECRET is not set. Set it to the Header Value of the push notification in Acumatica (at least 16 characters).',
        );
      }
      const logger = createLogger(config.LOG_LEVEL === 'warn' ? 'info' : config.LOG_LEVEL);
      await withState(config, io.stderr, async (state) => {
        const receiver = new PushReceiver({
          path: config.PUSH_PATH,
          secretHeader: config.PUSH_SECRET_HEADER,
          secret: config.PUSH_SECRET as string,
          quietMs: config.PUSH_QUIET_MS,
          maxWaitMs: config.PUSH_MAX_WAIT_MS,
          retryMs: config.PUSH_RETRY_MS,
          inbox: state.inbox,
          logger,
          sync: (customerIds) =>
            whileLocked(
              state,
              io.stderr,
              { command: 'a serve batch', waitMs: config.PUSH_LOCK_WAIT_MS, waitSetting: 'PUSH_LOCK_WAIT_MS' },
              async () => {
                const report = await syncFromSettings(config, {
                  selection: { kind: 'customers', customerIds },
                  state,
                  logger,
                });
                io.stdout.write(`${formatSummary(report)}\n`);
                if (report.problem) throw new SyncError(`The batch stopped: ${report.problem}`);
              },
            ),
        });
        const url = await receiver.start(config.PUSH_PORT, config.PUSH_HOST);
        const everywhere = config.PUSH_HOST === '0.0.0.0' || config.PUSH_HOST === '::';
        io.stdout.write(
          `Listening for Acumatica push notifications at ${url} (PUSH_HOST ${config.PUSH_HOST}: ${everywhere ? 'every interface' : 'this address only'}; header ${config.PUSH_SECRET_HEADER}). Ctrl+C stops.\n`,
        );
        await (io.interrupted ?? new Promise<void>(() => undefined));
        io.stdout.write('Stopping: syncing the customers still pending…\n');
        await receiver.stop();
      });
      setExitCode(0);
    });
}
