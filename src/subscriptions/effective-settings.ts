import type { DigestConfig } from "../config/config.ts";
import type { ChatSettings } from "../store/index.ts";

/** A chat's settings with the defaults filled in. */
export interface EffectiveSettings {
  readonly digestTime: string;
  readonly timezone: string;
  readonly sendEmpty: boolean;
}

/** Fills a chat's unset settings with the defaults. */
export function effectiveSettings(settings: ChatSettings, defaults: DigestConfig): EffectiveSettings {
  return {
    digestTime: settings.digestTime ?? defaults.defaultTime,
    timezone: settings.timezone ?? defaults.timezone,
    sendEmpty: settings.sendEmpty ?? defaults.sendEmpty,
  };
}
